package nl.kring.session.ui;

import static nl.kring.testing.OnScreen.awaitOnScreen;
import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.TabletToken;
import nl.kring.session.BuiltInTemplates;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.SessionPlanService;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;
import nl.kring.session.ui.activity.ActivityUis;
import nl.kring.session.ui.activity.ConsoleContext;
import nl.kring.session.ui.activity.LivePart;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Every ready-made programme runs from start to end: planned from the template, started,
 * every step reached from the real console, and every step's activity drawn on a tablet,
 * on the shared screen and on the console.
 */
class ProgrammesRunTest extends KringBrowserlessTestBase {

    @Autowired
    BuiltInTemplates templates;
    @Autowired
    TestGroups testGroups;
    @Autowired
    SessionPlanService plans;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletDelivery delivery;
    @Autowired
    ActivityUis activities;
    @Autowired
    SignedIn signedIn;
    @Autowired
    nl.kring.testing.TestStaff.Fixture fixture;

    private static final java.util.Locale NL = java.util.Locale.of("nl");

    @Test
    void theThreeProgrammesLoadFromTheContentFile() {
        assertThat(templates.all(NL)).extracting(BuiltInTemplates.Template::key)
                .containsExactly("spelen-met-gedachten", "gesprek-van-waarde", "in-gesprek-over-eenzaamheid");
        assertThat(templates.find("spelen-met-gedachten", NL).orElseThrow().steps()).extracting(s -> s.activity().type()
                .name()).containsExactly("QUESTION_ROUND", "INFORMATION_CARD", "THOUGHT_WALL", "THOUGHT_CHALLENGE",
                "PERSPECTIVE_SWAP", "SMALL_STEP", "SCALE_QUESTION", "LOOK_BACK");
        // the downward spiral is drawn on the shared screen, with its stages also as words
        UI.getCurrent().setLocale(java.util.Locale.of("nl"));
        Step spiral = templates.find("spelen-met-gedachten", NL).orElseThrow().steps().get(1);
        LivePart screen = activities.of(spiral.activity().type()).screenPart(spiral);
        String drawing = screen.getElement().getOuterHTML();
        assertThat(drawing).contains("<svg", "Iemand voelt", "zich eenzaam");
        // five boxes side by side in the drawing, not nested in each other
        assertThat(drawing).containsPattern("</rect>\\s*<text");
        assertThat(text(screen)).contains("Iemand voelt zich eenzaam", "Krijgt meer negatieve gedachten",
                "steeds een stap dieper");
        assertThat(templates.find("gesprek-van-waarde", NL).orElseThrow().steps()).extracting(s -> s.activity().type()
                .name()).containsExactly("QUESTION_ROUND", "MOODBOARD", "WISHES_AND_IDEAS", "SCALE_QUESTION",
                "LOOK_BACK");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aPlanSavedAsAProgrammeStartsLaterSessionsInTheOrganisationOnly() {
        UI.getCurrent().setLocale(java.util.Locale.of("nl"));
        TestGroups.NewGroup group = testGroups.create("Eigen", false);
        Session planned = plans.planFromTemplate(group.group().id(), "Onze versie", Instant.now(),
                "gesprek-van-waarde", NL);
        planned = plans.removeStep(planned.id(), planned.steps().get(2).id(), planned.version()); // no wishes
        navigate(SessionPlanView.class, planned.id().toString());
        test($(com.vaadin.flow.component.button.Button.class).withClassName("kring-save-programme").single()).click();
        test($(com.vaadin.flow.component.textfield.TextField.class).withLabel("Naam van het programma").last())
                .setValue("Waarde, kort");
        test($(com.vaadin.flow.component.button.Button.class).withClassName("kring-dialog-save").last()).click();

        var own = plans.programmes().stream().filter(p -> "Waarde, kort".equals(p.name())).findFirst().orElseThrow();
        assertThat(own.builtIn()).isFalse();
        assertThat(own.steps()).isEqualTo(4);
        Session later = plans.planFromTemplate(fixture.groupA().id(), "Later", Instant.now(), own.key(), NL);
        assertThat(later.steps()).extracting(s -> s.activity().type().name())
                .containsExactly("QUESTION_ROUND", "MOODBOARD", "SCALE_QUESTION", "LOOK_BACK");

        // edited in place: a plan made from it, changed, saved over it; the programme keeps its key
        Session change = plans.removeStep(later.id(), later.steps().get(1).id(), later.version()); // no moodboard
        navigate(SessionPlanView.class, change.id().toString());
        test($(com.vaadin.flow.component.button.Button.class).withClassName("kring-save-programme").single()).click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<SessionPlanService.Programme> replace =
                $(com.vaadin.flow.component.combobox.ComboBox.class).withClassName("kring-programme-replace").last();
        test(replace).selectItem("Waarde, kort");
        test($(com.vaadin.flow.component.textfield.TextField.class).withLabel("Naam van het programma").last())
                .setValue("Waarde, heel kort");
        test($(com.vaadin.flow.component.button.Button.class).withClassName("kring-dialog-save").last()).click();
        var edited = plans.programmes().stream().filter(p -> own.key().equals(p.key())).findFirst().orElseThrow();
        assertThat(edited.name()).isEqualTo("Waarde, heel kort");
        assertThat(edited.steps()).isEqualTo(3);
        assertThat(plans.programmes()).noneMatch(p -> "Waarde, kort".equals(p.name()));
        Session fromEdited = plans.planFromTemplate(fixture.groupA().id(), "Nog later", Instant.now(), own.key(), NL);
        assertThat(fromEdited.steps()).extracting(s -> s.activity().type().name())
                .containsExactly("QUESTION_ROUND", "SCALE_QUESTION", "LOOK_BACK");
        // someone else's programme is not offered for replacing, and cannot be replaced
        assertThat(signedIn.as("a-other", () -> plans.programmes())).filteredOn(p -> own.key().equals(p.key()))
                .singleElement().extracting(SessionPlanService.Programme::mayReplace).isEqualTo(false);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signedIn.as("a-other",
                () -> plans.replaceProgramme(own.key(), fromEdited.id(), "Van mij"))).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        assertThat(signedIn.as("b-facilitator", () -> plans.programmes())).noneMatch(p -> "Waarde, kort".equals(p.name()));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> signedIn.as("a-other",
                () -> plans.deleteProgramme(own.key()))).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        // the coordinator removes it on the programmes page, after confirming
        signedIn.as("a-coordinator", () -> {
            ProgrammesView page = navigate(ProgrammesView.class);
            assertThat(text(page)).contains("Spelen met gedachten", "Waarde, heel kort");
            test($(com.vaadin.flow.component.button.Button.class, page.own).withText("Verwijderen").single()).click();
            test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).last()).confirm();
            assertThat(text(page.own)).doesNotContain("Waarde, heel kort");
            return null;
        });
        assertThat(plans.programmes()).noneMatch(p -> own.key().equals(p.key()));
    }

    @Test
    @WithUserDetails("a-facilitator")
    void anEnglishPlannerGetsTheProgrammesAndCardsInEnglish() {
        java.util.Locale english = java.util.Locale.ENGLISH;
        UI.getCurrent().setLocale(english);
        TestGroups.NewGroup group = testGroups.create("In English", false);
        Session planned = plans.planFromTemplate(group.group().id(), "Value", Instant.now(), "gesprek-van-waarde",
                english);
        var board = (nl.kring.domain.moodboard.Moodboard) planned.steps().get(1).activity();
        assertThat(board.areas()).extracting(nl.kring.domain.moodboard.Area::title)
                .containsExactly("Heart", "Soul", "Body", "Mind");
        assertThat(planned.steps().get(3).activity().headline()).startsWith("On a scale of 0 to 10");
        navigate(SessionPlanView.class, planned.id().toString());
        test($(com.vaadin.flow.component.button.Button.class).withClassName("kring-add-scale_question").single())
                .click();
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).withLabel("Question 1").last()
                .getValue()).startsWith("On a scale of 0 to 10");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aCardFromTheLibraryFillsTheEditorAndCanBeChanged() {
        UI.getCurrent().setLocale(java.util.Locale.of("nl"));
        TestGroups.NewGroup group = testGroups.create("Bibliotheek", false);
        Session planned = plans.plan(group.group().id(), "Met een kaart", Instant.now(), Optional.empty());
        navigate(SessionPlanView.class, planned.id().toString());
        test($(com.vaadin.flow.component.button.Button.class).withClassName("kring-add-information_card").single())
                .click();
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.ComboBox<nl.kring.session.CardLibrary.LibraryCard> library =
                $(com.vaadin.flow.component.combobox.ComboBox.class).withClassName("kring-card-library").single();
        test(library).selectItem("Piekeren begrenzen: een kwartier, en dan “stop”");
        var title = $(com.vaadin.flow.component.textfield.TextField.class).withLabel("Titel").last();
        assertThat(title.getValue()).isEqualTo("Piekeren begrenzen: een kwartier, en dan “stop”");
        test(title).setValue("Piekeren: een kwartier per dag");
        test($(com.vaadin.flow.component.button.Button.class).withClassName("kring-dialog-save").last()).click();
        var card = (nl.kring.domain.session.InformationCard) plans.get(planned.id()).steps().getFirst().activity();
        assertThat(card.title()).isEqualTo("Piekeren: een kwartier per dag");
        assertThat(card.text()).contains("Plan per dag een kwartier", "Bron: Movisie");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void everyProgrammeRunsFromStartToEndOnTabletScreenAndConsole() {
        for (BuiltInTemplates.Template template : templates.all(NL)) {
            TestGroups.NewGroup group = testGroups.create(template.key(), false, "Annie", "Gerrit", "Riet");
            Session planned = plans.planFromTemplate(group.group().id(), template.key(), Instant.now(),
                    template.key(), NL);
            assertThat(planned.steps()).hasSameSizeAs(template.steps());
            Session started = live.start(planned.id());
            JoinCode code = started.live().joinCode();
            List<TabletToken> tokens = new ArrayList<>();
            for (Participant person : group.people()) {
                signedIn.anonymous(() -> tablets.open(code.value(), "10.9.0.1"));
                tokens.add(signedIn.anonymous(() -> tablets.chooseName(code, person.id(), Optional.empty())));
            }
            SessionConsoleView console = navigate(SessionConsoleView.class, started.id().toString());
            int total = started.steps().size();
            for (int i = 0; i < total; i++) {
                int number = i + 1;
                live.goToStep(started.id(), i);
                try {
                    awaitOnScreen(() -> console.stepCounter.getText().equals("Stap " + number + " van " + total));
                } catch (RuntimeException e) {
                    throw new AssertionError(template.key() + " step " + number + ": " + console.stepCounter.getText()
                            + " / " + text(console).substring(0, Math.min(300, text(console).length())), e);
                }
                assertThat(text(console.stepArea)).as("%s step %d on the console", template.key(), number)
                        .isNotBlank();
                Step step = started.steps().get(i);
                LiveSnapshot snapshot = live.snapshot(started.id());
                var ui = activities.of(step.activity().type());
                LivePart tablet = ui.participantPart(step, new ParticipantContext(tokens.getFirst(),
                        group.people().getFirst().id(), tablets, delivery, null));
                LivePart screen = ui.screenPart(step);
                LivePart consolePart = ui.consolePart(step, new ConsoleContext(started.id(),
                        plans.permissions(started.id())));
                UI.getCurrent().add(tablet, screen, consolePart);
                tablet.update(snapshot);
                screen.update(snapshot);
                consolePart.update(snapshot);
                assertThat(text(tablet)).as("%s step %d on a tablet", template.key(), number).isNotBlank();
                assertThat(text(screen)).as("%s step %d on the screen", template.key(), number).isNotBlank();
                UI.getCurrent().remove(tablet, screen, consolePart);
            }
            live.end(started.id());
            // the console goes to the results by itself before the next programme starts
            awaitOnScreen(() -> !console.isAttached());
        }
    }
}
