package nl.kring.persistence.support;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import javax.sql.DataSource;
import nl.kring.domain.shared.DatabaseProbe;
import org.springframework.stereotype.Component;

/**
 * Asks PostgreSQL on a connection of its own, outside the pool: a pool that is busy under
 * load must not look like a database that is gone. The connection is opened again when it
 * broke; opening gives up after 2 s, as does the check.
 */
@Component
class PostgresDatabaseProbe implements DatabaseProbe {

    private static final int SECONDS = 2;

    private final DataSource dataSource;
    private Connection connection;

    PostgresDatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized boolean answers() {
        try {
            if (connection == null || connection.isClosed()) {
                connection = open();
            }
            if (connection.isValid(SECONDS)) {
                return true;
            }
        } catch (SQLException | RuntimeException e) {
            // gone: closed below, opened again at the next check
        }
        closeQuietly();
        return false;
    }

    private Connection open() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource hikari = dataSource.unwrap(HikariDataSource.class);
            Properties properties = new Properties();
            if (hikari.getUsername() != null) {
                properties.setProperty("user", hikari.getUsername());
            }
            if (hikari.getPassword() != null) {
                properties.setProperty("password", hikari.getPassword());
            }
            properties.setProperty("connectTimeout", String.valueOf(SECONDS));
            properties.setProperty("socketTimeout", String.valueOf(SECONDS * 2));
            properties.setProperty("ApplicationName", "kring-database-probe");
            return DriverManager.getConnection(hikari.getJdbcUrl(), properties);
        }
        return dataSource.getConnection();
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // it was broken anyway
            }
            connection = null;
        }
    }
}
