package nl.kring.benchmark;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.kring.testing.Browsers;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How fast a live session feels with 30 real tablets (headless Chromium, each its own
 * browser context) and the facilitator on one Kring node: from the facilitator's click to
 * the step being in the DOM of every tablet, and from a tablet's "Dit is mijn antwoord" to the answer
 * in the console's DOM. Times are taken inside the browsers (performance.timeOrigin +
 * performance.now(), one clock: all browsers run on this machine).
 * <p>
 * A benchmark, not a test: it asserts nothing about speed and runs only when asked:
 * {@code ./mvnw -B -DskipTests install && ./mvnw -B -pl app-ui failsafe:integration-test
 * -Dit.test=LiveSessionBenchmarkIT -Dkring.benchmark=true}. It writes
 * {@code app-ui/target/benchmark/live-session-30-tablets.md}.
 */
@EnabledIfSystemProperty(named = "kring.benchmark", matches = "true")
class LiveSessionBenchmarkIT {

    private static final int TABLETS = Integer.getInteger("kring.benchmark.tablets", 30);
    private static final int STEP_CHANGES = Integer.getInteger("kring.benchmark.steps", 40);
    private static final String[] ROSTER = {"Annie", "Gerrit", "Riet", "Henk", "Joke", "Wim", "Truus", "Bep"};
    private static final String FIRST_STEP = "Welkom bij de kring";
    private static final String SECOND_STEP = "Hoe is het met je?";

    /** Records when {@code target} first appears inside {@code selector}; page time in epoch millis. */
    private static final String WATCH = """
            ([selector, target]) => {
              window.kringSeenAt = null;
              const check = () => {
                const area = document.querySelector(selector);
                if (window.kringSeenAt === null && area && area.innerText.includes(target)) {
                  window.kringSeenAt = performance.timeOrigin + performance.now();
                  window.kringObserver.disconnect();
                }
              };
              if (window.kringObserver) window.kringObserver.disconnect();
              window.kringObserver = new MutationObserver(check);
              window.kringObserver.observe(document.body, {subtree: true, childList: true, characterData: true});
              check();
            }""";
    private static final String MARK_NEXT_CLICK = """
            () => {
              window.kringClickAt = null;
              document.addEventListener('click',
                () => window.kringClickAt = performance.timeOrigin + performance.now(), {capture: true, once: true});
            }""";

    @Test
    void thirtyTabletsFollowTheFacilitatorAndAnswer() throws Exception {
        try (KringProcess kring = KringProcess.start(Files.createTempDirectory("kring-benchmark"), Map.of())
                .awaitReady(Duration.ofSeconds(120));
             Playwright playwright = Browsers.playwright();
             Browser browser = Browsers.chromium(playwright)) {
            Page console = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                    .setViewportSize(1280, 800)).newPage();
            String code = DemoSession.start(console, kring.url(""));
            List<Page> tablets = new ArrayList<>();
            for (int i = 0; i < TABLETS; i++) {
                Page tablet = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")
                        .setViewportSize(1024, 768)).newPage();
                tablet.navigate(kring.url("/join/" + code));
                tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(ROSTER[i % ROSTER.length])
                        .setExact(true)).click();
                tablet.locator(".kring-tablet-step").getByText(FIRST_STEP).waitFor();
                tablets.add(tablet);
            }

            // fan-out: alternate between the first two steps
            List<Double> everyTablet = new ArrayList<>();
            List<Double> lastTablet = new ArrayList<>();
            for (int change = 0; change < STEP_CHANGES; change++) {
                boolean forward = change % 2 == 0;
                String target = forward ? SECOND_STEP : FIRST_STEP;
                for (Page tablet : tablets) {
                    tablet.evaluate(WATCH, List.of(".kring-tablet-step", target));
                }
                console.evaluate(MARK_NEXT_CLICK);
                console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(forward ? "Volgende" : "Vorige"))
                        .click();
                double clickedAt = number(console, "window.kringClickAt");
                double slowest = 0;
                for (Page tablet : tablets) {
                    double latency = awaitSeen(tablet) - clickedAt;
                    everyTablet.add(latency);
                    slowest = Math.max(slowest, latency);
                }
                lastTablet.add(slowest);
            }

            // answers: each tablet answers once while the round is current; time to the console
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            tablets.forEach(t -> t.locator(".kring-question").first().waitFor());
            List<Double> answerToConsole = new ArrayList<>();
            for (int i = 0; i < tablets.size(); i++) {
                Page tablet = tablets.get(i);
                String answer = "Antwoord nummer " + (1000 + i);
                console.evaluate(WATCH, List.of(".kring-console-step", answer));
                Locator question = tablet.locator(".kring-question").first();
                question.locator("textarea").fill(answer);
                tablet.evaluate(MARK_NEXT_CLICK);
                question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
                double clickedAt = number(tablet, "window.kringClickAt");
                answerToConsole.add(awaitSeen(console) - clickedAt);
            }

            String report = report(lastTablet, everyTablet, answerToConsole);
            Path out = Path.of("target/benchmark/live-session-30-tablets.md");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report);
            System.out.println(report);
        }
    }

    private static double awaitSeen(Page page) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Object seen = page.evaluate("window.kringSeenAt");
            if (seen instanceof Number n) {
                return n.doubleValue();
            }
            page.waitForTimeout(5);
        }
        throw new IllegalStateException("not on screen within 30 s");
    }

    private static double number(Page page, String expression) {
        return ((Number) page.evaluate(expression)).doubleValue();
    }

    private static String report(List<Double> lastTablet, List<Double> everyTablet, List<Double> answers)
            throws IOException {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memoryGb = ((com.sun.management.OperatingSystemMXBean) os).getTotalMemorySize() / (1024L * 1024 * 1024);
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        return """
                # Live session with %d tablets (real Chromium) on one Kring node

                Machine: %s, %d cores, %d GB RAM, %s %s; Kring on its embedded PostgreSQL, -Xmx512m.
                Kring, PostgreSQL and all %d browsers share these cores.
                %s

                | measure | samples | min | median | p95 | p99 | max |
                |---|---|---|---|---|---|---|
                %s
                %s
                %s
                """.formatted(TABLETS, cpu, os.getAvailableProcessors(), memoryGb, System.getProperty("java.vm.name"),
                System.getProperty("java.version"), TABLETS + 1, Instant.now(),
                row("click → step on **every** tablet (ms)", lastTablet),
                row("click → step on one tablet (ms)", everyTablet),
                row("tablet sends an answer → on the console (ms)", answers));
    }

    private static String row(String name, List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f | %.0f |", name, sorted.size(),
                sorted.getFirst(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.getLast());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.clamp(index, 0, sorted.size() - 1));
    }
}
