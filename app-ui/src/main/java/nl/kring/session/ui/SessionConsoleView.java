package nl.kring.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.base.KringTime;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ShownText;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.live.SessionBroadcaster;
import nl.kring.security.Roles;
import nl.kring.session.DistressService;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot.RosterName;
import nl.kring.session.LiveSnapshot.TabletLine;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.SessionPermissions;
import nl.kring.session.SessionPlanService;
import nl.kring.session.StepLabel;
import nl.kring.session.ui.activity.ActivityUis;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.ConsoleNotice;
import nl.kring.session.ui.activity.LivePart;

/**
 * The facilitator's console for a live session: the current step and what comes in,
 * moving through the plan, the countdown, the join code, who is here and connected,
 * newcomers and tablets, attendance corrections, private notes, and the end. Experience
 * experts of the group use the same console without attendance and notes, so the session
 * goes on when the facilitator's laptop drops out.
 */
@Route(value = "console", layout = MainLayout.class)
@RolesAllowed({Roles.FACILITATOR, Roles.EXPERIENCE_EXPERT})
public class SessionConsoleView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** Refreshes "connected now", which changes by time passing rather than by an event. */
    static final int PRESENCE_POLL_MILLIS = 15_000;

    private final transient LiveSessionService live;
    private final transient SessionPlanService plans;
    private final transient SessionBroadcaster broadcaster;
    private final transient ActivityUis activities;
    private final transient Clock clock;
    private Session session;
    private SessionPermissions may;
    private LiveSnapshot shown;
    private StepId shownStep;
    private Registration subscription;
    private Registration pollRegistration;
    private boolean leaving;

    final H1 title = new H1();
    final Span stepCounter = new Span();
    final Span stepType = new Span();
    /** An attitude tip from the seeds' game board that fits the current activity. */
    final Paragraph attitudeTip = new Paragraph();
    final CurrentStepArea stepArea = new CurrentStepArea();
    final Button previous = new Button();
    final Button next = new Button();
    final Button end = new Button();
    final Div plan = new Div();
    final Countdown countdown = new Countdown();
    final IntegerField timerMinutes = new IntegerField();
    final Button startTimer = new Button();
    final Button stopTimer = new Button();
    final Span joinCode = new Span();
    /** Whether new tablets can join with the code, and until when; and the leader's button to change it. */
    final Span door = new Span();
    final Button doorButton = new Button();
    private boolean doorOpen;
    final Div qr = new Div();
    final Checkbox codeOnScreen = new Checkbox();
    final Anchor sharedScreen = new Anchor();
    TabletRequests newcomers;
    final Div participants = new Div();
    final TextArea notes = new TextArea();
    DistressAlerts alerts;

    private final transient DistressService distress;
    private final transient List<ConsoleNotice> notices;
    private final List<LivePart> noticeParts = new ArrayList<>();

    public SessionConsoleView(LiveSessionService live, SessionPlanService plans, SessionBroadcaster broadcaster,
                              ActivityUis activities, DistressService distress, Clock clock,
                              List<ConsoleNotice> notices) {
        this.notices = notices;
        this.distress = distress;
        this.live = live;
        this.plans = plans;
        this.broadcaster = broadcaster;
        this.activities = activities;
        this.clock = clock;
        addClassName("kring-page");
        addClassName("kring-console");
        // once per view: Vaadin reuses this view when the address changes to another session
        end.addClickListener(e -> confirmEnd());
        previous.addClickListener(e -> goTo(shown.currentStep() - 1));
        next.addClickListener(e -> goTo(shown.currentStep() + 1));
        startTimer.addClickListener(e -> startTimer());
        stopTimer.addClickListener(e -> live.stopTimer(session.id()));
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        SessionId id;
        try {
            id = new SessionId(UUID.fromString(parameter));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        session = plans.get(id);
        may = plans.permissions(id);
        if (!may.lead()) {
            throw new NotFoundException();
        }
        if (!session.isLive()) {
            // planned: start it on the plan page; ended: the results are there
            event.forwardTo(SessionPlanView.class, id.toString());
            return;
        }
        boolean reused = subscription != null;
        if (reused) {
            // the same view, now for another session: follow that one instead
            unsubscribe(UI.getCurrent());
            shown = null;
            shownStep = null;
        }
        build();
        render(live.snapshot(id), true);
        if (reused) {
            subscribe(UI.getCurrent());
        }
    }

    SessionId sessionId() {
        return session.id();
    }

    private void build() {
        removeAll();
        title.setText(session.title());
        end.setText(getTranslation("console.end"));
        end.addThemeVariants(ButtonVariant.ERROR);
        HorizontalLayout header = new HorizontalLayout(title, stepCounter);
        header.setAlignItems(Alignment.BASELINE);
        header.addToEnd(end);
        header.setWidthFull();

        previous.setText(getTranslation("console.previous"));
        previous.setIcon(VaadinIcon.ARROW_LEFT.create());
        next.setText(getTranslation("console.next"));
        next.setIcon(VaadinIcon.ARROW_RIGHT.create());
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.PRIMARY);
        HorizontalLayout navigation = new HorizontalLayout(previous, next);

        timerMinutes.setLabel(getTranslation("console.timer-minutes"));
        timerMinutes.setMin(1);
        timerMinutes.setMax((int) Step.MAX_TIMER.toMinutes());
        timerMinutes.setStepButtonsVisible(true);
        timerMinutes.setWidth("9rem");
        startTimer.setText(getTranslation("console.timer-start"));
        stopTimer.setText(getTranslation("console.timer-stop"));
        HorizontalLayout timer = new HorizontalLayout(timerMinutes, startTimer, stopTimer, countdown);
        timer.setAlignItems(Alignment.BASELINE);

        stepArea.addClassName("kring-console-step");
        stepType.getElement().getThemeList().add("badge");
        plan.addClassName("kring-console-plan");
        attitudeTip.addClassName("kring-attitude-tip");
        VerticalLayout main = new VerticalLayout(stepType, attitudeTip, stepArea, navigation, timer, new H2(getTranslation("console.plan")),
                plan);
        main.setPadding(false);
        main.addClassName("kring-console-main");

        newcomers = new TabletRequests(live, session.id());
        VerticalLayout side = new VerticalLayout(joinBox(), new H2(getTranslation("console.participants")),
                newcomers, participants);
        side.setPadding(false);
        side.addClassName("kring-console-side");
        if (may.facilitate()) {
            side.add(notesBox());
        }
        FlexLayout columns = new FlexLayout(main, side);
        columns.addClassName("kring-console-columns");
        columns.setWidthFull();
        alerts = new DistressAlerts(distress, session.id());
        Div noticeArea = new Div();
        noticeArea.addClassName("kring-console-notices");
        noticeParts.clear();
        notices.forEach(notice -> noticeParts.add(notice.part(new ConsoleContext(session.id(), may))));
        noticeParts.forEach(noticeArea::add);
        add(header, alerts, noticeArea, columns);
    }

    private Div joinBox() {
        joinCode.addClassName("kring-join-code");
        String address = JoinQrCode.joinAddress(JoinQrCode.baseAddress(), session.live().joinCode());
        qr.removeAll();
        qr.add(JoinQrCode.image(address, getTranslation("join.qr-alt", session.live().joinCode().grouped())));
        Paragraph where = new Paragraph(getTranslation("console.join-at", address));
        where.addClassName("kring-muted");
        codeOnScreen.setLabel(getTranslation("console.code-on-screen"));
        codeOnScreen.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                live.showJoinCode(session.id(), e.getValue());
            }
        });
        sharedScreen.setHref("scherm/" + session.live().screenToken());
        sharedScreen.setText(getTranslation("console.open-screen"));
        sharedScreen.setTarget(AnchorTarget.BLANK);
        door.addClassName("kring-join-door");
        doorButton.addThemeVariants(ButtonVariant.SMALL);
        doorButton.addClassName("kring-join-door-button");
        doorButton.addClickListener(e -> {
            if (doorOpen) {
                live.closeJoining(session.id());
            } else {
                live.openJoining(session.id());
            }
        });
        HorizontalLayout doorLine = new HorizontalLayout(door, doorButton);
        doorLine.setAlignItems(Alignment.BASELINE);
        doorLine.setWrap(true);
        Div box = new Div(joinCode, qr, where, doorLine, codeOnScreen, sharedScreen);
        box.addClassName("kring-join-box");
        return box;
    }

    private Div notesBox() {
        notes.setLabel(getTranslation("console.notes"));
        notes.setHelperText(getTranslation("console.notes.help"));
        notes.setMaxLength(Session.MAX_NOTES_LENGTH);
        notes.setWidthFull();
        notes.setMinHeight("8rem");
        notes.setValue(live.notes(session.id()));
        Button save = new Button(getTranslation("action.save"), e -> {
            live.saveNotes(session.id(), notes.getValue());
            Notifications.success(getTranslation("action.saved"));
        });
        return new Div(notes, save);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (session == null || !session.isLive()) {
            return;
        }
        subscribe(event.getUI());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        unsubscribe(event.getUI());
    }

    private void subscribe(UI ui) {
        // a pushed snapshot is the whole session, shared by every console: each sees its own part of it
        subscription = broadcaster.subscribe(session.id(), ui, null, snapshot -> render(snapshot.seenBy(may), false));
        ui.setPollInterval(PRESENCE_POLL_MILLIS);
        pollRegistration = ui.addPollListener(e -> render(live.snapshot(session.id()), true));
    }

    private void unsubscribe(UI ui) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
            ui.setPollInterval(-1);
        }
    }

    /** Draws a snapshot; an older one than shown is ignored unless {@code force} (for the presence refresh). */
    void render(LiveSnapshot snapshot, boolean force) {
        if (leaving || (!force && shown != null && snapshot.sequence() <= shown.sequence())) {
            return;
        }
        LiveSnapshot before = shown;
        shown = snapshot;
        if (snapshot.isEnded()) {
            // the end can arrive twice (push and the presence poll): go to the results once
            leaving = true;
            Notifications.success(getTranslation(snapshot.endedByItself() ? "console.ended-by-itself" : "console.ended"));
            getUI().ifPresent(ui -> ui.navigate(SessionPlanView.class, snapshot.sessionId().toString()));
            return;
        }
        Step current = snapshot.current().orElseThrow();
        ShownText.set(stepCounter, getTranslation("console.step-of", snapshot.currentStep() + 1,
                snapshot.steps().size()));
        if (!current.id().equals(shownStep)) {
            shownStep = current.id();
            stepType.setText(getTranslation("activity." + current.activity().type().name()));
            attitudeTip.setText(getTranslation("console.tip." + current.activity().type().name()));
            timerMinutes.setValue(current.timer() == null ? null : (int) current.timer().toMinutes());
        }
        stepArea.show(snapshot, current, null, step -> activities.of(step.activity().type())
                .consolePart(step, new ConsoleContext(session.id(), may)));
        alerts.show(snapshot);
        noticeParts.forEach(part -> part.update(snapshot));
        previous.setEnabled(snapshot.currentStep() > 0);
        next.setEnabled(snapshot.currentStep() < snapshot.steps().size() - 1);
        countdown.show(snapshot.timerEndsAt(), clock);
        stopTimer.setEnabled(snapshot.timerEndsAt() != null);
        ShownText.set(joinCode, snapshot.joinCode().grouped());
        showDoor(snapshot.door());
        codeOnScreen.setValue(snapshot.joinCodeShown());
        // rebuild only what changed: a step change must not redraw thirty participant lines
        if (before == null || before.currentStep() != snapshot.currentStep()) {
            showPlan(snapshot);
        }
        if (force || before == null || !before.tablets().equals(snapshot.tablets())
                || !before.attendance().equals(snapshot.attendance()) || !before.roster().equals(snapshot.roster())) {
            newcomers.show(snapshot);
            showParticipants(snapshot);
        }
    }

    private void showDoor(LiveSnapshot.JoinDoor now) {
        // the door closes by itself without a change to push: a time in the past reads as closed
        doorOpen = now.open() && (now.closesAt() == null || clock.instant().isBefore(now.closesAt()));
        ShownText.set(door, !doorOpen ? getTranslation("console.door-closed")
                : now.closesAt() == null ? getTranslation("console.door-open")
                : getTranslation("console.door-open-until", DateTimeFormatter.ofPattern("HH:mm")
                        .format(KringTime.local(now.closesAt()))));
        ShownText.set(doorButton, getTranslation(doorOpen ? "console.door-close" : "console.door-reopen"));
    }

    private void showPlan(LiveSnapshot snapshot) {
        plan.removeAll();
        List<Step> steps = snapshot.steps();
        for (int i = 0; i < steps.size(); i++) {
            int index = i;
            Step step = steps.get(i);
            Button go = new Button((i + 1) + ". " + StepLabel.headlineOr(
                    getTranslation("activity." + step.activity().type().name()), step.activity()), e -> goTo(index));
            go.addClassName("kring-plan-step");
            go.addThemeVariants(ButtonVariant.TERTIARY);
            if (i == snapshot.currentStep()) {
                go.addClassName("kring-plan-step-current");
                go.getElement().setAttribute("aria-current", "step");
            }
            plan.add(go);
        }
    }

    private void showParticipants(LiveSnapshot snapshot) {
        participants.removeAll();
        for (RosterName person : snapshot.roster()) {
            List<TabletLine> tablets = snapshot.tablets().stream()
                    .filter(t -> person.id().equals(t.participantId())).toList();
            Optional<Attendance> attendance = snapshot.attendance().stream()
                    .filter(a -> a.participantId().equals(person.id())).findFirst();
            boolean connected = tablets.stream().anyMatch(TabletLine::connected);
            Span dot = new Span(getTranslation(connected ? "console.connected" : tablets.isEmpty()
                    ? "console.no-tablet" : "console.not-connected"));
            dot.addClassName(connected ? "kring-connected" : "kring-not-connected");
            Span name = new Span(person.name());
            name.addClassName("kring-participant-name");
            Span status = new Span(attendance.map(a -> getTranslation("attendance." + a.status().name())
                    + (a.reason().isEmpty() ? "" : " (" + a.reason() + ")")).orElse(getTranslation("attendance.none")));
            status.addClassName("kring-muted");
            HorizontalLayout line = new HorizontalLayout(name, dot, status);
            line.setAlignItems(Alignment.CENTER);
            line.addClassName("kring-participant");
            line.getElement().setAttribute("data-name", person.name());
            if (tablets.size() > 1) {
                Span twice = new Span(getTranslation("console.same-name", tablets.size()));
                twice.getElement().getThemeList().add("badge error");
                line.add(twice);
            }
            for (TabletLine tablet : tablets) {
                Button release = new Button(getTranslation("console.release"),
                        e -> live.release(session.id(), tablet.id()));
                release.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                release.addClassName("kring-release");
                line.add(release);
            }
            if (may.facilitate()) {
                Button correct = new Button(getTranslation("console.attendance"),
                        e -> openAttendanceDialog(person, attendance));
                correct.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
                line.add(correct);
            }
            participants.add(line);
        }
    }

    void openAttendanceDialog(RosterName person, Optional<Attendance> current) {
        RadioButtonGroup<AttendanceStatus> status = new RadioButtonGroup<>(getTranslation("console.attendance"));
        status.setItems(AttendanceStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("attendance." + s.name()));
        status.setValue(current.map(Attendance::status).orElse(AttendanceStatus.PRESENT));
        TextField reason = new TextField(getTranslation("console.attendance-reason"));
        reason.setMaxLength(Attendance.MAX_REASON_LENGTH);
        reason.setValue(current.map(Attendance::reason).orElse(""));
        FormErrors errors = new FormErrors(this).bind("reason", reason);
        new FormDialog(person.name(), getTranslation("action.save"), () -> errors.attempt(() ->
                live.setAttendance(session.id(), person.id(), status.getValue(), reason.getValue())))
                .with(status, reason).open();
    }

    private void goTo(int index) {
        live.goToStep(session.id(), index);
    }

    private void startTimer() {
        if (timerMinutes.getValue() == null || timerMinutes.isInvalid()) {
            timerMinutes.setErrorMessage(getTranslation("validation.timer-range", Step.MAX_TIMER.toMinutes()));
            timerMinutes.setInvalid(true);
            return;
        }
        timerMinutes.setInvalid(false);
        live.startTimer(session.id(), Duration.ofMinutes(timerMinutes.getValue()));
    }

    private void confirmEnd() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("console.end-confirm.title"));
        dialog.setText(getTranslation("console.end-confirm.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("console.end"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> live.end(session.id()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (session == null ? "" : session.title() + " · ") + getTranslation("console.title") + " · Kring";
    }
}
