package nl.kring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import nl.kring.testing.Browsers;
import nl.kring.testing.KringProcess;
import nl.kring.testing.RawVaadinClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged jar on its embedded default, as a newcomer starts it: a real PostgreSQL
 * under ./data, demo data, demo logins; driven in headless Chromium.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDefaultIT {

    private static final String DEMO_PASSWORD = "kring-demo";
    private static Path workDirectory;
    private static KringProcess kring;
    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    private Page page;

    @BeforeAll
    static void startKring() throws Exception {
        workDirectory = Files.createTempDirectory("kring-embedded");
        kring = KringProcess.start(workDirectory, Map.of()).awaitReady(Duration.ofSeconds(120));
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    static void stopKring() throws Exception {
        if (playwright != null) {
            playwright.close();
        }
        if (kring != null) {
            kring.close();
        }
    }

    @BeforeEach
    void newBrowserContext() {
        context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL").setViewportSize(1024, 768));
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        context.close();
    }

    @Test
    @Order(1)
    void theEmbeddedDatabaseKeepsItsDataUnderTheWorkingDirectory() {
        assertThat(workDirectory.resolve("data/postgres/PG_VERSION")).exists();
    }

    /** Issue 21: on a laptop shared by volunteers, every login of the machine could read the database. */
    @Test
    @Order(1)
    void theEmbeddedDatabaseAsksAPasswordKeptForItsOwnerOnly() throws Exception {
        String url = kring.embeddedDatabaseUrl();
        for (String wrong : new String[] {"", "postgres", "kring"}) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", wrong).close())
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
        try (Connection db = kring.embeddedDatabase(); Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select count(*) from staff_account")) {
            assertThat(rows.next()).isTrue();
        }
        Path passwordFile = workDirectory.resolve("data/postgres/kring-database-password");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile.getParent())))
                .isEqualTo("rwx------");
        // psql, as someone else on the machine would try it
        Path psql = Path.of("/usr/bin/psql");
        if (Files.isExecutable(psql)) {
            String port = url.replaceAll(".*:(\\d+)/.*", "$1");
            Process attempt = new ProcessBuilder(psql.toString(), "-h", "127.0.0.1", "-p", port, "-U", "postgres",
                    "-d", "kring", "-w", "-c", "select 1").redirectErrorStream(true).start();
            String said = new String(attempt.getInputStream().readAllBytes());
            assertThat(attempt.waitFor()).isNotZero();
            assertThat(said).contains("password");
        }
    }

    @Test
    @Order(2)
    void aFacilitatorSignsInAndSeesTheirOwnGroupsOnly() {
        signIn("gespreksleider");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mijn groepen")))
                .isVisible();
        assertThat(page.getByText("Dinsdagkring De Linde")).isVisible();
        assertThat(page.getByText("Koffie & Praat Oost")).hasCount(0);
    }

    @Test
    @Order(3)
    void anExperienceExpertWhoTypesACoordinatorAddressGetsNothing() {
        signIn("ervaringsdeskundige");
        assertThat(page.getByText("Dinsdagkring De Linde")).isVisible();
        page.navigate(kring.url("/medewerkers"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Deze pagina is er niet")))
                .isVisible();
        assertThat(page.getByText("Carla Coördinator")).hasCount(0);
        assertThat(page.locator("vaadin-grid")).hasCount(0);
    }

    @Test
    @Order(4)
    void theCoordinatorSeesTheDemoOrganisationWithAttendanceOfPastSessions() {
        signIn("coordinator");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Welzijn Demo")))
                .isVisible();
        assertThat(page.getByText("Opkomst per groep")).isVisible();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Koffie & Praat Oost")))
                .hasCount(1);
    }

    @Test
    @Order(5)
    void aWrongPasswordAndAnUnknownAccountGetTheSameDutchMessage() {
        for (String username : new String[] {"gespreksleider", "bestaat-niet"}) {
            page.navigate(kring.url("/login"));
            page.locator("input[name=username]").fill(username);
            page.locator("input[name=password]").fill("niet-het-wachtwoord");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
            page.waitForURL(url -> url.endsWith("/login?error"));
            assertThat(page.getByText("Aanmelden lukt niet")).isVisible();
            assertThat(page.getByText("De gebruikersnaam of het wachtwoord klopt niet. Controleer ze en probeer het "
                    + "opnieuw.")).isVisible();
            assertThat(page.getByText("Exception")).hasCount(0);
        }
    }

    @Test
    @Order(6)
    void theSessionIdChangesAtSignIn() {
        page.navigate(kring.url("/login"));
        assertThat(page.locator("input[name=username]")).isVisible();
        String before = sessionCookie();
        signIn("kees");
        assertThat(page.getByText("Koffie & Praat Oost")).isVisible();
        assertThat(sessionCookie()).isNotEmpty().isNotEqualTo(before);
    }

    /** Fault suite, scenario 11: Vaadin's per-UI keys are checked, so one browser cannot drive another's page. */
    @Test
    @Order(7)
    void aRequestOrPushConnectionWithAnotherBrowsersKeysIsRefused() throws Exception {
        RawVaadinClient mine = RawVaadinClient.open(kring.url(""), "join");
        RawVaadinClient other = RawVaadinClient.open(kring.url(""), "join");
        assertThat(mine.sessionCookie()).isNotEqualTo(other.sessionCookie());
        assertThat(mine.securityKey()).isNotEqualTo(other.securityKey());

        // another browser's key on my session: nothing runs, no change comes back, only an error mark
        String refused = mine.navigate("join", other.securityKey());
        assertThat(refused).doesNotContain("Verder").contains("\"changes\":{}", "appError", "\"syncId\":-1");
        assertThat(kring.output()).contains("Invalid security key");
        // its push id on my session: the connection gets the same refusal and never a change
        String push = mine.firstPushMessage(other.pushId()).get(15, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(push).satisfiesAnyOf(p -> assertThat(p).isEqualTo("closed"),
                p -> assertThat(p).contains("\"changes\":{}", "appError", "\"syncId\":-1"));

        // with my own keys the join page arrives (so the refusals above were the check, not a broken client)
        RawVaadinClient fresh = RawVaadinClient.open(kring.url(""), "join");
        assertThat(fresh.navigate("join", fresh.securityKey())).contains("Verder");
    }

    @Test
    @Order(8)
    void afterARestartTheDataIsStillThereAndNotDuplicated() throws Exception {
        kring.restart().awaitReady(Duration.ofSeconds(120));
        signIn("coordinator");
        page.navigate(kring.url("/groepen"));
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions()
                .setHasText("Dinsdagkring De Linde"))).hasCount(1);
        assertThat(kring.output()).doesNotContain("duplicate key");
    }

    private void signIn(String username) {
        page.navigate(kring.url("/login"));
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill(DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        page.waitForURL(url -> !url.contains("/login"));
    }

    private String sessionCookie() {
        return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value)
                .findFirst().orElse("");
    }

}
