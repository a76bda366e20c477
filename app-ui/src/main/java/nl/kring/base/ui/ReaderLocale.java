package nl.kring.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import nl.kring.domain.organisation.Language;

/** The language a component is read in: its UI's, else the current UI's, else Dutch. */
public final class ReaderLocale {

    private ReaderLocale() {
    }

    public static Locale of(Component component) {
        return component.getUI().map(UI::getLocale).orElseGet(ReaderLocale::current);
    }

    public static Locale current() {
        UI ui = UI.getCurrent();
        return ui != null ? ui.getLocale() : Language.DUTCH.locale();
    }
}
