package nl.kring.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 of the fault suite (docs/reliability.md): 20 tablets in a live session on the
 * embedded default are sending answers when Kring is killed with SIGKILL and started again.
 * Every answer a tablet showed as sent is stored exactly once; tablets, console and shared
 * screen come back to the current step by themselves. How long that takes is printed and
 * recorded in docs/reliability.md, not asserted: here 22 browsers and Kring share 2 cores.
 */
class CrashRecoveryIT {

    private static final int TABLETS = 20;
    private static final String QUESTION = "Hoe is het met je?";
    private static final LocatorAssertions.IsVisibleOptions BACK_BY_ITSELF = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(60_000);
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);

    private static KringInChromium app;

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("crash");
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void afterAKillEveryAnswerATabletShowedAsSentIsStoredOnceAndEveryScreenIsBack() throws Exception {
        List<String> names = new ArrayList<>(List.of("Annie", "Bep", "Gerrit", "Henk", "Joke", "Riet", "Truus", "Wim"));
        addToTheDemoRoster(names, TABLETS);
        Page console = app.newPage(1280, 800);
        String joinCode = DemoSession.start(console, app.url(""));
        String screenAddress = console.locator("a", new Page.LocatorOptions().setHasText("Gedeeld scherm openen"))
                .getAttribute("href");
        Page screen = app.newPage(1280, 720);
        screen.navigate(app.url("/" + screenAddress));

        Map<String, Page> tablets = new HashMap<>();
        for (String name : names) {
            Page tablet = DemoSession.join(app.newPage(800, 1000), app.url(""), joinCode, name);
            assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);
            tablets.put(name, tablet);
        }
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();

        // every tablet sends an answer and sees it under "you sent"
        for (var tablet : tablets.entrySet()) {
            assertThat(tablet.getValue().getByText(QUESTION)).isVisible(SOON);
            send(tablet.getValue(), "Eerste antwoord van " + tablet.getKey());
        }
        for (var tablet : tablets.entrySet()) {
            assertThat(sent(tablet.getValue()).getByText("Eerste antwoord van " + tablet.getKey())).isVisible(SOON);
        }
        // a second answer from every tablet, and Kring killed while they are on their way
        for (var tablet : tablets.entrySet()) {
            send(tablet.getValue(), "Tweede antwoord van " + tablet.getKey());
        }
        // every new page notes the moment the question is on it (to measure each screen, not the loop)
        for (Page page : everyScreenOf(tablets, console, screen)) {
            page.addInitScript("new MutationObserver((m, o) => { if (document.body && document.body.innerText.includes('"
                    + QUESTION + "')) { window.kringBackAt = Date.now(); o.disconnect(); } })"
                    + ".observe(document, {subtree: true, childList: true, characterData: true});");
        }
        app.kring().kill();
        List<Page> everyScreen = everyScreenOf(tablets, console, screen);
        everyScreen.forEach(page -> page.evaluate("() => window.kringBeforeCrash = true"));

        app.kring().startAgain().awaitReady(Duration.ofSeconds(120));
        long readyEpoch = System.currentTimeMillis();
        // nobody touches anything: each page loads itself anew and shows the current step
        for (Page page : everyScreen) {
            page.waitForFunction("() => window.kringBeforeCrash === undefined", null,
                    new Page.WaitForFunctionOptions().setTimeout(60_000));
            try {
                // a page load takes ~18 s while 22 of them share two cores with Kring, and a page may
                // load twice (an old request refused with the new session's key): a minute, as for the
                // reload itself; how long it really took is printed below and in docs/reliability.md
                assertThat(page.getByText(QUESTION).first()).isVisible(BACK_BY_ITSELF);
            } catch (AssertionError notBack) {
                throw new AssertionError("not back on the current step: " + page.url() + "\n"
                        + page.locator("body").innerText(), notBack);
            }
        }
        List<Long> back = new ArrayList<>();
        for (Page page : everyScreen) {
            long reload = ((Number) page.evaluate("() => performance.timeOrigin")).longValue() - readyEpoch;
            long shown = ((Number) page.evaluate("() => window.kringBackAt")).longValue() - readyEpoch;
            // when Kring had answered the page (its HTML and its UI), to tell server time from browser time
            Object timeline = page.evaluate("""
                    ready => {
                      const t = e => e ? Math.round(performance.timeOrigin + e.responseEnd - ready) : -1;
                      const all = performance.getEntries();
                      const first = part => all.find(e => e.name.includes(part));
                      const scripts = all.filter(e => e.initiatorType === 'script' || e.name.endsWith('.js'));
                      return 'page ' + t(all.find(e => e.entryType === 'navigation')) + ', scripts '
                        + (scripts.length ? Math.max(...scripts.map(t)) : -1) + ', UI (init) ' + t(first('v-r=init'))
                        + ', first uidl ' + t(first('v-r=uidl'));
                    }""", (double) readyEpoch);
            System.out.println("[reliability] reload began " + reload + " ms; Kring answered: " + timeline
                    + " ms; step shown " + shown + " ms after ready");
            back.add(shown);
        }
        long backMillis = back.stream().mapToLong(Long::longValue).max().orElseThrow();
        System.out.println("[reliability] crash: " + everyScreen.size() + " screens back on the current step "
                + backMillis + " ms after Kring was ready");

        Map<String, Integer> stored = storedAnswers();
        for (var tablet : tablets.entrySet()) {
            String name = tablet.getKey();
            assertThat(stored.get("Eerste antwoord van " + name)).as("the acknowledged answer of " + name)
                    .isEqualTo(1);
            int second = stored.getOrDefault("Tweede antwoord van " + name, 0);
            assertThat(second).as("the answer on its way for " + name).isLessThanOrEqualTo(1);
            // and the tablet tells its person truthfully whether the second one arrived
            assertThat(sent(tablet.getValue()).getByText("Tweede antwoord van " + name)).hasCount(second);
        }
        assertThat(stored.values()).allMatch(count -> count == 1);
    }

    private static List<Page> everyScreenOf(Map<String, Page> tablets, Page console, Page screen) {
        List<Page> every = new ArrayList<>(tablets.values());
        every.add(console);
        every.add(screen);
        return every;
    }

    private static void send(Page tablet, String text) {
        Locator question = tablet.locator(".kring-question").first();
        question.locator("textarea").fill(text);
        question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
    }

    private static Locator sent(Page tablet) {
        return tablet.locator(".kring-my-answers");
    }

    /** Adds made-up people to the demo group, so that 20 tablets each have a name to tap. */
    private static void addToTheDemoRoster(List<String> names, int size) throws SQLException {
        try (Connection db = database(); PreparedStatement insert = db.prepareStatement("""
                insert into participant (id, group_id, display_name, status)
                select gen_random_uuid(), id, ?, 'ACTIVE' from kring_group where name = 'Dinsdagkring De Linde'""")) {
            for (int i = names.size() + 1; i <= size; i++) {
                String name = "Deelnemer " + i;
                insert.setString(1, name);
                insert.executeUpdate();
                names.add(name);
            }
        }
    }

    /** Each answer text in the database with how often it is there. */
    private static Map<String, Integer> storedAnswers() throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection db = database(); PreparedStatement query = db.prepareStatement(
                "select text, count(*) from answer group by text"); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getInt(2));
            }
        }
        return counts;
    }

    private static Connection database() throws SQLException {
        return app.kring().embeddedDatabase();
    }
}
