package nl.kring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.kring.persistence.testing.TestDatabase;
import nl.kring.testing.KringProcess;
import org.junit.jupiter.api.Test;

/** Kring on a PostgreSQL named by KRING_DB_URL: schema only, no demo data; a clear stop when unreachable. */
class ExternalDatabaseIT {

    @Test
    void anUnreachableDatabaseStopsKringWithOneClearMessageAndNoStackTrace() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/kring";
        try (KringProcess kring = KringProcess.start(Files.createTempDirectory("kring-unreachable"),
                Map.of("KRING_DB_URL", url, "KRING_DB_USER", "kring", "KRING_DB_PASSWORD", "secret"))) {
            assertThat(kring.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertThat(kring.output())
                    .contains("Kring cannot reach its database at " + url)
                    .contains("correct KRING_DB_URL")
                    .doesNotContain("\tat org.")
                    .doesNotContain("secret");
        }
    }

    @Test
    void aConfiguredDatabaseGetsTheSchemaButNoDemoData() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        Path workDirectory = Files.createTempDirectory("kring-external");
        try (KringProcess kring = KringProcess.start(workDirectory, Map.of("KRING_DB_URL", database.url(),
                "KRING_DB_USER", database.user(), "KRING_DB_PASSWORD", database.password()))) {
            kring.awaitReady(Duration.ofSeconds(120));
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                    database.password())) {
                assertThat(count(connection, "select count(*) from organisation")).isZero();
                assertThat(count(connection, "select count(*) from staff_account")).isZero();
                assertThat(count(connection, "select count(*) from flyway_schema_history where success")).isPositive();
            }
            assertThat(workDirectory.resolve("data")).doesNotExist();
        }
    }

    @Test
    void anOperatorCreatesTheFirstOrganisationAndCoordinatorOnce() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        Map<String, String> environment = Map.of("KRING_DB_URL", database.url(), "KRING_DB_USER", database.user(),
                "KRING_DB_PASSWORD", database.password(), "KRING_SETUP_ORGANISATION", "Welzijn Noord",
                "KRING_SETUP_COORDINATOR", "beheer", "KRING_SETUP_PASSWORD", "een-lang-eerste-wachtwoord");
        try (KringProcess kring = KringProcess.start(Files.createTempDirectory("kring-setup"), environment)) {
            kring.awaitReady(Duration.ofSeconds(120));
            kring.restart().awaitReady(Duration.ofSeconds(120)); // a second start changes nothing
            try (Connection connection = DriverManager.getConnection(database.url(), database.user(),
                    database.password())) {
                assertThat(count(connection, "select count(*) from organisation where name = 'Welzijn Noord'"))
                        .isEqualTo(1);
                assertThat(count(connection, "select count(*) from staff_account where username = 'beheer'"
                        + " and role = 'COORDINATOR' and must_change_password")).isEqualTo(1);
            }
            assertThat(kring.output()).doesNotContain("een-lang-eerste-wachtwoord");
        }
    }

    /** Issue 22: a first start Kring cannot do stops it with one sentence naming the variable. */
    @Test
    void aWeakSetupPasswordStopsKringWithOneSentenceAndNeverShowsIt() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        try (KringProcess kring = KringProcess.start(Files.createTempDirectory("kring-weak-setup"), Map.of(
                "KRING_DB_URL", database.url(), "KRING_DB_USER", database.user(), "KRING_DB_PASSWORD",
                database.password(), "KRING_SETUP_ORGANISATION", "Welzijn Noord", "KRING_SETUP_PASSWORD", "kort123"))) {
            assertThat(kring.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertThat(kring.output())
                    .contains("Kring cannot create the first organisation: KRING_SETUP_PASSWORD is too weak")
                    .doesNotContain("\tat org.")
                    .doesNotContain("kort123");
        }
    }

    /**
     * Issue 21: with the roles of deploy/postgres-roles.sql, Kring migrates as the owner and runs
     * as a role that cannot change the schema or switch off the audit trail's triggers.
     */
    @Test
    void asTheApplicationRoleKringWorksButCannotChangeTheSchemaOrSilenceTheTrail() throws Exception {
        TestDatabase.Database database = TestDatabase.create();
        String suffix = Long.toHexString(System.nanoTime());
        String owner = "kring_owner_" + suffix;
        String app = "kring_app_" + suffix;
        try (Connection admin = DriverManager.getConnection(database.url(), database.user(), database.password());
             Statement statement = admin.createStatement()) {
            statement.execute(withVariables(Files.readString(Path.of("../deploy/postgres-roles.sql")), Map.of(
                    "owner_role", owner, "owner_password", "eigenaar-" + suffix, "app_role", app,
                    "app_password", "toepassing-" + suffix, "database",
                    database.url().replaceAll(".*/([^/?]+)(\\?.*)?$", "$1"))));
        }
        Path workDirectory = Files.createTempDirectory("kring-roles");
        try (KringProcess kring = KringProcess.start(workDirectory, Map.of("KRING_DB_URL", database.url(),
                "KRING_DB_USER", app, "KRING_DB_PASSWORD", "toepassing-" + suffix,
                "KRING_DB_MIGRATION_USER", owner, "KRING_DB_MIGRATION_PASSWORD", "eigenaar-" + suffix,
                "KRING_DEMO_DATA", "true"))) {
            kring.awaitReady(Duration.ofSeconds(120));
            try (Connection asKring = DriverManager.getConnection(database.url(), app, "toepassing-" + suffix);
                 Statement statement = asKring.createStatement()) {
                // it wrote the demo organisation as the application role
                assertThat(count(asKring, "select count(*) from organisation")).isPositive();
                assertThat(count(asKring, "select count(*) from pg_roles where rolname = current_user and rolsuper"))
                        .isZero();
                // a row in the trail, so that emptying it has something to refuse
                statement.execute("insert into audit_entry (id, organisation_id, staff_name, action, subject)"
                        + " select gen_random_uuid(), id, 'test', 'SIGNED_IN', 'rij' from organisation limit 1");
                for (String refused : List.of("alter table audit_entry disable trigger audit_entry_no_update",
                        "drop trigger audit_entry_no_update on audit_entry", "drop table audit_entry",
                        "create table ingebroken (x int)", "delete from audit_entry")) {
                    assertThatThrownBy(() -> statement.execute(refused)).as(refused).isInstanceOf(SQLException.class);
                }
            }
        }
    }

    /** psql's {@code :"name"} (an identifier) and {@code :'name'} (a literal), as psql -v fills them in. */
    static String withVariables(String sql, Map<String, String> values) {
        String filled = sql.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        for (Map.Entry<String, String> value : values.entrySet()) {
            filled = filled.replace(":\"" + value.getKey() + "\"", "\"" + value.getValue().replace("\"", "\"\"") + "\"")
                    .replace(":'" + value.getKey() + "'", "'" + value.getValue().replace("'", "''") + "'");
        }
        return filled;
    }

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
