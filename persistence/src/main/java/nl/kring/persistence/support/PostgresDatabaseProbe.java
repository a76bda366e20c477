package nl.kring.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
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
        return DedicatedConnection.open(dataSource, "kring-database-probe", SECONDS, SECONDS * 2);
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
