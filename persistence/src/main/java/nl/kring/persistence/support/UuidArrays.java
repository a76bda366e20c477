package nl.kring.persistence.support;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;
import java.util.function.Function;

/** Binds a collection of ids as one {@code uuid[]} parameter, for {@code = any(?)}. */
public final class UuidArrays {

    private UuidArrays() {
    }

    public static <T> Array of(Connection connection, Collection<T> ids, Function<T, UUID> value)
            throws SQLException {
        return connection.createArrayOf("uuid", ids.stream().map(value).toArray());
    }
}
