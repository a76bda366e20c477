package nl.kring.persistence.database;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps {@code KRING_DB_URL} / {@code KRING_DB_USER} / {@code KRING_DB_PASSWORD} onto
 * Spring's datasource (and {@code KRING_DB_MIGRATION_USER} / {@code _PASSWORD} onto Flyway's), and checks right away that the server answers, so that a wrong
 * URL ends the start with one clear message ({@link DatabaseUnreachableFailureAnalyzer})
 * instead of a cascade of connection-pool stack traces.
 * <p>
 * Without any database configured, {@link EmbeddedDatabaseConfiguration} takes over. That
 * decision is a bean condition, not made here, because test frameworks add their
 * datasource properties after environment post-processors have run.
 */
public class ExternalDatabaseEnvironmentPostProcessor implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String kringUrl = environment.getProperty("KRING_DB_URL", "");
        if (kringUrl.isBlank() || environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String user = environment.getProperty("KRING_DB_USER", "kring");
        String password = environment.getProperty("KRING_DB_PASSWORD", "");
        Map<String, Object> datasource = new HashMap<>();
        datasource.put("spring.datasource.url", kringUrl);
        datasource.put("spring.datasource.username", user);
        datasource.put("spring.datasource.password", password);
        // migrations as the schema's owner, the rest as a role that may only read and write rows
        // (deploy/postgres-roles.sql); without it, migrations run as KRING_DB_USER
        String migrationUser = environment.getProperty("KRING_DB_MIGRATION_USER", "");
        if (!migrationUser.isBlank()) {
            datasource.put("spring.flyway.user", migrationUser);
            datasource.put("spring.flyway.password", environment.getProperty("KRING_DB_MIGRATION_PASSWORD", ""));
        }
        environment.getPropertySources().addFirst(new MapPropertySource("kringDatabase", datasource));
        if (environment.getProperty("kring.database.check-on-start", Boolean.class, true)) {
            checkReachable(kringUrl, user, password);
        }
    }

    private static void checkReachable(String url, String user, String password) {
        Properties info = new Properties();
        info.setProperty("user", user);
        info.setProperty("password", password);
        info.setProperty("connectTimeout", "10");
        info.setProperty("loginTimeout", "15");
        try (Connection ignored = DriverManager.getConnection(url, info)) {
            // reachable, credentials accepted
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e);
        }
    }
}
