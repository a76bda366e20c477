package nl.kring.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import nl.kring.domain.shared.DatabaseProbe;
import org.springframework.stereotype.Component;

/**
 * Asks the pool for a connection and checks it. While PostgreSQL is down the pool gives up
 * after its connection timeout (3 s), so the answer comes within about that.
 */
@Component
class PostgresDatabaseProbe implements DatabaseProbe {

    private static final int VALID_SECONDS = 2;

    private final DataSource dataSource;

    PostgresDatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(VALID_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
