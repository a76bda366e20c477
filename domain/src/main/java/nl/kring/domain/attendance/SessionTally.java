package nl.kring.domain.attendance;

import java.time.Instant;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.session.SessionId;

/**
 * The attendance of one session that was held, as numbers (named people and erased people
 * together, so that the figures stay right after an erasure).
 */
public record SessionTally(SessionId session, GroupId group, String title, Instant at, int present, int absent,
                           int excused) {

    public int recorded() {
        return present + absent + excused;
    }
}
