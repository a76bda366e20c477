package nl.kring.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.AllowInert;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ShownText;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.AnswerableQuestions;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletId;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.live.SessionBroadcaster;
import nl.kring.moodboard.PhotoPass;
import nl.kring.session.Delivered;
import nl.kring.session.LiveSnapshot.TabletLine;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.session.TabletState;
import nl.kring.session.TabletSubmission;
import nl.kring.session.ui.activity.ActivityUis;
import nl.kring.session.ui.activity.CheckIn;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.Outbox;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.session.ui.activity.SendButton;

/**
 * The tablet during a session: it follows the facilitator by itself, step by step, and
 * lets the participant take part. Who the tablet is comes only from its rejoin cookie,
 * never from the address, so no URL leads to another session or another person.
 */
@Route(value = "deelnemen", autoLayout = false)
@AnonymousAllowed
public class ParticipantView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient TabletService tablets;
    private final transient TabletDelivery delivery;
    private final transient SessionBroadcaster broadcaster;
    private final transient ActivityUis activities;
    private final transient Clock clock;
    private TabletToken token;
    private TabletState state;
    private LiveSnapshot shown;
    private Registration subscription;

    final Span who = new Span();
    final Countdown countdown = new Countdown();
    final CurrentStepArea stepArea = new CurrentStepArea();
    final H1 message = new H1();
    final Paragraph detail = new Paragraph();
    private final H1 heading = new H1();
    private final ReadAloud readAloud = new ReadAloud();
    private final Div announcer = new Div();
    private StepId lastStep;
    private final ContributionAnnouncer contributions = new ContributionAnnouncer();

    private final transient List<CheckIn> checkIns;
    private final Div checkInArea = new Div();
    private final List<LivePart> checkInParts = new ArrayList<>();

    public ParticipantView(TabletService tablets, TabletDelivery delivery, SessionBroadcaster broadcaster,
                           ActivityUis activities, Clock clock,
                           List<CheckIn> checkIns) {
        this.delivery = delivery;
        this.checkIns = checkIns;
        this.tablets = tablets;
        this.broadcaster = broadcaster;
        this.activities = activities;
        this.clock = clock;
        addClassNames("kring-tablet", "kring-participant-view");
        who.addClassName("kring-tablet-who");
        stepArea.addClassName("kring-tablet-step");
        message.addClassName("kring-tablet-message");
        HorizontalLayout top = new HorizontalLayout(who, countdown);
        top.setWidthFull();
        top.setJustifyContentMode(JustifyContentMode.BETWEEN);
        top.setAlignItems(Alignment.CENTER);
        checkInArea.addClassName("kring-check-ins");
        // for screen readers: the page is the main content, and it has a heading of its own
        getElement().setAttribute("role", "main");
        heading.addClassName("kring-visually-hidden");
        // a new step is announced once, politely, without reading the whole page again
        announcer.addClassNames("kring-visually-hidden", "kring-announcer");
        announcer.getElement().setAttribute("aria-live", "polite");
        add(heading, announcer, top, readAloud, message, detail, checkInArea, stepArea);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<TabletToken> cookie = TabletCookie.read();
        Optional<TabletState> found = cookie.flatMap(tablets::find);
        if (found.isEmpty()) {
            event.forwardTo(JoinView.class);
            return;
        }
        token = cookie.get();
        state = found.get();
        tablets.snapshot(token).ifPresentOrElse(snapshot -> {
            PhotoPass.grant(snapshot.sessionId());
            render(snapshot);
        }, () -> event.forwardTo(JoinView.class));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (state == null) {
            return;
        }
        subscription = broadcaster.subscribe(state.sessionId(), event.getUI(), state.tabletId(), this::render);
        if (!state.ended()) {
            tablets.opened(token);
        }
        getElement().setAttribute("data-kring-outbox-host", true);
        Outbox.install(event.getUI(), getElement(), outboxTag());
        // only here is it true that nothing sent is lost: the outbox keeps it
        event.getUI().getReconnectDialogConfiguration().setDialogText(getTranslation("connection.reconnecting.tablet"));
        event.getUI().getReconnectDialogConfiguration().setDialogTextGaveUp(getTranslation("connection.gave-up.tablet"));
    }

    /**
     * What the tablet's outbox sends: at every page load (what waits from before a reload
     * or a restart), after a lost connection, and now and then for anything left behind.
     * This view outlives every step, so what was written for a step that has moved on
     * still arrives; it is stored for its own step, once per key, and the tablet says what
     * became of it ("Je antwoord is bewaard").
     */
    @ClientCallable
    @AllowInert
    void deliver(String json) {
        UI ui = UI.getCurrent();
        Outbox.markOn(ui);
        if (state == null || token == null) {
            return;
        }
        Set<String> said = new LinkedHashSet<>();
        boolean refused = false;
        // an item sent twice (its first answer lost in a cut) is stored once and said again: a
        // confirmation said twice is better than one the participant never saw
        for (TabletSubmission item : Outbox.read(json, outboxTag())) {
            try {
                Delivered delivered = delivery.deliver(token, item);
                said.add(getTranslation(delivered.remarkKey() != null ? delivered.remarkKey()
                        : "delivery.saved." + item.kind().name()));
                refused |= !delivered.stored();
                finishForm(item, delivered, null);
            } catch (InvalidValueException notStored) {
                said.add(getTranslation(notStored.messageKey(), notStored.arguments()));
                refused = true;
                finishForm(item, null, notStored);
            }
            // stored or refused for good; a database outage throws past here and leaves the rest waiting
            Outbox.done(ui, List.of(item.key()));
        }
        Outbox.answered(ui);
        if (!said.isEmpty()) {
            String text = String.join(" ", said);
            if (refused) {
                Notifications.error(text);
            } else {
                Notifications.success(text);
            }
        }
    }

    /**
     * The form that sent the item, if it is still on the page, does what it does after a
     * stored click (its box empties), so that a second tap does not send the same words again.
     */
    private void finishForm(TabletSubmission item, Delivered delivered, InvalidValueException refused) {
        sendButtons(this).anyMatch(button -> button.deliveredLater(item, delivered, refused));
    }

    private static Stream<SendButton> sendButtons(Component root) {
        return root.getChildren().flatMap(child -> child instanceof SendButton button
                ? Stream.of(button) : sendButtons(child));
    }

    /** Which tablet an outbox item belongs to, so that a browser handed on never sends another's. */
    private String outboxTag() {
        return state == null ? "" : state.tabletId().value().toString();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        TabletId tablet = state == null ? null : state.tabletId();
        if (tablet != null && !state.ended() && !broadcaster.isOpenElsewhere(tablet, event.getUI())) {
            try {
                tablets.closed(tablet);
            } catch (RuntimeException e) {
                // the database is away; presence fades by itself
            }
        }
    }

    void render(LiveSnapshot snapshot) {
        if (shown != null && snapshot.sequence() <= shown.sequence()) {
            return;
        }
        shown = snapshot;
        if (snapshot.isEnded()) {
            showMessage(getTranslation("tablet.ended"), getTranslation(snapshot.endedByItself()
                    ? "tablet.ended.by-itself" : "tablet.ended.detail"));
            state = new TabletState(state.tabletId(), state.sessionId(), state.joinCode(), state.participantId(),
                    state.name(), true, state.blocked());
            return;
        }
        Optional<TabletLine> me = snapshot.tablet(state.tabletId());
        if (me.isEmpty()) {
            released(snapshot.joinCode());
            return;
        }
        TabletLine line = me.get();
        ShownText.set(who, line.name());
        ShownText.set(heading, snapshot.title());
        if (line.blocked()) {
            showMessage(getTranslation("tablet.blocked"), getTranslation("tablet.blocked.detail"));
            return;
        }
        if (line.claims()) {
            showMessage(getTranslation("tablet.claim-waiting", line.name()),
                    getTranslation("tablet.claim-waiting.detail"));
            return;
        }
        if (line.waitsForConfirmation()) {
            showMessage(getTranslation("tablet.waiting", line.name()), getTranslation("tablet.waiting.detail"));
            return;
        }
        Step current = snapshot.current().orElseThrow();
        message.setVisible(false);
        detail.setVisible(false);
        showCheckIns(snapshot, line.participantId());
        stepArea.show(snapshot, current, line.participantId(), step -> {
            LivePart part = activities.of(step.activity().type())
                    .participantPart(step, new ParticipantContext(token, line.participantId(), tablets, delivery, state.tabletId()));
            part.addComponentAsFirst(whatNow(step));
            return part;
        });
        countdown.show(snapshot.timerEndsAt(), clock);
        readAloud.setVisible(true);
        if (!current.id().equals(lastStep)) {
            lastStep = current.id();
            // what was written for the step before may still wait in the outbox (a cut): send it now
            getUI().ifPresent(Outbox::sendWhatWaits);
            // the number, not the words: the words are on the page already, once is enough
            ShownText.set(announcer, getTranslation("tablet.new-step", snapshot.steps().indexOf(current) + 1,
                    snapshot.steps().size()));
            readAloud.newStep();
        }
        contributions.next(snapshot, current, clock.instant()).ifPresent(count ->
                ShownText.set(announcer, getTranslation("tablet.new-contributions", count)));
    }

    /** At the top of every step: what the participant can do now, and what happens next. */
    private Div whatNow(Step step) {
        ActivityType type = step.activity().type();
        // a round only says "tap an answer" when it offers answers to tap
        boolean offersTaps = step.activity() instanceof AnswerableQuestions questions && questions.offersChoices();
        Paragraph todo = new Paragraph(getTranslation("tablet.what-now." + type.name() + (offersTaps ? ".taps" : "")));
        todo.addClassName("kring-what-now-do");
        Div box = new Div(todo);
        box.addClassName("kring-what-now");
        if (type != ActivityType.INFORMATION_CARD) {
            Paragraph next = new Paragraph(getTranslation("tablet.what-next"));
            next.addClassName("kring-what-now-next");
            box.add(next);
        }
        return box;
    }

    /** What this tablet asks its person privately, whatever the step (built once, then updated). */
    private void showCheckIns(LiveSnapshot snapshot, ParticipantId participant) {
        if (checkInParts.isEmpty() && !checkIns.isEmpty()) {
            ParticipantContext context = new ParticipantContext(token, participant, tablets, delivery, state.tabletId());
            checkIns.forEach(checkIn -> checkInParts.add(checkIn.part(context)));
            checkInParts.forEach(checkInArea::add);
        }
        checkInParts.forEach(part -> part.update(snapshot));
    }

    private void released(JoinCode code) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
        state = null;
        Notifications.success(getTranslation("tablet.released"));
        getUI().ifPresent(ui -> ui.navigate(JoinView.class, code == null ? "" : code.value()));
    }

    private void showMessage(String title, String text) {
        stepArea.clear();
        readAloud.setVisible(false);
        countdown.show(null, clock);
        ShownText.set(message, title);
        ShownText.set(detail, text);
        message.setVisible(true);
        detail.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return "Kring";
    }
}
