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
 * Decides where the database comes from, before any bean exists.
 * <ul>
 *   <li>{@code spring.datasource.url} set (tests, expert configuration): that server.</li>
 *   <li>{@code KRING_DB_URL} set: that server, with {@code KRING_DB_USER} / {@code KRING_DB_PASSWORD}.</li>
 *   <li>neither: the embedded PostgreSQL ({@link EmbeddedDatabaseConfiguration}) with demo data.</li>
 * </ul>
 * An external server is checked right away, so that a wrong URL ends the start with one
 * clear message ({@link DatabaseUnreachableFailureAnalyzer}) instead of a cascade of
 * connection-pool stack traces.
 */
public class DatabaseModeEnvironmentPostProcessor implements EnvironmentPostProcessor {

    private static final String SOURCE_NAME = "kringDatabaseMode";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> properties = new HashMap<>();
        String url = environment.getProperty("spring.datasource.url");
        String user = environment.getProperty("spring.datasource.username");
        String password = environment.getProperty("spring.datasource.password");
        String kringUrl = environment.getProperty("KRING_DB_URL", environment.getProperty("kring.db.url", ""));
        if (isBlank(url) && !isBlank(kringUrl)) {
            url = kringUrl;
            user = environment.getProperty("KRING_DB_USER", environment.getProperty("kring.db.user", "kring"));
            password = environment.getProperty("KRING_DB_PASSWORD", environment.getProperty("kring.db.password", ""));
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
        }
        if (isBlank(url)) {
            properties.put(DatabaseMode.PROPERTY, DatabaseMode.EMBEDDED.name());
        } else {
            properties.put(DatabaseMode.PROPERTY, DatabaseMode.EXTERNAL.name());
            if (environment.getProperty("kring.database.check-on-start", Boolean.class, true)) {
                checkReachable(url, user, password);
            }
        }
        environment.getPropertySources().addFirst(new MapPropertySource(SOURCE_NAME, properties));
    }

    private static void checkReachable(String url, String user, String password) {
        Properties info = new Properties();
        if (user != null) {
            info.setProperty("user", user);
        }
        if (password != null) {
            info.setProperty("password", password);
        }
        info.setProperty("connectTimeout", "10");
        info.setProperty("loginTimeout", "15");
        try (Connection ignored = DriverManager.getConnection(url, info)) {
            // reachable, credentials accepted
        } catch (SQLException e) {
            throw new DatabaseUnreachableException(url, e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
