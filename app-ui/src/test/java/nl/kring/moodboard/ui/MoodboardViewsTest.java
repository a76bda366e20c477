package nl.kring.moodboard.ui;

import nl.kring.testing.TestContent;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.dom.Element;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.kring.domain.moodboard.CardColour;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.TabletToken;
import nl.kring.moodboard.TabletMoodboardService;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.SessionPlanService;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.session.ui.SessionConsoleView;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import static nl.kring.testing.OnScreen.awaitOnScreen;
import static nl.kring.testing.OnScreen.text;

import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Three tablets put cards on the moodboard while the facilitator watches the console,
 * then moves one card and hides another in the real console; the shared screen and every
 * tablet, drawn from the same snapshot, show the same board.
 */
class MoodboardViewsTest extends KringBrowserlessTestBase {

    @Autowired
    TestStaff.Fixture fixture;
    @Autowired
    nl.kring.testing.TestGroups testGroups;
    @Autowired
    SessionPlanService plans;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    TabletMoodboardService tabletBoards;
    @Autowired
    MoodboardUi moodboardUi;
    @Autowired
    SignedIn signedIn;

    @Test
    @WithUserDetails("a-facilitator")
    void threeTabletsAddCardsTheFacilitatorMovesAndHidesOneAndEveryoneSeesTheSameBoard() {
        var created = testGroups.create("Moodboard", false, "Annie", "Gerrit", "Riet");
        Group group = created.group();
        List<Participant> people = created.people();
        Session planned = plans.plan(group.id(), "Van waarde", Instant.now(), Optional.empty());
        planned = plans.addStep(planned.id(), TestContent.SEEDS.quadrantBoard("Wat is voor jou van waarde?", false, TestContent.DUTCH), null,
                planned.version());
        SessionId sessionId = live.start(planned.id()).id();
        JoinCode code = live.snapshot(sessionId).joinCode();
        List<TabletToken> tokens = new ArrayList<>();
        for (Participant person : people) {
            signedIn.anonymous(() -> tablets.open(code.value(), "10.2.0.1"));
            tokens.add(signedIn.anonymous(() -> tablets.chooseName(code, person.id(), Optional.empty())));
        }
        Step board = live.snapshot(sessionId).steps().getFirst();

        SessionConsoleView console = navigate(SessionConsoleView.class, sessionId.toString());
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(0), board.id(), 0,
                MoodCard.Content.text("Mijn kleinkinderen <b>Tim</b>"), null));
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(1), board.id(), 1,
                MoodCard.Content.song("Zij gelooft in mij", "André Hazes"), null));
        signedIn.anonymous(() -> tabletBoards.addCard(tokens.get(2), board.id(), 2,
                MoodCard.Content.colour(CardColour.GROEN, "Mijn moestuin"), null));
        awaitOnScreen(() -> boardOf(console).values().stream().mapToInt(List::size).sum() == 3);
        assertThat(boardOf(console)).containsEntry("Hart", List.of("Mijn kleinkinderen <b>Tim</b>"))
                .containsEntry("Ziel", List.of("Zij gelooft in mij")).containsEntry("Lichaam", List.of("Mijn moestuin"));
        assertThat(text(console)).contains("Annie", "Gerrit", "Riet", "André Hazes", "Groen");

        // the facilitator moves Gerrit's song to Hoofd without dragging, and hides Riet's card
        Component songCard = cardWith(console, "Zij gelooft in mij");
        test($(Button.class, songCard).withText("Verplaats naar…").single()).click();
        test($(Button.class).withText("Hoofd").single()).click();
        awaitOnScreen(() -> boardOf(console).get("Hoofd").equals(List.of("Zij gelooft in mij")));
        test($(Button.class, cardWith(console, "Mijn moestuin")).withText("Verbergen").single()).click();
        awaitOnScreen(() -> text(cardWith(console, "Mijn moestuin")).contains("Verborgen"));

        // every screen draws the same snapshot
        LiveSnapshot now = live.snapshot(sessionId);
        LivePart screen = moodboardUi.screenPart(board);
        List<LivePart> tabletParts = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            tabletParts.add(moodboardUi.participantPart(board,
                    new ParticipantContext(tokens.get(i), people.get(i).id(), tablets, delivery, null)));
        }
        UI.getCurrent().add(screen);
        tabletParts.forEach(UI.getCurrent()::add);
        screen.update(now);
        tabletParts.forEach(part -> part.update(now));

        Map<String, List<String>> shown = Map.of("Hart", List.of("Mijn kleinkinderen <b>Tim</b>"), "Ziel", List.of(),
                "Lichaam", List.of(), "Hoofd", List.of("Zij gelooft in mij"));
        assertThat(boardOf(screen)).isEqualTo(shown);
        assertThat(boardOf(tabletParts.get(0))).isEqualTo(shown);
        assertThat(boardOf(tabletParts.get(1))).isEqualTo(shown);
        // Riet still sees her own card, marked as taken off the board
        assertThat(boardOf(tabletParts.get(2)).get("Lichaam")).containsExactly("Mijn moestuin");
        assertThat(text(cardWith(tabletParts.get(2), "Mijn moestuin"))).contains("Verborgen");
        // the console shows everything, the hidden card included
        assertThat(boardOf(console).get("Lichaam")).containsExactly("Mijn moestuin");
        // only your own cards can be moved from a tablet
        assertThat($(Button.class, cardWith(tabletParts.get(0), "Mijn kleinkinderen <b>Tim</b>"))
                .withText("Verplaats naar…").all()).hasSize(1);
        assertThat($(Button.class, cardWith(tabletParts.get(1), "Mijn kleinkinderen <b>Tim</b>"))
                .withText("Verplaats naar…").all()).isEmpty();
    }

    @Test
    @WithUserDetails("a-facilitator")
    void theFacilitatorPlansTheWorksheetsQuadrantsChangesOneAndCanChooseAFreeAnonymousBoard() {
        Session planned = plans.plan(fixture.groupA().id(), "Plannen", Instant.now(), Optional.empty());
        navigate(nl.kring.session.ui.SessionPlanView.class, planned.id().toString());
        test($(Button.class).withClassName("kring-add-moodboard").single()).click();
        List<com.vaadin.flow.component.textfield.TextField> titles =
                $(com.vaadin.flow.component.textfield.TextField.class).withLabel("Naam van het vak").all();
        assertThat(titles).extracting(com.vaadin.flow.component.textfield.TextField::getValue)
                .containsExactly("Hart", "Ziel", "Lichaam", "Hoofd");
        assertThat($(com.vaadin.flow.component.textfield.TextArea.class).withLabel("Vragen bij dit vak").first()
                .getValue()).isEqualTo("Waar word je blij van of geeft je energie?\nWie zijn belangrijk voor je?"
                + "\nWat inspireert jou?");
        test(titles.getFirst()).setValue("Mijn hart");
        test($(Button.class).withClassName("kring-dialog-save").last()).click();
        Moodboard saved = (Moodboard) plans.get(planned.id()).steps().getFirst().activity();
        assertThat(saved.areas().getFirst().title()).isEqualTo("Mijn hart");
        assertThat(saved.areas().get(1).questions()).contains("Waar ben je trots op?");
        assertThat(saved.anonymous()).isFalse();

        // a second board: free and anonymous
        test($(Button.class).withClassName("kring-add-moodboard").single()).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<Object> kind =
                $(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withLabel("Soort bord").last();
        test(kind).selectItem("Vrij bord (één vak)");
        test($(com.vaadin.flow.component.checkbox.Checkbox.class)
                .withLabel("Anoniem: kaarten laten niet zien van wie ze zijn").last()).click();
        test($(Button.class).withClassName("kring-dialog-save").last()).click();
        Moodboard free = (Moodboard) plans.get(planned.id()).steps().get(1).activity();
        assertThat(free.isFree()).isTrue();
        assertThat(free.areas().getFirst().title()).isEqualTo("Ons bord");
        assertThat(free.anonymous()).isTrue();
    }

    /** Each shown area's title with the words of its cards, in board order. */
    static Map<String, List<String>> boardOf(Component root) {
        Map<String, List<String>> board = new LinkedHashMap<>();
        collect(root.getElement(), board);
        return board;
    }

    private static void collect(Element element, Map<String, List<String>> board) {
        if (element.isTextNode() || !element.isVisible()) {
            return; // text, or e.g. the tablet's "mijn kaarten" while the whole board is shown
        }
        if (element.getClassList().contains("kring-mood-area")) {
            List<String> cards = new ArrayList<>();
            cardTexts(element, cards);
            board.put(element.getAttribute("data-area"), cards);
            return;
        }
        element.getChildren().forEach(child -> collect(child, board));
    }

    private static void cardTexts(Element element, List<String> texts) {
        if (element.getClassList().contains("kring-mood-text")) {
            texts.add(element.getTextRecursively());
            return;
        }
        if (element.getClassList().contains("kring-mood-song")) {
            texts.add(element.getTextRecursively().replace("♪ ", ""));
            return;
        }
        element.getChildren().forEach(child -> cardTexts(child, texts));
    }

    private static Component cardWith(Component root, String words) {
        return root.getElement().getChildren().flatMap(MoodboardViewsTest::descendants)
                .filter(e -> e.getClassList().contains("kring-mood-card") && e.getTextRecursively().contains(words))
                .findFirst().flatMap(Element::getComponent).orElseThrow();
    }

    private static java.util.stream.Stream<Element> descendants(Element element) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(element),
                element.getChildren().flatMap(MoodboardViewsTest::descendants));
    }

}
