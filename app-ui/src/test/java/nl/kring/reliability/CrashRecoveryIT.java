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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringInChromium;
import nl.kring.testing.ProtocolTablet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scenario 1 of the fault suite (docs/reliability.md): 20 tablets in a live session on the
 * embedded default are sending answers when Kring is killed with SIGKILL and started again.
 * Every answer a tablet showed as sent is stored exactly once; tablets, console and shared
 * screen come back to the current step by themselves.
 * <p>
 * Three tablets, the console and the shared screen are Chromium; seventeen tablets speak
 * Vaadin's protocol ({@link ProtocolTablet}) — on two cores, twenty Chromium renderers starve
 * the very server whose return is measured (docs/reliability.md has both figures). How long the
 * return takes is printed and recorded there, not asserted (speed belongs in benchmarks).
 */
class CrashRecoveryIT {

    private static final int TABLETS = 20;
    /** Tablets in Chromium; the rest speak the protocol. {@code -Dkring.crash.chromium-tablets=20}: all in Chromium. */
    private static final int IN_CHROMIUM = Integer.getInteger("kring.crash.chromium-tablets", 3);
    private static final String QUESTION = "Hoe is het met je?";
    private static final Duration BACK_BY_ITSELF = Duration.ofSeconds(60);
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);

    private static KringInChromium app;
    /** The protocol tablets' answers and their ways back run side by side. */
    private static final ExecutorService THREADS = Executors.newVirtualThreadPerTaskExecutor();

    @BeforeAll
    static void startKring() throws Exception {
        app = KringInChromium.start("crash");
    }

    @AfterAll
    static void stopKring() throws Exception {
        THREADS.shutdownNow();
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

        Map<String, Page> browsers = new HashMap<>();
        for (String name : names.subList(0, IN_CHROMIUM)) {
            Page tablet = DemoSession.join(app.newPage(800, 1000), app.url(""), joinCode, name);
            assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);
            browsers.put(name, tablet);
        }
        Map<String, ProtocolTablet> simulated = new HashMap<>();
        for (String name : names.subList(IN_CHROMIUM, TABLETS)) {
            ProtocolTablet tablet = ProtocolTablet.join(app.url(""), joinCode, name);
            tablet.awaitShown("Welkom bij de kring", Duration.ofSeconds(15));
            simulated.put(name, tablet);
        }
        try {
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            sendTheFirstAnswers(browsers, simulated);
            CrashMoment crash = killWhileAnswersAreOnTheirWay(browsers, simulated, console, screen);

            app.kring().startAgain().awaitReady(Duration.ofSeconds(120));
            long readyEpoch = System.currentTimeMillis();
            // nobody touches anything: each page loads itself anew and shows the current step
            List<Long> back = new ArrayList<>();
            for (var tablet : crash.comingBack().entrySet()) {
                back.add(tablet.getValue().get() - readyEpoch);
            }
            System.out.println("[reliability] " + simulated.size() + " protocol tablets back on the current step "
                    + back + " ms after Kring was ready");
            for (Page page : crash.chromiumScreens()) {
                back.add(backInChromium(page, readyEpoch));
            }
            long backMillis = back.stream().mapToLong(Long::longValue).max().orElseThrow();
            System.out.println("[reliability] crash: " + back.size() + " screens (" + crash.chromiumScreens().size()
                    + " in Chromium) back on the current step " + backMillis + " ms after Kring was ready");

            Map<String, Integer> stored = storedAnswers();
            int acknowledged = crash.acknowledged().values().stream().mapToInt(List::size).sum();
            int sent = crash.sent().values().stream().mapToInt(List::size).sum();
            System.out.println("[reliability] protocol tablets: " + sent + " answers sent, " + acknowledged
                    + " listed as sent before the kill, " + crash.sent().values().stream().flatMap(List::stream)
                    .filter(stored::containsKey).count() + " stored");
            for (String name : names) {
                assertThat(stored.get("Eerste antwoord van " + name)).as("the acknowledged answer of " + name)
                        .isEqualTo(1);
            }
            for (var tablet : browsers.entrySet()) {
                String name = tablet.getKey();
                int second = stored.getOrDefault("Tweede antwoord van " + name, 0);
                // the tablet tells its person truthfully whether the answer on its way arrived
                assertThat(sent(tablet.getValue()).getByText("Tweede antwoord van " + name)).hasCount(second);
            }
            for (var tablet : simulated.entrySet()) {
                String name = tablet.getKey();
                for (String answer : crash.acknowledged().get(name)) {
                    assertThat(stored.get(answer)).as(name + "'s tablet listed \"" + answer + "\" as sent")
                            .isEqualTo(1);
                }
                List<String> shownAfter = tablet.getValue().texts();
                for (String answer : crash.sent().get(name)) {
                    assertThat(shownAfter.contains(answer)).as(name + "'s tablet after the crash lists \"" + answer
                            + "\" as sent exactly when it is stored").isEqualTo(stored.containsKey(answer));
                }
            }
            assertThat(stored.values()).allMatch(count -> count == 1);
        } finally {
            simulated.values().forEach(ProtocolTablet::close);
        }
    }

    /** What was on its way when Kring died, and the protocol tablets' own ways back. */
    private record CrashMoment(Map<String, List<String>> sent, Map<String, List<String>> acknowledged,
            List<Page> chromiumScreens, Map<String, Future<Long>> comingBack) {
    }

    /** Every tablet sends an answer and waits until it is listed under "Dit heb jij geschreven". */
    private static void sendTheFirstAnswers(Map<String, Page> browsers, Map<String, ProtocolTablet> simulated)
            throws Exception {
        for (var tablet : browsers.entrySet()) {
            assertThat(tablet.getValue().getByText(QUESTION)).isVisible(SOON);
            send(tablet.getValue(), "Eerste antwoord van " + tablet.getKey());
        }
        for (var tablet : simulated.entrySet()) {
            tablet.getValue().awaitShown(QUESTION, Duration.ofSeconds(15));
            tablet.getValue().answer("Eerste antwoord van " + tablet.getKey());
        }
        for (var tablet : browsers.entrySet()) {
            assertThat(sent(tablet.getValue()).getByText("Eerste antwoord van " + tablet.getKey())).isVisible(SOON);
        }
        for (var tablet : simulated.entrySet()) {
            tablet.getValue().awaitShown("Eerste antwoord van " + tablet.getKey(), Duration.ofSeconds(15));
        }
    }

    /**
     * Kring killed while answers are on their way: the protocol tablets keep answering (one
     * every quarter second each, "Antwoord 1 van Henk", …) and the Chromium tablets send a
     * second answer; the kill comes once every protocol tablet has had two more answers listed
     * as sent. The protocol tablets then start their way back at once (every 2 s, as browsers do).
     */
    private static CrashMoment killWhileAnswersAreOnTheirWay(Map<String, Page> browsers,
            Map<String, ProtocolTablet> simulated, Page console, Page screen) throws Exception {
        Map<String, List<String>> sentBy = new ConcurrentHashMap<>();
        List<Future<?>> sending = new ArrayList<>();
        for (var tablet : simulated.entrySet()) {
            List<String> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
            sentBy.put(tablet.getKey(), sent);
            sending.add(THREADS.submit(() -> {
                for (int i = 1; ; i++) {
                    String answer = "Antwoord " + i + " van " + tablet.getKey();
                    sent.add(answer);
                    tablet.getValue().answer(answer); // until Kring is gone and this throws
                    Thread.sleep(250); // a quarter second between answers: busy, not a flood
                }
            }));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        for (var tablet : simulated.entrySet()) {
            while (!tablet.getValue().texts().contains("Antwoord 2 van " + tablet.getKey())) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError(tablet.getKey() + " could not send two answers: " + tablet.getValue().texts());
                }
                Thread.sleep(20);
            }
        }
        for (var tablet : browsers.entrySet()) {
            send(tablet.getValue(), "Tweede antwoord van " + tablet.getKey());
        }
        List<Page> chromiumScreens = new ArrayList<>(browsers.values());
        chromiumScreens.add(console);
        chromiumScreens.add(screen);
        // every new page notes the moment the question is on it (to measure each screen, not the loop)
        for (Page page : chromiumScreens) {
            page.addInitScript("new MutationObserver((m, o) => { if (document.body && document.body.innerText.includes('"
                    + QUESTION + "')) { window.kringBackAt = Date.now(); o.disconnect(); } })"
                    + ".observe(document, {subtree: true, childList: true, characterData: true});");
        }
        app.kring().kill();
        // what each tablet listed as sent when Kring died: nothing can arrive from a dead process
        Map<String, List<String>> acknowledged = new HashMap<>();
        for (var tablet : simulated.entrySet()) {
            List<String> shown = tablet.getValue().texts();
            acknowledged.put(tablet.getKey(), sentBy.get(tablet.getKey()).stream().filter(shown::contains).toList());
        }
        for (Future<?> send : sending) {
            try {
                send.get();
            } catch (ExecutionException lostWithKring) {
                // expected: every tablet's loop ends with the request Kring did not answer
            }
        }
        chromiumScreens.forEach(page -> page.evaluate("() => window.kringBeforeCrash = true"));
        Map<String, Future<Long>> comingBack = new HashMap<>();
        for (var tablet : simulated.entrySet()) {
            comingBack.put(tablet.getKey(), THREADS.submit(() -> tablet.getValue().comeBackShowing(QUESTION,
                    BACK_BY_ITSELF.plusSeconds(120))));
        }
        return new CrashMoment(sentBy, acknowledged, chromiumScreens, comingBack);
    }

    /** Waits for a Chromium page to reload itself and show the step; when it did, after ready. */
    private static long backInChromium(Page page, long readyEpoch) {
        page.waitForFunction("() => window.kringBeforeCrash === undefined", null,
                new Page.WaitForFunctionOptions().setTimeout(BACK_BY_ITSELF.toMillis()));
        try {
            // a page may load twice (an old request refused with the new session's key): a minute
            assertThat(page.getByText(QUESTION).first())
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(BACK_BY_ITSELF.toMillis()));
        } catch (AssertionError notBack) {
            throw new AssertionError("not back on the current step: " + page.url() + "\n"
                    + page.locator("body").innerText(), notBack);
        }
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
        System.out.println("[reliability] " + page.url() + ": reload began " + reload + " ms; Kring answered: "
                + timeline + " ms; step shown " + shown + " ms after ready");
        return shown;
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
