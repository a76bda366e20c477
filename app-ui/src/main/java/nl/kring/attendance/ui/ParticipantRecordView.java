package nl.kring.attendance.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import java.util.UUID;
import nl.kring.attendance.AttendanceReportService;
import nl.kring.attendance.FollowUpService;
import nl.kring.attendance.Percent;
import nl.kring.attendance.PrivacyService;
import nl.kring.base.KringTime;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.attendance.FollowUpAction;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.Roles;

/**
 * A participant's page for coordinators and the group's facilitators: sessions, rate,
 * streak, why they are on the follow-up list, and what was done. Coordinators also find
 * the privacy duties here: the data as a file, and erasure. Every visit is in the audit trail.
 */
@Route(value = "deelnemer", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR})
public class ParticipantRecordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final AttendanceReportService reports;
    private final FollowUpService followUps;
    private final PrivacyService privacy;
    private final boolean coordinator;
    private ParticipantId id;
    private String name = "";

    public ParticipantRecordView(AttendanceReportService reports, FollowUpService followUps, PrivacyService privacy,
                                 AuthenticationContext authentication) {
        this.reports = reports;
        this.followUps = followUps;
        this.privacy = privacy;
        this.coordinator = authentication.hasRole(Roles.COORDINATOR);
        addClassName("kring-page");
        addClassName("kring-participant-record");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            id = new ParticipantId(UUID.fromString(parameter));
        } catch (IllegalArgumentException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show();
    }

    private void show() {
        Locale locale = getLocale();
        var record = reports.participant(id);
        name = record.name();
        removeAll();
        var history = record.history();
        add(new H1(record.name()), new Paragraph(getTranslation("record.group", record.groupName())
                + (record.active() ? "" : " · " + getTranslation("participant.status.LEFT"))));
        add(new Paragraph(history.sessions() == 0 ? getTranslation("attendance.person.none")
                : getTranslation("attendance.person.figures", history.present(), history.sessions(),
                        Percent.of(history.rate()), history.currentStreak())));
        if (!history.followUpReasons().isEmpty() && record.active()) {
            Paragraph reasons = new Paragraph(getTranslation("followup.on-list") + " " + String.join(" ",
                    history.followUpReasons().stream().map(r -> getTranslation("followup.reason." + r.name()))
                            .toList()));
            reasons.addClassName("kring-follow-up-reasons");
            add(reasons);
        }

        add(new H2(getTranslation("followup.title")));
        FollowUpActions actions = new FollowUpActions(followUps, id, record.active(), this::show);
        add(actions);
        UnorderedList done = new UnorderedList();
        done.addClassName("kring-follow-up-actions");
        for (FollowUpAction action : record.actions()) {
            done.add(new ListItem(action.doneOn() + " · " + getTranslation("followup.kind." + action.kind().name())
                    + (action.note().isEmpty() ? "" : ": " + action.note()) + " (" + action.byName() + ")"));
        }
        add(record.actions().isEmpty() ? new Paragraph(getTranslation("followup.nothing-yet")) : done);

        add(new H2(getTranslation("attendance.sessions")));
        UnorderedList sessions = new UnorderedList();
        record.sessions().forEach(s -> sessions.add(new ListItem(KringTime.shortDateTime(s.at(), locale) + " · "
                + s.title() + " · " + getTranslation("attendance." + s.status().name()))));
        add(record.sessions().isEmpty() ? new Paragraph(getTranslation("attendance.person.none")) : sessions);

        if (coordinator) {
            add(privacySection(locale));
        }
    }

    /** AVG: the data as a file, and erasure after a confirmation. */
    private Div privacySection(Locale locale) {
        Div section = new Div(new H2(getTranslation("privacy.participant.title")),
                new Paragraph(getTranslation("privacy.participant.intro")));
        section.addClassName("kring-privacy-participant");
        ParticipantId who = id;
        section.add(new DownloadLinks().link(getTranslation("privacy.participant.export"), "kring-download-personal",
                "kring-gegevens.txt", "text/plain; charset=utf-8", () -> privacy.exportPersonalData(who, locale)));
        Button erase = new Button(getTranslation("privacy.participant.erase"), e -> confirmErase());
        erase.addThemeVariants(ButtonVariant.ERROR);
        erase.addClassName("kring-erase-participant");
        section.add(erase);
        return section;
    }

    private void confirmErase() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("privacy.erase.title", name),
                getTranslation("privacy.erase.text"), getTranslation("privacy.participant.erase"), e -> {
                    try {
                        privacy.erase(id);
                        Notifications.success(getTranslation("privacy.erase.done"));
                        UI.getCurrent().navigate(AttendanceView.class);
                    } catch (InvalidValueException refused) {
                        Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return name + " · Kring";
    }
}
