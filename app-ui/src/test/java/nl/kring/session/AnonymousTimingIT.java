package nl.kring.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import nl.kring.testing.WireRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Timing gives no author away (issue 20): in an anonymous round and a scale question, the
 * shared screen does not change when one person taps — not in its page, not on its wire —
 * only when a batch of three can go at once (or the facilitator shows it). The screen's
 * step part is watched with a MutationObserver from before the first tap; every push frame
 * it receives is recorded with its arrival time.
 */
class AnonymousTimingIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final String[] NAMES = {"Annie", "Gerrit", "Riet", "Henk"};
    /** Notes every change below {@code selector} with the moment it happened (performance.now is per page). */
    private static final String WATCH = """
            selector => {
              window.kringChanges = [];
              const target = document.querySelector(selector);
              new MutationObserver(records => window.kringChanges.push({at: Date.now(), count: records.length}))
                .observe(target, {subtree: true, childList: true, characterData: true, attributes: true});
            }""";

    private static KringInChromium app;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("timing");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void oneTapInAnAnonymousRoundOrOnAScaleChangesNothingTheRoomCanSee() {
        Page console = app.newPage(1280, 900);
        String joinCode = DemoSession.start(console, app.url(""));
        String href = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        Page screen = app.newPage(1920, 1080);
        WireRecorder screenWire = new WireRecorder(screen);
        screen.navigate(app.url("/" + href));
        List<Page> tablets = new ArrayList<>();
        for (String name : NAMES) {
            tablets.add(DemoSession.join(app.newPage(900, 1000), app.url(""), joinCode, name));
        }

        // step 4 of the demo plan: an anonymous question round
        console.locator(".kring-plan-step").nth(3).click();
        for (Page tablet : tablets) {
            assertThat(tablet.getByText("Herken je dit?").first()).isVisible(SOON);
        }
        assertThat(screen.locator(".kring-round-screen")).isVisible(SOON);
        screen.evaluate(WATCH, ".kring-round-screen");

        answer(tablets.get(0), "Anoniem antwoord A");
        assertThat(console.getByText("Er wacht 1 antwoord")).isVisible(SOON);
        answer(tablets.get(1), "Anoniem antwoord B");
        assertThat(console.getByText("Er wachten 2 antwoorden")).isVisible(SOON);
        long beforeTheBatch = System.nanoTime();
        long beforeTheBatchInPage = ((Number) screen.evaluate("() => Date.now()")).longValue();
        // two taps later: nothing on the screen has changed, and nothing with their words has reached it
        assertThat(changesSince(screen, 0)).isZero();
        assertThat(screenWire.frames()).noneMatch(frame -> frame.text().contains("Anoniem antwoord"));

        answer(tablets.get(2), "Anoniem antwoord C");
        for (String text : List.of("Anoniem antwoord A", "Anoniem antwoord B", "Anoniem antwoord C")) {
            assertThat(screen.locator(".kring-round-screen").getByText(text)).isVisible(SOON);
        }
        // the three arrived together: every frame with any of them came after the third tap
        assertThat(screenWire.frames()).filteredOn(frame -> frame.text().contains("Anoniem antwoord"))
                .isNotEmpty().allMatch(frame -> frame.receivedAt() > beforeTheBatch);
        assertThat(changesSince(screen, beforeTheBatchInPage)).isPositive();

        // a fourth waits alone; the facilitator may show it after a warning
        long afterTheBatch = ((Number) screen.evaluate("() => Date.now()")).longValue();
        answer(tablets.get(3), "Anoniem antwoord D");
        assertThat(console.getByText("Er wacht 1 antwoord")).isVisible(SOON);
        assertThat(changesSince(screen, afterTheBatch)).isZero();
        console.locator(".kring-waiting-answers").screenshot(new Locator.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/timing-console-waiting-answer.png")));
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toon ze nu")).click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Toch tonen")).click();
        assertThat(screen.locator(".kring-round-screen").getByText("Anoniem antwoord D")).isVisible(SOON);

        // step 10: the scale question
        console.locator(".kring-plan-step").nth(9).click();
        for (Page tablet : tablets) {
            assertThat(tablet.locator(".kring-scale-buttons").first()).isVisible(SOON);
        }
        assertThat(screen.locator(".kring-scale")).isVisible(SOON);
        screen.evaluate(WATCH, ".kring-scale");
        tap(tablets.get(0), "7");
        assertThat(console.getByText("1 nieuw cijfer").first()).isVisible(SOON);
        tap(tablets.get(1), "5");
        assertThat(console.getByText("2 nieuwe cijfers").first()).isVisible(SOON);
        assertThat(changesSince(screen, 0)).isZero();
        tap(tablets.get(2), "8");
        assertThat(screen.getByText("3 antwoorden · middelste cijfer (mediaan): 7").first()).isVisible(SOON);

        // after the first batch: a new number and a changed one move nothing; a third does
        long batchShown = ((Number) screen.evaluate("() => Date.now()")).longValue();
        tap(tablets.get(3), "2");
        assertThat(console.getByText("1 nieuw cijfer").first()).isVisible(SOON);
        tap(tablets.get(0), "9");
        assertThat(console.getByText("2 nieuwe cijfers").first()).isVisible(SOON);
        assertThat(changesSince(screen, batchShown)).isZero();
        console.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/timing-console-scale-new-numbers.png")));
        screen.screenshot(new Page.ScreenshotOptions()
                .setPath(java.nio.file.Path.of("target/screenshots/timing-screen-scale-batch.png")));
        assertThat(screen.getByText("3 antwoorden · middelste cijfer (mediaan): 7").first()).isVisible();
        tap(tablets.get(1), "6");
        assertThat(screen.getByText("4 antwoorden · middelste cijfer (mediaan): 7").first()).isVisible(SOON);
    }

    /** How many changes the watched part of the page saw after {@code sinceEpochMillis} (the page's clock). */
    @SuppressWarnings("unchecked")
    private static int changesSince(Page page, long sinceEpochMillis) {
        List<Map<String, Object>> changes = (List<Map<String, Object>>) page.evaluate("() => window.kringChanges");
        return (int) changes.stream().filter(c -> ((Number) c.get("at")).longValue() > sinceEpochMillis).count();
    }

    private static void answer(Page tablet, String text) {
        Locator question = tablet.locator(".kring-question").first();
        question.locator("textarea").fill(text);
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
        assertThat(question.locator(".kring-my-answers").getByText(text)).isVisible(SOON);
    }

    private static void tap(Page tablet, String number) {
        tablet.locator(".kring-scale-buttons").first()
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(number).setExact(true)).click();
        assertThat(tablet.getByText("Jij koos " + number + ".").first()).isVisible(SOON);
    }
}
