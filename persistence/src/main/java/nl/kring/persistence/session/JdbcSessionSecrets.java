package nl.kring.persistence.session;

import java.security.SecureRandom;
import java.util.List;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionSecrets;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JdbcSessionSecrets implements SessionSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;

    JdbcSessionSecrets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public byte[] secretOf(SessionId session) {
        List<byte[]> existing = jdbc.queryForList("select secret from session_secret where session_id = ?",
                byte[].class, session.value());
        if (!existing.isEmpty()) {
            return existing.getFirst();
        }
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        // two nodes asking at once: the first insert wins and both read that one
        jdbc.update("insert into session_secret (session_id, secret) values (?, ?) on conflict do nothing",
                session.value(), fresh);
        return jdbc.queryForObject("select secret from session_secret where session_id = ?", byte[].class,
                session.value());
    }

    @Override
    public void destroy(SessionId session) {
        jdbc.update("delete from session_secret where session_id = ?", session.value());
    }
}
