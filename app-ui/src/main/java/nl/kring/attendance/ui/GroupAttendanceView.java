package nl.kring.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.kring.attendance.AttendanceExport;
import nl.kring.attendance.AttendanceReportService.GroupReport;
import nl.kring.attendance.AttendanceReportService;
import nl.kring.attendance.Percent;
import nl.kring.attendance.Period;
import nl.kring.base.KringTime;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.Session;
import nl.kring.security.Roles;

/**
 * One group's attendance and results over a period: the figures and their course, who was
 * at each session, each person's rate and streak, the scale results (from three answers)
 * and the small steps; downloads; and registering a session held without tablets.
 */
@Route(value = "aanwezigheid/groep", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR})
public class GroupAttendanceView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AttendanceReportService reports;
    private final AttendanceExport exports;
    private GroupId groupId;
    private volatile Period chosen = Period.lastYear();
    private String name = "";
    private GroupReport shown;
    final Div body = new Div();

    public GroupAttendanceView(AttendanceReportService reports, AttendanceExport exports) {
        this.reports = reports;
        this.exports = exports;
        addClassName("kring-page");
        addClassName("kring-group-attendance");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            groupId = new GroupId(UUID.fromString(parameter));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Locale locale = getLocale();
        PeriodFilter period = new PeriodFilter(chosen, p -> {
            chosen = p;
            show();
        });
        GroupReport first = reports.group(groupId, chosen);
        name = first.name();
        Button register = new Button(getTranslation("attendance.register"), e -> openRegisterDialog());
        register.addClassName("kring-register-attendance");
        DownloadLinks downloads = new DownloadLinks()
                .link(getTranslation("attendance.download-pdf"), "kring-download-pdf", "kring-groepsverslag.pdf",
                        "application/pdf", () -> exports.pdf(groupId, chosen, locale))
                .link(getTranslation("attendance.download-csv"), "kring-download-csv", "kring-aanwezigheid.csv",
                        "text/csv; charset=utf-8", () -> exports.csv(Optional.of(groupId), chosen, locale))
                .link(getTranslation("attendance.download-xlsx"), "kring-download-xlsx", "kring-aanwezigheid.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        () -> exports.xlsx(Optional.of(groupId), chosen, locale));
        removeAll();
        add(new RouterLink(getTranslation("attendance.back"), AttendanceView.class),
                new H1(getTranslation("attendance.group-title", name)), period, downloads, register, body);
        show(first);
    }

    private void show() {
        show(reports.group(groupId, chosen));
    }

    private void show(GroupReport report) {
        shown = report;
        Locale locale = getLocale();
        body.removeAll();
        var figures = report.figures();
        body.add(new Paragraph(figures.sessionsHeld() == 0 ? getTranslation("attendance.no-sessions")
                : getTranslation("attendance.figures", figures.sessionsHeld(),
                        String.format(locale, "%.1f", figures.averagePresent()),
                        Percent.of(figures.rate()))));
        body.add(new H2(getTranslation("attendance.chart.title")), new RateChart(figures, locale));

        body.add(new H2(getTranslation("attendance.sessions")));
        if (report.sessions().isEmpty()) {
            body.add(new Paragraph(getTranslation("attendance.no-sessions")));
        }
        for (var session : report.sessions()) {
            UnorderedList who = new UnorderedList();
            who.add(new ListItem(getTranslation("attendance.PRESENT") + ": " + list(session.present())));
            who.add(new ListItem(getTranslation("attendance.ABSENT") + ": " + list(session.absent())));
            who.add(new ListItem(getTranslation("attendance.EXCUSED") + ": " + list(session.excused())));
            if (session.erased() > 0) {
                who.add(new ListItem(getTranslation("attendance.erased-count", session.erased())));
            }
            Details details = new Details(KringTime.shortDateTime(session.at(), locale) + " · " + session.title()
                    + " · " + getTranslation("attendance.present-of", session.tally().present(),
                    session.tally().recorded()), who);
            details.addClassName("kring-session-attendance");
            body.add(details);
        }

        body.add(new H2(getTranslation("attendance.people")));
        UnorderedList people = new UnorderedList();
        people.addClassName("kring-attendance-people");
        for (var person : report.people()) {
            var history = person.history();
            RouterLink link = new RouterLink(person.name(), ParticipantRecordView.class, person.id().toString());
            String figuresText = history.sessions() == 0 ? getTranslation("attendance.person.none")
                    : getTranslation("attendance.person.figures", history.present(), history.sessions(),
                            Percent.of(history.rate()), history.currentStreak());
            ListItem item = new ListItem(link, new Span(" · " + figuresText
                    + (person.active() ? "" : " · " + getTranslation("participant.status.LEFT"))));
            people.add(item);
        }
        body.add(report.people().isEmpty() ? new Paragraph(getTranslation("attendance.no-people")) : people);

        body.add(new H2(getTranslation("results.title")));
        if (report.scales().isEmpty()) {
            body.add(new Paragraph(getTranslation("results.no-scales")));
        }
        UnorderedList scales = new UnorderedList();
        scales.addClassName("kring-results-scales");
        for (var scale : report.scales()) {
            scales.add(new ListItem(KringTime.shortDateTime(scale.at(), locale) + " · " + scale.question() + ": "
                    + scale.spread().map(s -> getTranslation("results.median", String.format(locale, "%.1f",
                    s.median()), s.total())).orElse(getTranslation("results.too-few", scale.answers()))));
        }
        body.add(scales);
        var steps = report.steps();
        body.add(new Paragraph(getTranslation("results.steps", steps.written(), steps.taken(), steps.done(),
                steps.partly(), steps.notYet())));
    }

    private String list(List<String> names) {
        return names.isEmpty() ? "–" : String.join(", ", names);
    }

    /** A session planned for today or earlier, marked as held, with who was there. */
    private void openRegisterDialog() {
        var planned = reports.sessionsToRegister(groupId);
        if (planned.isEmpty()) {
            Notifications.error(getTranslation("attendance.register.none"));
            return;
        }
        ComboBox<Session> session = new ComboBox<>(getTranslation("attendance.register.session"));
        session.setItems(planned);
        session.setItemLabelGenerator(s -> KringTime.shortDateTime(s.scheduledAt(), getLocale()) + " · " + s.title());
        session.setValue(planned.getFirst());
        session.setWidthFull();
        var people = shown.people().stream().filter(AttendanceReportService.PersonRow::active).toList();
        CheckboxGroup<AttendanceReportService.PersonRow> present = new CheckboxGroup<>(
                getTranslation("attendance.register.present"));
        present.setItems(people);
        present.setItemLabelGenerator(AttendanceReportService.PersonRow::name);
        present.setHelperText(getTranslation("attendance.register.help"));
        FormErrors errors = new FormErrors(this).bind("session", session);
        new FormDialog(getTranslation("attendance.register"), getTranslation("action.save"),
                () -> errors.attempt(() -> {
                    Map<ParticipantId, AttendanceStatus> statuses = new HashMap<>();
                    present.getValue().forEach(p -> statuses.put(p.id(), AttendanceStatus.PRESENT));
                    reports.registerHeldWithoutTablets(session.getValue().id(), statuses);
                    Notifications.success(getTranslation("attendance.register.done"));
                    show();
                })).with(session, present).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("attendance.group-title", name) + " · Kring";
    }
}
