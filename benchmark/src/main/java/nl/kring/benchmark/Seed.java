package nl.kring.benchmark;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.TabletToken;
import org.springframework.security.crypto.bcrypt.BCrypt;

/**
 * Puts live sessions straight into the database, as Kring itself stores them: an
 * organisation, one facilitator, and per session a group of {@value #PER_SESSION}
 * participants, a live session at its first step (a card, then a question round) and one
 * tablet per participant (its token kept here, its hash in the database). Joining through
 * the name buttons is not what is measured; following the session is.
 */
final class Seed {

    static final int PER_SESSION = 30;
    static final String FACILITATOR = "bench-facilitator";
    static final String PASSWORD = "bench-password-123";
    static final String CARD = "Welkom bij de benchmark";
    static final String QUESTION = "Hoe is het met je vandaag?";

    record SeededSession(UUID id, String screenToken, List<TabletToken> tablets) {
    }

    static List<SeededSession> sessions(String url, String user, String password, int count) throws SQLException {
        SecureRandom random = new SecureRandom();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            UUID organisation = UUID.randomUUID();
            insert(db, "insert into organisation (id, name) values (?, ?)", organisation,
                    "Benchmark " + organisation.toString().substring(0, 8));
            UUID facilitator = UUID.randomUUID();
            try (PreparedStatement s = db.prepareStatement("delete from staff_account where username = ?")) {
                s.setString(1, FACILITATOR);
                s.executeUpdate();
            } catch (SQLException inUse) {
                throw new IllegalStateException("use an empty database for the benchmark", inUse);
            }
            insert(db, "insert into staff_account (id, organisation_id, username, name, role, password_hash,"
                            + " must_change_password, active, language) values (?, ?, ?, ?, 'FACILITATOR', ?, false, true,"
                            + " 'DUTCH')", facilitator, organisation, FACILITATOR, "Benchmark Gespreksleider",
                    "{bcrypt}" + BCrypt.hashpw(PASSWORD, BCrypt.gensalt()));
            List<SeededSession> sessions = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                UUID group = UUID.randomUUID();
                insert(db, "insert into kring_group (id, organisation_id, name) values (?, ?, ?)", group, organisation,
                        "Groep " + i);
                insert(db, "insert into group_staff (group_id, staff_id, role) values (?, ?, 'FACILITATOR')", group,
                        facilitator);
                UUID session = UUID.randomUUID();
                String screenToken = token(random);
                insert(db, "insert into kring_session (id, group_id, title, scheduled_at, status, join_code,"
                                + " screen_token, current_step, join_code_shown, started_at) values (?, ?, ?, now(),"
                                + " 'LIVE', ?, ?, 0, false, now())", session, group, "Benchmark " + i,
                        JoinCode.random(random).value(), screenToken);
                insert(db, "insert into session_step (id, session_id, position, activity_type, settings) values"
                                + " (?, ?, 0, 'INFORMATION_CARD', ?)", UUID.randomUUID(), session,
                        "{\"title\":\"" + CARD + "\",\"text\":\"\",\"image\":null}");
                insert(db, "insert into session_step (id, session_id, position, activity_type, settings) values"
                                + " (?, ?, 1, 'QUESTION_ROUND', ?)", UUID.randomUUID(), session,
                        "{\"questions\":[\"" + QUESTION + "\"],\"visibility\":\"NAMED\"}");
                List<TabletToken> tokens = new ArrayList<>();
                for (int p = 0; p < PER_SESSION; p++) {
                    UUID participant = UUID.randomUUID();
                    insert(db, "insert into participant (id, group_id, display_name, status) values (?, ?, ?, 'ACTIVE')",
                            participant, group, "Deelnemer " + (p + 1));
                    TabletToken token = TabletToken.random();
                    insert(db, "insert into tablet (id, session_id, token_hash, participant_id, joined_at,"
                                    + " last_seen_at) values (?, ?, ?, ?, now(), now())", UUID.randomUUID(), session,
                            token.hash(), participant);
                    tokens.add(token);
                }
                sessions.add(new SeededSession(session, screenToken, tokens));
            }
            db.commit();
            return sessions;
        }
    }

    private static String token(SecureRandom random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void insert(Connection db, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
