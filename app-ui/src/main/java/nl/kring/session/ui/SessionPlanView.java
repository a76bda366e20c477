package nl.kring.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.base.KringTime;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.SavedProgramme;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.security.Roles;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.SessionPermissions;
import nl.kring.session.SessionPlanService;
import nl.kring.session.SessionReportService;
import nl.kring.session.StepLabel;
import nl.kring.session.ui.activity.ActivityUi;
import nl.kring.session.ui.activity.ActivityUis;
import nl.kring.session.ui.activity.LivePart;

/**
 * One session: while planned, its details and steps (add, edit, reorder, remove) and the
 * start button; while live, the way to the console; once ended, the results — answers,
 * attendance and (for facilitators) the private notes.
 */
@Route(value = "sessies", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR, Roles.EXPERIENCE_EXPERT})
public class SessionPlanView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient SessionPlanService plans;
    private final transient LiveSessionService live;
    private final transient ActivityUis activities;
    private final transient SessionReportService reports;
    private Session session;
    private SessionPermissions may;

    final H1 title = new H1();
    final Span when = new Span();
    final Span status = new Span();
    final OrderedList steps = new OrderedList();
    final Button start = new Button();
    final Button toConsole = new Button();

    public SessionPlanView(SessionPlanService plans, LiveSessionService live, ActivityUis activities,
                           SessionReportService reports) {
        this.reports = reports;
        this.plans = plans;
        this.live = live;
        this.activities = activities;
        addClassName("kring-page");
        steps.addClassName("kring-steps");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        try {
            SessionId id = new SessionId(UUID.fromString(parameter));
            session = plans.get(id);
            may = plans.permissions(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        build();
    }

    private void build() {
        removeAll();
        title.setText(session.title());
        when.setText(KringTime.dateTime(session.scheduledAt(), getLocale()));
        status.setText(getTranslation("session.status." + session.status().name()));
        status.getElement().getThemeList().add("badge");
        HorizontalLayout heading = new HorizontalLayout(when, status);
        heading.setAlignItems(Alignment.BASELINE);
        add(title, heading);
        switch (session.status()) {
            case PLANNED -> buildPlanned();
            case LIVE -> buildLive();
            case ENDED -> buildEnded();
        }
    }

    private boolean editable() {
        return session.status() == SessionStatus.PLANNED && may.plan();
    }

    private void buildPlanned() {
        HorizontalLayout actions = new HorizontalLayout();
        if (may.plan()) {
            actions.add(new Button(getTranslation("plan.edit-details"), e -> openDetailsDialog()));
            Button keep = new Button(getTranslation("plan.save-programme"), e -> openSaveProgrammeDialog());
            keep.addClassName("kring-save-programme");
            actions.add(keep);
        }
        if (may.lead()) {
            start.setText(getTranslation("plan.start"));
            start.setIcon(VaadinIcon.PLAY.create());
            start.addThemeVariants(ButtonVariant.PRIMARY);
            start.setDisableOnClick(true);
            start.addClickListener(e -> startSession());
            actions.add(start);
        }
        add(actions, new H2(getTranslation("plan.steps")), steps);
        if (editable()) {
            HorizontalLayout add = new HorizontalLayout();
            add.setAlignItems(Alignment.BASELINE);
            add.add(new Span(getTranslation("plan.add-step")));
            for (ActivityType type : activities.types()) {
                Button button = new Button(getTranslation("activity." + type.name()), VaadinIcon.PLUS.create(),
                        e -> openStepDialog(type, null));
                button.addClassName("kring-add-" + type.name().toLowerCase(Locale.ROOT));
                add.add(button);
            }
            add(add);
        }
        showSteps();
    }

    private void startSession() {
        try {
            live.start(session.id());
            UI.getCurrent().navigate(SessionConsoleView.class, session.id().toString());
        } finally {
            start.setEnabled(true);
        }
    }

    private void buildLive() {
        Paragraph running = new Paragraph(getTranslation("plan.live"));
        add(running);
        if (may.lead()) {
            toConsole.setText(getTranslation("plan.to-console"));
            toConsole.addThemeVariants(ButtonVariant.PRIMARY);
            toConsole.addClickListener(e -> UI.getCurrent().navigate(SessionConsoleView.class,
                    session.id().toString()));
            add(toConsole);
        }
        add(new H2(getTranslation("plan.steps")), steps);
        showSteps();
    }

    private void buildEnded() {
        LiveSnapshot results = live.snapshot(session.id());
        if (results.endedByItself()) {
            Paragraph byItself = new Paragraph(getTranslation("results.ended-by-itself"));
            byItself.addClassName("kring-ended-by-itself");
            add(byItself);
        }
        add(new H2(getTranslation("results.title")));
        for (Step step : session.steps()) {
            Div block = new Div();
            block.addClassName("kring-result-step");
            block.add(new H3(StepLabel.of(
                    getTranslation("activity." + step.activity().type().name()), step.activity())));
            LivePart result = activities.of(step.activity().type()).resultPart(step);
            if (result != null) {
                result.update(results);
                block.add(result);
            }
            add(block);
        }
        add(new H2(getTranslation("results.attendance")), attendance(results));
        if (may.plan()) {
            add(reportLink());
        }
        if (may.facilitate()) {
            TextArea notes = new TextArea(getTranslation("console.notes"));
            notes.setMaxLength(Session.MAX_NOTES_LENGTH);
            notes.setWidthFull();
            notes.setValue(live.notes(session.id()));
            // the seed's look back for the facilitator: their own private reflection after the session
            notes.setHelperText(getTranslation("results.reflection"));
            Button save = new Button(getTranslation("action.save"), e -> {
                live.saveNotes(session.id(), notes.getValue());
                Notifications.success(getTranslation("action.saved"));
            });
            add(notes, save);
        }
    }

    /**
     * "Bewaren als programma": the plan's steps become a programme of the organisation, new
     * or in place of one of the organisation's own programmes (that is how a programme is edited).
     */
    private void openSaveProgrammeDialog() {
        TextField name = new TextField(
                getTranslation("plan.programme-name"));
        name.setMaxLength(SavedProgramme.MAX_NAME_LENGTH);
        name.setValue(session.title());
        name.setWidthFull();
        ComboBox<SessionPlanService.Programme> replace =
                new ComboBox<>(getTranslation("plan.programme-replace"));
        replace.setItems(plans.programmes().stream().filter(SessionPlanService.Programme::mayReplace).toList());
        replace.setItemLabelGenerator(SessionPlanService.Programme::name);
        replace.setHelperText(getTranslation("plan.programme-replace.help"));
        replace.setClearButtonVisible(true);
        replace.setWidthFull();
        replace.addClassName("kring-programme-replace");
        replace.setVisible(!replace.getListDataView().getItems().toList().isEmpty());
        replace.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                name.setValue(e.getValue().name());
            }
        });
        FormErrors errors = new FormErrors(this).bind("name", name);
        new FormDialog(getTranslation("plan.save-programme"), getTranslation("action.save"),
                () -> errors.attempt(() -> {
                    if (replace.getValue() != null) {
                        plans.replaceProgramme(replace.getValue().key(), session.id(), name.getValue());
                        Notifications.success(getTranslation("plan.programme-replaced", name.getValue()));
                    } else {
                        plans.saveAsProgramme(session.id(), name.getValue());
                        Notifications.success(getTranslation("plan.programme-saved", name.getValue()));
                    }
                })).with(name, replace).open();
    }

    /** The PDF report, written when it is downloaded. */
    private Anchor reportLink() {
        Locale locale = getLocale();
        SessionId id = session.id();
        var handler = DownloadHandler.fromInputStream(event -> {
            byte[] pdf = reports.pdf(id, locale);
            return new DownloadResponse(new ByteArrayInputStream(pdf),
                    "kring-verslag.pdf", "application/pdf", pdf.length);
        });
        var link = new Anchor(handler,
                AttachmentType.DOWNLOAD, getTranslation("results.report-pdf"));
        link.addClassName("kring-report-pdf");
        return link;
    }

    private Div attendance(LiveSnapshot results) {
        Map<ParticipantId, String> names = results.roster().stream()
                .collect(Collectors.toMap(LiveSnapshot.RosterName::id, LiveSnapshot.RosterName::name));
        Div list = new Div();
        list.addClassName("kring-attendance-results");
        results.attendance().forEach(a -> list.add(new Paragraph(names.getOrDefault(a.participantId(), "–") + ": "
                + getTranslation("attendance." + a.status().name())
                + (a.reason().isEmpty() ? "" : " (" + a.reason() + ")"))));
        if (results.attendance().isEmpty()) {
            list.add(new Paragraph(getTranslation("results.no-attendance")));
        }
        return list;
    }

    private void showSteps() {
        steps.removeAll();
        for (int i = 0; i < session.steps().size(); i++) {
            steps.add(stepLine(session.steps().get(i), i));
        }
        if (session.steps().isEmpty()) {
            steps.add(new ListItem(getTranslation("plan.no-steps")));
        }
    }

    private ListItem stepLine(Step step, int index) {
        Span type = new Span(getTranslation("activity." + step.activity().type().name()));
        type.getElement().getThemeList().add("badge contrast");
        Span headline = new Span(step.activity().headline());
        headline.setVisible(!step.activity().headline().isEmpty());
        headline.addClassName("kring-step-headline");
        HorizontalLayout line = new HorizontalLayout(type, headline);
        line.setAlignItems(Alignment.CENTER);
        line.setWidthFull();
        if (step.timer() != null) {
            line.add(new Span(getTranslation("plan.timer-minutes", step.timer().toMinutes())));
        }
        if (editable()) {
            Button up = iconButton(VaadinIcon.ARROW_UP, "plan.move-up",
                    () -> session = plans.moveStep(session.id(), step.id(), -1, session.version()));
            up.setEnabled(index > 0);
            Button down = iconButton(VaadinIcon.ARROW_DOWN, "plan.move-down",
                    () -> session = plans.moveStep(session.id(), step.id(), 1, session.version()));
            down.setEnabled(index < session.steps().size() - 1);
            Button edit = new Button(getTranslation("plan.edit-step"),
                    e -> openStepDialog(step.activity().type(), step));
            edit.addThemeVariants(ButtonVariant.TERTIARY);
            Button remove = iconButton(VaadinIcon.TRASH, "plan.remove-step",
                    () -> session = plans.removeStep(session.id(), step.id(), session.version()));
            line.addToEnd(up, down, edit, remove);
        }
        ListItem item = new ListItem(line);
        item.addClassName("kring-step");
        return item;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> {
            action.run();
            showSteps();
        });
        button.addThemeVariants(ButtonVariant.TERTIARY);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    void openStepDialog(ActivityType type, Step existing) {
        ActivityUi ui = activities.of(type);
        ActivityUi.ActivityEditor editor = ui.editor(existing == null ? null : existing.activity());
        IntegerField minutes = new IntegerField(getTranslation("plan.timer"));
        minutes.setHelperText(getTranslation("plan.timer.help"));
        minutes.setMin(1);
        minutes.setMax((int) Step.MAX_TIMER.toMinutes());
        minutes.setStepButtonsVisible(true);
        minutes.setClearButtonVisible(true);
        if (existing != null && existing.timer() != null) {
            minutes.setValue((int) existing.timer().toMinutes());
        }
        FormErrors errors = new FormErrors(this).bind("timer", minutes);
        editor.bindErrors(errors);
        FormDialog dialog = new FormDialog(getTranslation("activity." + type.name()), getTranslation("action.save"),
                () -> errors.attempt(() -> {
                    Activity activity = editor.value();
                    Duration timer = minutes.getValue() == null ? null : Duration.ofMinutes(minutes.getValue());
                    session = existing == null
                            ? plans.addStep(session.id(), activity, timer, session.version())
                            : plans.updateStep(session.id(), existing.id(), activity, timer, session.version());
                    showSteps();
                }));
        dialog.setWidth("min(44rem, 95vw)");
        dialog.with(editor.form(), minutes).open();
    }

    void openDetailsDialog() {
        TextField newTitle = new TextField(getTranslation("sessions.session-title"));
        newTitle.setMaxLength(Session.MAX_TITLE_LENGTH);
        newTitle.setValue(session.title());
        DateTimePicker newWhen = new DateTimePicker(getTranslation("sessions.when"));
        newWhen.setLocale(getLocale());
        newWhen.setValue(KringTime.local(session.scheduledAt()));
        FormErrors errors = new FormErrors(this).bind("title", newTitle).bind("scheduledAt", newWhen);
        new FormDialog(getTranslation("plan.edit-details"), getTranslation("action.save"),
                () -> errors.attempt(() -> {
                    session = plans.updateDetails(session.id(), newTitle.getValue(),
                            KringTime.instant(newWhen.getValue()), session.version());
                    build();
                })).with(newTitle, newWhen).open();
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "" : session.title() + " · ") + "Kring";
    }
}
