package nl.kring.scale.ui;

import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.scale.ScaleSpreadService;
import nl.kring.scale.TabletScaleService;
import nl.kring.session.LiveSessionService;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestContent;
import nl.kring.testing.TestGroups;
import nl.kring.testing.TestSessions;
import nl.kring.testing.TestSessions.Started;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Scale questions as the group meets them: big buttons on the tablets, a spread on the
 * console and the shared screen only from three answers on, and each person's own line
 * over the sessions of the group — on their own tablet only.
 */
class ScaleQuestionViewsTest extends KringBrowserlessTestBase {

    @Autowired
    TestGroups testGroups;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    ScaleSpreadService spreads;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    TabletScaleService scales;
    @Autowired
    ScaleQuestionUi ui;
    @Autowired
    SignedIn signedIn;
    @Autowired
    TestSessions sessions;

    private Started start(TestGroups.NewGroup group, Instant when) {
        return sessions.start(group, "Kleine stappen", when, TestContent.SEEDS.scaleQuestion(TestContent.DUTCH));
    }

    private void answer(Started session, int tablet, int question, int value) {
        signedIn.anonymous(() -> scales.answer(session.tokens().get(tablet), session.step(0).id(), question, value));
    }

    @Test
    @WithUserDetails("a-facilitator")
    void theSpreadAppearsFromThreeAnswersAndEachPersonSeesOnlyTheirOwnLine() {
        TestGroups.NewGroup group = testGroups.create("Schaal", false, "Annie", "Gerrit", "Riet");
        Started earlier = start(group, Instant.now().minus(7, ChronoUnit.DAYS));
        answer(earlier, 0, 0, 4);
        answer(earlier, 1, 0, 9);
        live.end(earlier.id());

        Started now = start(group, Instant.now());
        LivePart console = ui.consolePart(now.step(0), new ConsoleContext(now.id(), null));
        LivePart screen = ui.screenPart(now.step(0));
        UI.getCurrent().add(console, screen);

        answer(now, 0, 0, 6);
        answer(now, 1, 0, 8);
        console.update(live.snapshot(now.id()));
        screen.update(live.snapshot(now.id()));
        assertThat(text(console)).contains("De verdeling komt hier zodra er 3 antwoorden zijn.")
                .contains("2 nieuwe cijfers sinds de verdeling het laatst getoond is").contains("Vraag door op het cijfer");
        assertThat(text(screen)).contains("De verdeling komt hier zodra er 3 antwoorden zijn.")
                .doesNotContain("mediaan");

        answer(now, 2, 0, 7);
        answer(now, 0, 0, 5); // Annie changes her mind: still three answers
        console.update(live.snapshot(now.id()));
        screen.update(live.snapshot(now.id()));
        // the third answer made a batch; Annie's change is one new number, not yet on the screens
        assertThat(text(console)).contains("3 antwoorden · middelste cijfer (mediaan): 7", "1 nieuw cijfer");
        assertThat(text(screen)).contains("3 antwoorden · middelste cijfer (mediaan): 7")
                .doesNotContain("Annie", "Gerrit", "Riet", "nieuw");
        spreads.showNow(now.id(), now.step(0).id());
        screen.update(live.snapshot(now.id()));
        assertThat(text(screen)).contains("3 antwoorden · middelste cijfer (mediaan): 7");
        assertThat(live.snapshot(now.id()).shownScaleOf(now.step(0).id(), 0).counts().get(5)).isEqualTo(1);

        // Annie's tablet: her own choice now, and her own line from last week; Gerrit's shows his
        LivePart annie = ui.participantPart(now.step(0), new ParticipantContext(now.tokens().get(0),
                group.people().get(0).id(), tablets, delivery, now.tabletIds().get(0)));
        LivePart gerrit = ui.participantPart(now.step(0), new ParticipantContext(now.tokens().get(1),
                group.people().get(1).id(), tablets, delivery, now.tabletIds().get(1)));
        UI.getCurrent().add(annie, gerrit);
        annie.update(live.snapshot(now.id()));
        gerrit.update(live.snapshot(now.id()));
        assertThat(text(annie)).contains("Jij koos 5.", "Jouw cijfers bij de vorige bijeenkomsten").contains(": 4");
        assertThat(text(gerrit)).contains("Jij koos 8.").contains(": 9").doesNotContain("Jij koos 5", ": 4");
        assertThat($(Button.class, annie).withClassName("kring-scale-value").all()).hasSize(22);
        // the line's dots and numbers are siblings in the drawing, not swallowed by one another
        assertThat(annie.getElement().getOuterHTML()).contains("<svg").containsPattern("</circle>\\s*<text");
        Button five = $(Button.class, annie).withClassName("kring-scale-value").withText("5").first();
        assertThat(five.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        // a tap on a button stores the number
        test($(Button.class, annie).withClassName("kring-scale-value").withText("9").first()).click();
        annie.update(live.snapshot(now.id()));
        assertThat(text(annie)).contains("Jij koos 9.");

        assertThatThrownBy(() -> signedIn.anonymous(() -> scales.answer(now.tokens().get(2), now.step(0).id(), 0, 11)))
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> signedIn.anonymous(() -> scales.answer(now.tokens().get(2), now.step(0).id(), 5, 3)))
                .isInstanceOf(InvalidValueException.class);
    }
}
