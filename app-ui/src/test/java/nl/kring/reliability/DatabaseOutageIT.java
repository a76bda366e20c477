package nl.kring.reliability;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.kring.persistence.testing.TestDatabase;
import nl.kring.testing.Browsers;
import nl.kring.testing.CuttableProxy;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringProcess;
import org.junit.jupiter.api.Test;

/**
 * Scenario 4 of the fault suite (docs/reliability.md): PostgreSQL goes away for a minute in
 * the middle of a live session. Every screen says so in Dutch within 5 s; an answer sent in
 * that minute is refused with a message and stays in its box; when the database is back,
 * the notice goes by itself, the answer is sent once and the session goes on.
 */
class DatabaseOutageIT {

    private static final Duration OUTAGE = Duration.ofSeconds(60);
    private static final LocatorAssertions.IsVisibleOptions WITHIN_5_S = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(5_000);
    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final String TYPED = "Geschreven terwijl de database weg was";

    @Test
    void whileTheDatabaseIsAwayEveryScreenSaysSoNothingTypedIsLostAndKringRecoversByItself() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        try (CuttableProxy proxy = CuttableProxy.toDatabase(database.url());
             KringProcess kring = KringProcess.start(Files.createTempDirectory("kring-outage"),
                     Map.of("KRING_DB_URL", proxy.jdbcUrl(database.url()), "KRING_DB_USER", database.user(),
                             "KRING_DB_PASSWORD", database.password(), "KRING_DEMO_DATA", "true"))
                     .awaitReady(Duration.ofSeconds(120));
             Playwright playwright = Browsers.playwright();
             Browser browser = Browsers.chromium(playwright)) {
            Page console = device(browser);
            String joinCode = DemoSession.start(console, kring.url(""));
            Page annie = join(device(browser), kring, joinCode, "Annie");
            Page gerrit = join(device(browser), kring, joinCode, "Gerrit");
            Page henk = join(device(browser), kring, joinCode, "Henk");
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            assertThat(annie.getByText("Hoe is het met je?")).isVisible(SOON);

            long cutAt = System.nanoTime();
            proxy.cut();
            for (Page page : List.of(annie, gerrit, console)) {
                assertThat(banner(page)).isVisible(WITHIN_5_S);
            }
            assertThat(banner(annie)).hasText("Kring werkt even niet goed. Wat je typt, blijft staan. "
                    + "Wacht even: dit bericht gaat vanzelf weg als het weer werkt.");

            // Annie sends an answer anyway: a clear refusal, and her words stay in the box
            Locator question = annie.locator(".kring-question").first();
            question.locator("textarea").fill(TYPED);
            question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
            assertThat(annie.getByText("Kring kan de gegevens nu even niet bereiken. Er is niets verloren.",
                    new Page.GetByTextOptions().setExact(false))).isVisible(WITHIN_5_S);
            assertThat(question.locator("textarea")).hasValue(TYPED);
            // the facilitator's click is refused the same way; nobody sees a stack trace
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            assertThat(console.getByText("Kring kan de gegevens nu even niet bereiken. Er is niets verloren.",
                    new Page.GetByTextOptions().setExact(false))).isVisible(WITHIN_5_S);
            // Henk's tablet reloads its page meanwhile: a Dutch error page that tries again by itself
            henk.reload();
            assertThat(henk.getByText("Kring probeert het over een paar tellen zelf opnieuw."))
                    .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
            for (Page page : List.of(annie, gerrit, henk, console)) {
                assertThat(page.locator("body")).not().containsText("Exception");
                assertThat(page.locator("body")).not().containsText("SQL");
            }

            // the database stays away for the rest of the minute (the scenario's length, not a wait for push)
            long left = OUTAGE.toMillis() - (System.nanoTime() - cutAt) / 1_000_000;
            if (left > 0) {
                Thread.sleep(left);
            }
            assertThat(banner(gerrit)).isVisible();
            proxy.restore();
            long restoredAt = System.nanoTime();

            for (Page page : List.of(annie, gerrit, console)) {
                assertThat(banner(page)).isHidden(new LocatorAssertions.IsHiddenOptions().setTimeout(15_000));
            }
            // nobody touched Henk's tablet: it is back on the question by itself
            assertThat(henk.getByText("Hoe is het met je?")).isVisible(new LocatorAssertions.IsVisibleOptions()
                    .setTimeout(20_000));
            System.out.println("[reliability] database back: notices gone after "
                    + (System.nanoTime() - restoredAt) / 1_000_000 + " ms");
            question.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dit is mijn antwoord")).click();
            assertThat(console.locator(".kring-answer").filter(new Locator.FilterOptions().setHasText(TYPED)))
                    .isVisible(SOON);
            assertThat(storedCopies(database, TYPED)).isEqualTo(1);
            // and the session goes on where it was
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            assertThat(gerrit.getByText("De neerwaartse spiraal van eenzaamheid")).isVisible(SOON);
        }
    }

    private static Locator banner(Page page) {
        return page.locator(".kring-database-banner");
    }

    private static Page device(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
    }

    private static Page join(Page tablet, KringProcess kring, String joinCode, String name) {
        DemoSession.join(tablet, kring.url(""), joinCode, name);
        assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);
        return tablet;
    }

    private static int storedCopies(TestDatabase.Database database, String text) throws Exception {
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password());
             PreparedStatement query = db.prepareStatement("select count(*) from answer where text = ?")) {
            query.setString(1, text);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
