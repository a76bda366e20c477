package nl.kring.session.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.util.Optional;
import nl.kring.base.ui.ShownText;
import nl.kring.domain.session.Step;
import nl.kring.live.SessionBroadcaster;
import nl.kring.moodboard.PhotoPass;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.SharedScreenService;
import nl.kring.session.ui.activity.ActivityUis;

/**
 * The shared screen on the TV or projector: read-only, large type. Shows the join code
 * and QR until the facilitator hides them, then the current step and what participants
 * contribute. Its address holds an unguessable token, so it needs no sign-in (and comes
 * back by itself after a restart of Kring).
 */
@Route(value = "scherm", autoLayout = false)
@AnonymousAllowed
public class SharedScreenView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient SharedScreenService screens;
    private final transient SessionBroadcaster broadcaster;
    private final transient ActivityUis activities;
    private final transient Clock clock;
    private String baseAddress = "";
    private LiveSnapshot shown;
    private Registration subscription;

    final H1 title = new H1();
    final Div join = new Div();
    final Span joinCode = new Span();
    final CurrentStepArea stepArea = new CurrentStepArea();
    final Countdown countdown = new Countdown();
    final Paragraph message = new Paragraph();

    public SharedScreenView(SharedScreenService screens, SessionBroadcaster broadcaster, ActivityUis activities,
                            Clock clock) {
        this.screens = screens;
        this.broadcaster = broadcaster;
        this.activities = activities;
        this.clock = clock;
        addClassName("kring-screen");
        getElement().setAttribute("role", "main");
        setSizeFull();
        joinCode.addClassName("kring-join-code");
        join.addClassName("kring-screen-join");
        stepArea.addClassName("kring-screen-step");
        message.addClassName("kring-screen-message");
        title.addClassName("kring-screen-title");
        add(title, countdown, join, stepArea, message);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        baseAddress = JoinQrCode.baseAddress();
        Optional<LiveSnapshot> snapshot = screens.snapshot(parameter);
        if (snapshot.isEmpty()) {
            title.setText("Kring");
            message.setText(getTranslation("screen.unknown"));
            join.setVisible(false);
            return;
        }
        PhotoPass.grant(snapshot.get().sessionId());
        // the organisation's logo, small, before the title (set by the platform administrator)
        screens.logoOf(parameter).ifPresent(organisation -> {
            Image logo = new Image("logo/" + organisation.value(), getTranslation("screen.logo-alt"));
            logo.addClassName("kring-screen-logo");
            addComponentAsFirst(logo);
        });
        render(snapshot.get());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (shown != null) {
            subscription = broadcaster.subscribe(shown.sessionId(), event.getUI(), null, this::render);
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    void render(LiveSnapshot snapshot) {
        if (shown != null && snapshot.sequence() <= shown.sequence() && shown.status() == snapshot.status()) {
            return;
        }
        shown = snapshot;
        ShownText.set(title, snapshot.title());
        if (!snapshot.isLive()) {
            join.setVisible(false);
            stepArea.clear();
            countdown.show(null, clock);
            ShownText.set(message, getTranslation(snapshot.isEnded() ? "screen.ended" : "screen.not-started"));
            return;
        }
        ShownText.set(message, "");
        join.setVisible(snapshot.joinCodeShown());
        if (snapshot.joinCodeShown() && join.getComponentCount() == 0) {
            String address = JoinQrCode.joinAddress(baseAddress, snapshot.joinCode());
            Paragraph how = new Paragraph(getTranslation("screen.how-to-join", baseAddress + "/join"));
            join.add(how, joinCode, JoinQrCode.image(address, getTranslation("join.qr-alt",
                    snapshot.joinCode().grouped())));
        }
        ShownText.set(joinCode, snapshot.joinCode().grouped());
        Step current = snapshot.current().orElseThrow();
        stepArea.show(snapshot, current, null, step -> activities.of(step.activity().type()).screenPart(step));
        countdown.show(snapshot.timerEndsAt(), clock);
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "" : shown.title() + " · ") + "Kring";
    }
}
