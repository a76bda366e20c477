package nl.kring.persistence.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import nl.kring.domain.shared.AttemptLog;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed attempts in {@code failed_attempt} (V0013), keys hashed: no address or account name is
 * kept. Each write is its own transaction: a failure counts also when the caller's work is
 * read-only or is rolled back (the refusal itself is often an exception).
 */
@Repository
@Transactional(propagation = Propagation.REQUIRES_NEW)
class JdbcAttemptLog implements AttemptLog {

    private final JdbcTemplate jdbc;

    JdbcAttemptLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public Counts count(String key, Instant minuteAgo, Instant hourAgo) {
        return jdbc.queryForObject("select count(*) filter (where at > ?), count(*) from failed_attempt"
                        + " where key_hash = ? and at > ?",
                (rs, row) -> new Counts(rs.getInt(1), rs.getInt(2)), Timestamp.from(minuteAgo), hash(key),
                Timestamp.from(hourAgo));
    }

    @Override
    public void record(String key, Instant at) {
        jdbc.update("insert into failed_attempt (key_hash, at) values (?, ?)", hash(key), Timestamp.from(at));
    }

    @Override
    public void forgetBefore(Instant before) {
        jdbc.update("delete from failed_attempt where at <= ?", Timestamp.from(before));
    }

    private static String hash(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
