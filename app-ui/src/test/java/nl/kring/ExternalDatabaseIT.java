package nl.kring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
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

    private static long count(Connection connection, String sql) throws Exception {
        try (ResultSet result = connection.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
