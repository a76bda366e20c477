package nl.kring;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kring.persistence.testing.TestDatabase;
import nl.kring.testing.Browsers;
import nl.kring.testing.ComposeFile;
import nl.kring.testing.DemoSession;
import nl.kring.testing.KringProcess;
import org.junit.jupiter.api.Test;

/**
 * The compose contract (issue 22): Docker cannot run here, so the packaged jar gets exactly the
 * environment each Kring service of {@code docker-compose.yml} would get on a fresh
 * {@code docker compose up} — defaults applied, unset variables as compose sets them — with
 * the database roles its init script makes. Only where the database lives differs: the
 * service name {@code postgres} becomes the test's PostgreSQL, and the roles get a suffix
 * because roles belong to the whole server, which other tests share.
 */
class ComposeContractIT {

    private static final LocatorAssertions.IsVisibleOptions SOON = new LocatorAssertions.IsVisibleOptions()
            .setTimeout(15_000);
    private static final Path COMPOSE = Path.of("../docker-compose.yml");
    private static final Pattern PSQL_VARIABLE = Pattern.compile("-v (\\w+)=\"?\\$?(\\w+)\"?");

    @Test
    void aFreshComposeUpStartsThenTheDocumentedFirstSignInWorksAndTwoNodesShareASession() throws Exception {
        ComposeFile compose = ComposeFile.read(COMPOSE);
        // the four values the README has an operator export before any compose command
        Map<String, String> shell = new HashMap<>(Map.of(
                "KRING_DB_ADMIN_PASSWORD", randomHex(), "KRING_DB_OWNER_PASSWORD", randomHex(),
                "KRING_DB_PASSWORD", randomHex(), "KRING_REMEMBER_ME_KEY", randomKey()));
        assertThatThrownBy(() -> compose.environment("kring", Map.of()))
                .as("without the passwords compose refuses to start").hasMessageContaining("set KRING_DB_PASSWORD");

        TestDatabase.Database database = TestDatabase.create();
        String suffix = "_" + Long.toHexString(System.nanoTime());
        createRolesAsTheInitScriptDoes(compose, shell, database, suffix);

        Path work = Files.createTempDirectory("kring-compose");
        // 1. docker compose up -d with nothing else set: Kring starts and creates nothing
        Map<String, String> plain = asHere(compose.environment("kring", shell), database, suffix);
        assertThat(plain).containsEntry("KRING_SETUP_ORGANISATION", "").containsEntry("KRING_SETUP_PASSWORD", "");
        try (KringProcess kring = KringProcess.start(work, plain)) {
            kring.awaitReady(Duration.ofSeconds(120));
            assertThat(count(database, "select count(*) from organisation")).isZero();
            assertThat(kring.output()).doesNotContain("Exception").doesNotContain(shell.get("KRING_DB_PASSWORD"));
        }

        // 2. the README's first start: KRING_SETUP_ORGANISATION and KRING_SETUP_PASSWORD, then the
        //    coordinator signs in with that password and must choose their own
        shell.put("KRING_SETUP_ORGANISATION", "Welzijn Noord");
        shell.put("KRING_SETUP_PASSWORD", "een-lang-wachtwoord");
        try (KringProcess kring = KringProcess.start(work, asHere(compose.environment("kring", shell), database,
                suffix));
             Playwright playwright = Browsers.playwright();
             Browser browser = Browsers.chromium(playwright)) {
            kring.awaitReady(Duration.ofSeconds(120));
            Page page = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            page.navigate(kring.url("/login"));
            page.locator("input[name=username]").fill("coordinator");
            page.locator("input[name=password]").fill("een-lang-wachtwoord");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
            assertThat(page.getByText("Je bent voor het eerst aangemeld.")).isVisible(SOON);
            page.getByLabel("Huidig wachtwoord").fill("een-lang-wachtwoord");
            page.getByLabel("Nieuw wachtwoord").fill("mijn eigen lange zin");
            page.getByLabel("Herhaal het nieuwe wachtwoord").fill("mijn eigen lange zin");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Wachtwoord opslaan")).click();
            assertThat(page.getByText("Je wachtwoord is gewijzigd.")).isVisible(SOON);
            assertThat(kring.output()).doesNotContain("een-lang-wachtwoord");
        }
        assertThat(count(database, "select count(*) from staff_account where username = 'coordinator'"
                + " and not must_change_password")).isEqualTo(1);

        // 3. the README's two-node command, KRING_DEMO_DATA=true with --profile two-nodes, on a new
        //    volume (the demo's "coordinator" would clash with the one just made)
        TestDatabase.Database demo = TestDatabase.create();
        String demoSuffix = suffix + "_demo";
        shell.remove("KRING_SETUP_ORGANISATION");
        shell.remove("KRING_SETUP_PASSWORD");
        shell.put("KRING_DEMO_DATA", "true");
        assertThat(compose.profiles("kring")).isEmpty();
        assertThat(compose.profiles("kring-b")).containsExactly("two-nodes");
        createRolesAsTheInitScriptDoes(compose, shell, demo, demoSuffix);
        Map<String, String> nodeA = asHere(compose.environment("kring", shell), demo, demoSuffix);
        Map<String, String> nodeB = asHere(compose.environment("kring-b", shell), demo, demoSuffix);
        assertThat(nodeB).isEqualTo(nodeA);
        try (KringProcess a = KringProcess.start(Files.createTempDirectory("kring-compose-a"), nodeA).awaitReady(Duration.ofSeconds(120));
             KringProcess b = KringProcess.start(Files.createTempDirectory("kring-compose-b"), nodeB)
                     .awaitReady(Duration.ofSeconds(120));
             Playwright playwright = Browsers.playwright();
             Browser browser = Browsers.chromium(playwright)) {
            Page console = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            String joinCode = DemoSession.start(console, a.url(""));
            Page tablet = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL")).newPage();
            DemoSession.join(tablet, b.url(""), joinCode, "Joke");
            assertThat(tablet.getByText("Welkom bij de kring")).isVisible(SOON);
            console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende")).click();
            assertThat(tablet.getByText("Hoe is het met je?")).isVisible(SOON);
        }
    }

