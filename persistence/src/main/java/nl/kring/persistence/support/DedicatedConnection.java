package nl.kring.persistence.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A connection of its own, outside the pool, to the pool's database: for work that must
 * neither starve the application nor be starved by it (the change relay's LISTEN, the
 * database probe). Named in {@code pg_stat_activity} by {@code applicationName}.
 */
public final class DedicatedConnection {

    private DedicatedConnection() {
    }

    public static Connection open(DataSource dataSource, String applicationName, int connectTimeoutSeconds,
                                  int socketTimeoutSeconds) throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("connectTimeout", String.valueOf(connectTimeoutSeconds));
            properties.setProperty("socketTimeout", String.valueOf(socketTimeoutSeconds));
            properties.setProperty("ApplicationName", applicationName);
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        // another pool: borrow one connection for as long as it is needed
        return dataSource.getConnection();
    }
}
