package nl.kring.session;

import nl.kring.testing.TestContent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.scale.ScaleQuestion;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.LookBack;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.domain.thought.BoardKey;
import nl.kring.domain.thought.ThinkingPattern;
import nl.kring.domain.thought.ThoughtWall;
import nl.kring.moodboard.TabletMoodboardService;
import nl.kring.scale.TabletScaleService;
import nl.kring.smallstep.TabletSmallStepService;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import nl.kring.thought.TabletContributionService;
import nl.kring.thought.ThoughtWorkService;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** The PDF session report: every section there, every anonymity rule kept. */
class SessionReportTest extends KringTestBase {

    @Autowired
    TestGroups testGroups;
    @Autowired
    SessionPlanService plans;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletService tablets;
    @Autowired
    TabletContributionService contributions;
    @Autowired
    ThoughtWorkService work;
    @Autowired
    TabletScaleService scales;
    @Autowired
    TabletSmallStepService smallSteps;
    @Autowired
    TabletMoodboardService boards;
    @Autowired
    SessionReportService reports;
    @Autowired
    SignedIn signedIn;

    @Test
    void theReportHoldsEverySectionAndKeepsTheAnonymityRules() throws Exception {
        TestGroups.NewGroup group = testGroups.create("Verslag", true, "Annie", "Gerrit", "Riet");
        Session started = signedIn.as("a-facilitator", () -> {
            Session s = plans.plan(group.group().id(), "Spelen met gedachten", Instant.parse("2026-11-24T09:00:00Z"),
                    Optional.empty());
            s = plans.addStep(s.id(), new QuestionRound(List.of("Hoe is het?"), AnswerVisibility.NAMED), null,
                    s.version());
            s = plans.addStep(s.id(), new ThoughtWall("Welke gedachte zit je dwars?"), null, s.version());
            s = plans.addStep(s.id(), TestContent.SEEDS.scaleQuestion(TestContent.DUTCH), null, s.version());
            s = plans.addStep(s.id(), new SmallStepRound("Welke kleine stap?"), null, s.version());
            s = plans.addStep(s.id(), TestContent.SEEDS.quadrantBoard("Wat is van waarde?", false, TestContent.DUTCH), null, s.version());
            s = plans.addStep(s.id(), TestContent.SEEDS.lookBack(TestContent.DUTCH), null, s.version());
            return live.start(s.id());
        });
        SessionId id = started.id();
        JoinCode code = started.live().joinCode();
        List<TabletToken> tokens = new ArrayList<>();
        for (Participant person : group.people()) {
            signedIn.anonymous(() -> tablets.open(code.value(), "10.8.0.1"));
            tokens.add(signedIn.anonymous(() -> tablets.chooseName(code, person.id(), Optional.empty())));
        }
        List<StepId> steps = started.steps().stream().map(s -> s.id()).toList();
        assertThatThrownBy(() -> signedIn.as("a-facilitator", () -> reports.pdf(id, Locale.of("nl"))))
                .isInstanceOf(InvalidValueException.class);

        signedIn.anonymous(() -> tablets.answer(tokens.get(0), steps.get(0), 0, "Goed, dank je", UUID.randomUUID()));
        goTo(id, 1);
        for (int i = 0; i < 3; i++) {
            String thought = List.of("Niemand belt mij ooit", "Ik ben saai", "Ik hoor er niet bij").get(i);
            int tablet = i;
            signedIn.anonymous(() -> contributions.contribute(tokens.get(tablet), steps.get(1), thought,
                    UUID.randomUUID()));
        }
        signedIn.anonymous(() -> contributions.contribute(tokens.get(0), steps.get(1), "Ik wil niet meer leven",
                UUID.randomUUID()));
        signedIn.as("a-facilitator", () -> work.reveal(id, steps.get(1), BoardKey.WALL, true));
        var ooit = signedIn.as("a-facilitator", () -> live.snapshot(id)).wallThoughts().stream()
                .filter(t -> t.text().equals("Niemand belt mij ooit")).findFirst().orElseThrow();
        signedIn.as("a-facilitator", () -> work.tag(id, ooit.id(), ThinkingPattern.GENERALISEREN));
        goTo(id, 2);
        signedIn.anonymous(() -> scales.answer(tokens.get(0), steps.get(2), 0, 7));
        signedIn.anonymous(() -> scales.answer(tokens.get(1), steps.get(2), 0, 3));
        goTo(id, 3);
        signedIn.anonymous(() -> smallSteps.write(tokens.get(0), steps.get(3), "Groenteboer groeten"));
        signedIn.anonymous(() -> smallSteps.write(tokens.get(1), steps.get(3), "Buurman bellen"));
        goTo(id, 4);
        signedIn.anonymous(() -> boards.addCard(tokens.get(2), steps.get(4), 0, MoodCard.Content.text("Mijn tuin"),
                null));
        goTo(id, 5);
        signedIn.anonymous(() -> tablets.answer(tokens.get(1), steps.get(5), 3, "Elkaar bellen", UUID.randomUUID()));
        signedIn.as("a-facilitator", () -> live.end(id));

        assertThatThrownBy(() -> signedIn.as("a-expert", () -> reports.pdf(id, Locale.of("nl"))))
                .isInstanceOf(AccessDeniedException.class);
        byte[] pdf = signedIn.as("a-facilitator", () -> reports.pdf(id, Locale.of("nl")));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder all = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            all.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        reader.close();
        String text = squash(all.toString());
        for (String expected : List.of("Verslag: Spelen met gedachten", "dinsdag 24 november 2026",
                "Het plan zoals het liep", "Aanwezigheid", "Annie: Aanwezig", "Annie: Goed, dank je",
                "Niemand belt mij ooit — Generaliseren", "Ik ben saai", "Ik hoor er niet bij",
                "Minder dan 3 antwoorden (2): de verdeling blijft verborgen.", "2 kleine stappen opgeschreven",
                "Heb je nog tips voor elkaar?", "Gerrit: Elkaar bellen", "Bron: Movisie")) {
            assertThat(text).as(expected).contains(squash(expected));
        }
        // the wall is anonymous; the distress text was never shown; small steps are only counted
        assertThat(text).doesNotContain(squash("Annie: Niemand"), squash("niet meer leven"),
                squash("Groenteboer"), squash("Buurman bellen"));
        assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("/Subtype/Image");
    }

    private void goTo(SessionId id, int step) {
        signedIn.as("a-facilitator", () -> live.goToStep(id, step));
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
