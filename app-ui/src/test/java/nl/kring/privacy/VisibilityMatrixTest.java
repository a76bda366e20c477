package nl.kring.privacy;

import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.util.Locale;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.SessionReportService;
import nl.kring.session.ui.SessionPlanView;
import nl.kring.smallstep.TabletSmallStepService;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import nl.kring.testing.TestSessions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The visibility matrix of docs/security.md, per role as each person sees it (issue 21): a
 * session's results page and the data behind it. A small step is for its writer and the
 * session's leaders (facilitator, experience expert); a coordinator sees that Annie wrote one,
 * not what it says. An absence reason (often about health) is for those who plan and follow
 * up (facilitator, coordinator); an experience expert sees that Gerrit was absent, not why.
 */
class VisibilityMatrixTest extends KringBrowserlessTestBase {

    private static final String STEP = "Mijn buurvrouw bellen";
    private static final String REASON = "Ziekenhuisafspraak";

    @Autowired
    TestGroups testGroups;
    @Autowired
    TestSessions sessions;
    @Autowired
    LiveSessionService live;
    @Autowired
    TabletSmallStepService smallSteps;
    @Autowired
    SignedIn signedIn;
    @Autowired
    SessionReportService reports;

    private TestSessions.Started ended;

    @BeforeEach
    void anEndedSessionWithASmallStepAndAnAbsenceWithAReason() {
        TestGroups.NewGroup group = testGroups.create("Zicht", true, "Annie", "Gerrit");
        ended = signedIn.as("a-facilitator", () -> sessions.start(group, "Zicht", Instant.now(),
                new SmallStepRound("Welke kleine stap zet jij?")));
        signedIn.anonymous(() -> smallSteps.write(ended.tokens().getFirst(), ended.step(0).id(), STEP));
        signedIn.as("a-facilitator", () -> {
            live.setAttendance(ended.id(), group.people().get(1).id(), AttendanceStatus.ABSENT, REASON);
            live.end(ended.id());
        });
        UI.getCurrent().setLocale(Locale.of("nl"));
    }

    @Test
    @WithUserDetails("a-facilitator")
    void theFacilitatorReadsTheSmallStepAndTheReason() {
        assertThat(resultsPage()).contains("Annie: " + STEP, REASON);
    }

    @Test
    @WithUserDetails("a-expert")
    void theExperienceExpertReadsTheSmallStepNotTheReason() {
        assertThat(resultsPage()).contains("Annie: " + STEP, "Gerrit: Afwezig").doesNotContain(REASON);
        LiveSnapshot data = live.snapshot(ended.id());
        assertThat(data.attendance()).allSatisfy(mark -> assertThat(mark.reason()).isEmpty());
        assertThat(data.smallSteps()).singleElement().satisfies(step -> assertThat(step.text()).isEqualTo(STEP));
    }

    @Test
    @WithUserDetails("a-coordinator")
    void theCoordinatorReadsTheReasonNotTheSmallStep() throws Exception {
        assertThat(resultsPage()).contains(REASON, "Annie schreef een kleine stap. Wat erin staat, zien alleen de"
                + " schrijver en de begeleiders van de bijeenkomst.").doesNotContain(STEP);
        // the session's PDF report, which coordinators download: a count, never the step
        String report = pdfText(reports.pdf(ended.id(), Locale.of("nl")));
        assertThat(report).contains("1 kleine stap opgeschreven").doesNotContain(STEP);
        LiveSnapshot data = live.snapshot(ended.id());
        assertThat(data.smallSteps()).singleElement().satisfies(step -> assertThat(step.text()).doesNotContain("bellen"));
        assertThat(data.alerts()).isEmpty();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", " ");
    }

    private String resultsPage() {
        navigate(SessionPlanView.class, ended.id().toString());
        return text((Component) getCurrentView());
    }
}
