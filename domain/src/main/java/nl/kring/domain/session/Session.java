package nl.kring.domain.session;

import java.time.Instant;
import java.util.Objects;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.shared.Texts;

/**
 * A meeting of a group. This is the part of a session that the foundation needs (its
 * place in time and its lifecycle); plans and live state are added by the session engine.
 */
public record Session(SessionId id, GroupId groupId, String title, Instant scheduledAt, SessionStatus status,
                      long version) {

    public static final int MAX_TITLE_LENGTH = 120;

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        title = Texts.requireLine("title", title, MAX_TITLE_LENGTH);
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(status, "status");
    }

    public static Session plan(GroupId groupId, String title, Instant scheduledAt) {
        return new Session(SessionId.newId(), groupId, title, scheduledAt, SessionStatus.PLANNED, 0);
    }

    public Session ended() {
        return new Session(id, groupId, title, scheduledAt, SessionStatus.ENDED, version);
    }
}
