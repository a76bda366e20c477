package nl.kring.persistence.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import nl.kring.persistence.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests, each caller getting its own throwaway database:
 * <ol>
 *   <li>the server in {@code TEST_JDBC_URL} (with {@code TEST_JDBC_USER} / {@code TEST_JDBC_PASSWORD}) if set;</li>
 *   <li>else a Testcontainers PostgreSQL where a Docker engine answers;</li>
 *   <li>else an embedded PostgreSQL (zonky), started once per test JVM.</li>
 * </ol>
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static Server server;

    /** Where a throwaway database lives. */
    public record Database(String url, String user, String password) {

        /** Points Spring's datasource at this database. */
        public void registerIn(DynamicPropertyRegistry registry) {
            registry.add("spring.datasource.url", this::url);
            registry.add("spring.datasource.username", this::user);
            registry.add("spring.datasource.password", this::password);
        }
    }

    private interface Server {
        /** A JDBC URL for a database on this server. */
        String urlFor(String database);

        String user();

        String password();
    }

    private TestDatabase() {
    }

    /** Creates a new, empty database and returns how to reach it. */
    public static synchronized Database create() {
        Server current = server();
        String name = "kring_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(current.urlFor("postgres"), current.user(),
                current.password()); Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new Database(current.urlFor(name), current.user(), current.password());
    }

    private static Server server() {
        if (server == null) {
            server = startServer();
        }
        return server;
    }

    private static Server startServer() {
        String url = System.getenv("TEST_JDBC_URL");
        if (url != null && !url.isBlank()) {
            log.info("Tests use the PostgreSQL server in TEST_JDBC_URL");
            return external(url, env("TEST_JDBC_USER", "postgres"), env("TEST_JDBC_PASSWORD", ""));
        }
        if (dockerAnswers()) {
            log.info("Tests use a Testcontainers PostgreSQL");
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            return external(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        log.info("No Docker engine: tests use an embedded PostgreSQL");
        try {
            Path directory = Files.createTempDirectory("kring-test-postgres");
            EmbeddedPostgresServer embedded = EmbeddedPostgresServer.start(directory);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (Exception ignored) {
                    // the JVM is going away; the temp directory is left to the OS
                }
            }));
            return new Server() {
                public String urlFor(String database) {
                    return embedded.jdbcUrl(database);
                }

                public String user() {
                    return EmbeddedPostgresServer.USER;
                }

                public String password() {
                    return embedded.password();
                }
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server reached by URL: databases are named by replacing the database in the URL's path. */
    private static Server external(String url, String user, String password) {
        return new Server() {
            public String urlFor(String database) {
                return url.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database);
            }

            public String user() {
                return user;
            }

            public String password() {
                return password;
            }
        };
    }

    private static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
