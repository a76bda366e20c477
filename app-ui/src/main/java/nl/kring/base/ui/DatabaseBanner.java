package nl.kring.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.kring.base.DatabaseWatch;

/**
 * A calm notice at the top of every screen (staff, tablets, shared screen) while the
 * database does not answer: what happened, that what one typed stays, and that it goes
 * away by itself. Added to each UI when it is created.
 */
public final class DatabaseBanner extends Div {

    private DatabaseBanner() {
        addClassName("kring-database-banner");
        getElement().setAttribute("role", "alert");
        Paragraph text = new Paragraph(getTranslation("database.unreachable"));
        add(text);
    }

    /** Puts the banner on {@code ui}, shown whenever {@code watch} says the database is gone. */
    public static void addTo(UI ui, DatabaseWatch watch) {
        DatabaseBanner banner = new DatabaseBanner();
        banner.setVisible(!watch.reachable());
        ui.add(banner);
        Runnable unsubscribe = watch.subscribe(reachable -> ui.access(() -> banner.setVisible(!reachable)));
        ui.addDetachListener(detached -> unsubscribe.run());
    }
}
