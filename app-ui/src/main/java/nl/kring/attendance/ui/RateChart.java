package nl.kring.attendance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.kring.domain.attendance.GroupFigures;

/**
 * The attendance rate per month as bars (plain HTML, no chart library), with the same
 * figures as a list for screen readers. With fewer than two months it says so instead of
 * drawing one meaningless bar.
 */
class RateChart extends Div {

    RateChart(GroupFigures figures, Locale locale) {
        addClassName("kring-rate-chart");
        if (!figures.hasCourse()) {
            add(new Paragraph(getTranslation("attendance.chart.too-few")));
            return;
        }
        DateTimeFormatter month = DateTimeFormatter.ofPattern("MMM yy", locale);
        Div bars = new Div();
        bars.addClassName("kring-rate-bars");
        bars.getElement().setAttribute("aria-hidden", "true");
        UnorderedList words = new UnorderedList();
        words.addClassName("kring-visually-hidden");
        for (GroupFigures.MonthRate m : figures.perMonth()) {
            String pct = Math.round(m.rate() * 100) + " %";
            Div bar = new Div();
            bar.addClassName("kring-rate-bar");
            bar.getStyle().set("height", Math.max(2, Math.round(m.rate() * 100)) + "%");
            bar.getElement().setAttribute("title", month.format(m.month()) + ": " + pct);
            Div column = new Div(new Div(pct), bar, new Div(month.format(m.month())));
            column.addClassName("kring-rate-column");
            bars.add(column);
            words.add(new ListItem(month.format(m.month()) + ": " + pct + " (" + m.sessions() + ")"));
        }
        add(bars, words);
    }
}