    /**
     * deploy/postgres-init/10-kring-roles.sh as the postgres image runs it on a new volume: its
     * psql variables, filled from the database service's own environment.
     */
    private static void createRolesAsTheInitScriptDoes(ComposeFile compose, Map<String, String> shell,
                                                       TestDatabase.Database database, String suffix)
            throws Exception {
        Map<String, String> postgres = compose.environment("postgres", shell);
        String script = Files.readString(Path.of("../deploy/postgres-init/10-kring-roles.sh"));
        Map<String, String> variables = new LinkedHashMap<>();
        Matcher variable = PSQL_VARIABLE.matcher(script);
        while (variable.find()) {
            String value = variable.group(2);
            variables.put(variable.group(1), postgres.getOrDefault(value, value));
        }
        assertThat(variables).containsKeys("owner_role", "owner_password", "app_role", "app_password", "database");
        variables.put("owner_role", variables.get("owner_role") + suffix);
        variables.put("app_role", variables.get("app_role") + suffix);
        variables.put("database", database.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1"));
        try (Connection admin = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = admin.createStatement()) {
            statement.execute(ExternalDatabaseIT.withVariables(
                    Files.readString(Path.of("../deploy/postgres-roles.sql")), variables));
        }
    }

    /** The service's environment with the database where it lives in this test. */
    private static Map<String, String> asHere(Map<String, String> environment, TestDatabase.Database database,
                                              String suffix) {
        Map<String, String> here = new LinkedHashMap<>(environment);
        assertThat(here.get("KRING_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/kring");
        here.put("KRING_DB_URL", database.url());
        here.put("KRING_DB_USER", here.get("KRING_DB_USER") + suffix);
        here.put("KRING_DB_MIGRATION_USER", here.get("KRING_DB_MIGRATION_USER") + suffix);
        return here;
    }

    private static long count(TestDatabase.Database database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                database.password());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String randomHex() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }
}
