package nl.kring.attendance.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.Optional;
import nl.kring.attendance.AttendanceExport;
import nl.kring.attendance.AttendanceReportService.GroupRow;
import nl.kring.attendance.AttendanceReportService;
import nl.kring.attendance.Percent;
import nl.kring.attendance.Period;
import nl.kring.base.ui.MainLayout;
import nl.kring.domain.organisation.GroupId;
import nl.kring.security.Roles;

/**
 * Attendance of every group (coordinators) or of one's own groups (facilitators) over a
 * period: sessions held, average present, the rate and its course per month, with CSV and
 * spreadsheet downloads. A group's name leads to its own report.
 */
@Route(value = "aanwezigheid", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR})
public class AttendanceView extends VerticalLayout implements HasDynamicTitle {

    private final AttendanceReportService reports;
    final Grid<GroupRow> groups = new Grid<>();
    final ComboBox<GroupRow> only = new ComboBox<>();
    final Div total = new Div();
    final Paragraph empty = new Paragraph();
    private final PeriodFilter period;
    /** The filters as last shown; a download (outside the UI lock) reads these, not the fields. */
    private volatile Period chosen = Period.lastYear();
    private volatile Optional<GroupId> selectedGroup = Optional.empty();

    public AttendanceView(AttendanceReportService reports, AttendanceExport exports) {
        this.reports = reports;
        addClassName("kring-page");
        addClassName("kring-attendance");
        Locale locale = getLocale();
        period = new PeriodFilter(chosen, p -> {
            chosen = p;
            show();
        });
        only.setLabel(getTranslation("attendance.group"));
        only.setPlaceholder(getTranslation("attendance.all-groups"));
        only.setItems(reports.groupChoices());
        only.setItemLabelGenerator(GroupRow::name);
        only.setClearButtonVisible(true);
        only.addValueChangeListener(e -> show());
        period.add(only);

        groups.addComponentColumn(row -> new RouterLink(row.name(), GroupAttendanceView.class, row.id().toString()))
                .setHeader(getTranslation("overview.group")).setFlexGrow(2);
        groups.addColumn(row -> row.figures().sessionsHeld()).setHeader(getTranslation("overview.sessions-held"));
        groups.addColumn(row -> String.format(locale, "%.1f", row.figures().averagePresent()))
                .setHeader(getTranslation("attendance.average-present"));
        groups.addColumn(row -> row.figures().sessionsHeld() == 0 ? "–" : Percent.of(row.figures().rate()))
                .setHeader(getTranslation("overview.attendance-rate"));
        groups.addComponentColumn(row -> new RateChart(row.figures(), locale))
                .setHeader(getTranslation("attendance.chart.title")).setFlexGrow(3);
        groups.setAllRowsVisible(true);
        groups.addClassName("kring-attendance-groups");
        total.addClassName("kring-attendance-total");

        DownloadLinks downloads = new DownloadLinks()
                .link(getTranslation("attendance.download-csv"), "kring-download-csv", "kring-aanwezigheid.csv",
                        "text/csv; charset=utf-8", () -> exports.csv(selectedGroup, chosen, locale))
                .link(getTranslation("attendance.download-xlsx"), "kring-download-xlsx", "kring-aanwezigheid.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> exports.xlsx(selectedGroup, chosen, locale));
        add(new H1(getTranslation("attendance.title")), new Paragraph(getTranslation("attendance.intro")), period,
                total, empty, groups, new H2(getTranslation("attendance.downloads")), downloads);
        show();
    }

    private void show() {
        selectedGroup = Optional.ofNullable(only.getValue()).map(GroupRow::id);
        var overview = reports.overview(chosen, selectedGroup);
        groups.setItems(overview.groups());
        var figures = overview.total();
        total.setText(figures.sessionsHeld() == 0 ? getTranslation("attendance.no-sessions")
                : getTranslation("attendance.figures", figures.sessionsHeld(),
                        String.format(getLocale(), "%.1f", figures.averagePresent()), Percent.of(figures.rate())));
        empty.setText(overview.groups().isEmpty() ? getTranslation("attendance.no-groups") : "");
        empty.setVisible(overview.groups().isEmpty());
        groups.setVisible(!overview.groups().isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.title") + " · Kring";
    }
}
