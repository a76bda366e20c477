package nl.kring.session;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import nl.kring.persistence.testing.TestDatabase;
import nl.kring.testing.Browsers;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringProcess;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Two Kring processes on one PostgreSQL, as behind a sticky proxy: the facilitator on
 * node A, a tablet on node B. What happens on one node reaches the other through
 * PostgreSQL LISTEN/NOTIFY — and when those LISTEN connections are killed, the relays come
 * back by themselves and the tablets catch up on what they missed.
 */
class TwoNodesIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(10_000);

    @Test
    void aStepAdvancedOnOneNodeArrivesOnATabletOfTheOtherAndAnAnswerComesBack() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        Map<String, String> environment = Map.of("KRING_DB_URL", database.url(), "KRING_DB_USER", database.user(),
                "KRING_DB_PASSWORD", database.password(), "KRING_DEMO_DATA", "true");
        try (KringProcess nodeA = KringProcess.start(Files.createTempDirectory("kring-node-a"), environment)
                .awaitReady(Duration.ofSeconds(120));
             KringProcess nodeB = KringProcess.start(Files.createTempDirectory("kring-node-b"), environment)
                     .awaitReady(Duration.ofSeconds(120));
             Playwright playwright = Browsers.playwright();
             Browser browser = Browsers.chromium(playwright)) {

            Page console = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            String joinCode = DemoSession.start(console, nodeA.url(""));

            Page tablet = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            tablet.navigate(nodeB.url("/join/" + joinCode));
            tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Joke").setExact(true)).click();
            assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);
            // joined on B, seen on A's console
            assertThat(console.locator(".kring-participant[data-name='Joke']")
                    .getByText("verbonden", new Locator.GetByTextOptions().setExact(true))).isVisible(SOON);

            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            assertThat(tablet.getByText("Hoe is het met je?")).isVisible(SOON);

            tablet.locator(".kring-question").first().locator("textarea").fill("Goed, vanaf node B");
            tablet.locator(".kring-question").first().getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
            assertThat(console.locator(".kring-answer").filter(new Locator.FilterOptions()
                    .setHasText("Goed, vanaf node B"))).isVisible(SOON);

            // scenario 3 of the fault suite: both nodes' LISTEN connections are killed in the database,
            // and the next step is taken at once, so its notification reaches nobody
            assertThat(terminateRelays(database)).isEqualTo(2);
            long killedAt = System.nanoTime();
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            // node B's relay reconnects, says changes may have been missed, and the tablet catches up
            assertThat(tablet.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
            Awaitility.await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                    .until(() -> relays(database) == 2);
            System.out.println("[reliability] relay: both relays listening again and the tablet caught up "
                    + (System.nanoTime() - killedAt) / 1_000_000 + " ms after they were killed");

            // issue 22: what a Prometheus next to each node scrapes while this session runs
            String metricsA = scrape(nodeA.managementUrl("/actuator/prometheus"));
            String metricsB = scrape(nodeB.managementUrl("/actuator/prometheus"));
            // node A has the console, node B the tablet; each follows the one live session
            assertThat(value(metricsA, "kring_live_sessions")).isEqualTo(1);
            assertThat(value(metricsB, "kring_live_sessions")).isEqualTo(1);
            assertThat(value(metricsB, "kring_live_screens{application=\"kring\",kind=\"tablet\"}")).isEqualTo(1);
            assertThat(value(metricsA, "kring_live_screens{application=\"kring\",kind=\"staff-or-shared\"}"))
                    .isEqualTo(1);
            assertThat(value(metricsB, "kring_live_push_delay_seconds_count")).isPositive();
            // node A's own changes came back through PostgreSQL; both relays were killed once
            assertThat(value(metricsA, "kring_relay_lag_seconds_count")).isPositive();
            assertThat(value(metricsA, "kring_relay_reconnects_total")).isEqualTo(1);
            assertThat(value(metricsB, "kring_relay_reconnects_total")).isEqualTo(1);
            assertThat(metricsA).contains("hikaricp_connections_active", "kring_signin_failures_total",
                    "kring_photo_clean_seconds_count");
            System.out.println("[metrics] node B push delay, node A relay lag (count, sum s): "
                    + value(metricsB, "kring_live_push_delay_seconds_count") + ", "
                    + value(metricsB, "kring_live_push_delay_seconds_sum") + "; "
                    + value(metricsA, "kring_relay_lag_seconds_count") + ", "
                    + value(metricsA, "kring_relay_lag_seconds_sum"));
            // and not on Kring's own port, where everyone else comes in
            HttpResponse<String> publicPort = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(nodeA.url("/actuator/prometheus"))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(publicPort.statusCode()).isNotEqualTo(200);
            assertThat(publicPort.body()).doesNotContain("kring_live");
        }
    }

    private static String scrape(String url) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url).isEqualTo(200);
        return response.body();
    }

    /** The value of a series in Prometheus' text format: {@code name{labels} value}, labels in full or none. */
    private static double value(String metrics, String series) {
        return metrics.lines().filter(line -> !line.startsWith("#"))
                .filter(line -> line.startsWith(series.contains("{") ? series : series + "{")
                        || line.startsWith(series + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    /** Kills both nodes' LISTEN connections in the database; how many were killed. */
    private static int terminateRelays(TestDatabase.Database database) throws SQLException {
        return count(database, "select count(*) filter (where pg_terminate_backend(pid)) " + RELAYS);
    }

    private static int relays(TestDatabase.Database database) throws SQLException {
        return count(database, "select count(*) " + RELAYS);
    }

    private static final String RELAYS = "from pg_stat_activity where application_name = 'kring-change-relay' "
            + "and datname = current_database()";

    private static int count(TestDatabase.Database database, String query) throws SQLException {
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = db.createStatement();
             ResultSet result = statement.executeQuery(query)) {
            result.next();
            return result.getInt(1);
        }
    }
}
