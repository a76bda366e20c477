package nl.kring.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.PersonName;

/**
 * A tablet in a live session, known by the hash of its rejoin token. It is first without a
 * person, then either a participant from the roster or a newcomer waiting for the
 * facilitator to confirm their name. Releasing a tablet deletes it.
 *
 * @param participantId {@code null} until a name is chosen or confirmed
 * @param newcomerName  the name a newcomer typed, until the facilitator confirms it
 * @param lastSeenAt    refreshed while the tablet's page is open, for "connected now"
 */
public record Tablet(TabletId id, SessionId sessionId, String tokenHash, ParticipantId participantId,
                     PersonName newcomerName, Instant joinedAt, Instant lastSeenAt) {

    public Tablet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    public static Tablet arrived(SessionId sessionId, TabletToken token, Instant now) {
        return new Tablet(TabletId.newId(), sessionId, token.hash(), null, null, now, now);
    }

    public Tablet as(ParticipantId participant) {
        return new Tablet(id, sessionId, tokenHash, participant, null, joinedAt, lastSeenAt);
    }

    public Tablet asNewcomer(PersonName name) {
        return new Tablet(id, sessionId, tokenHash, null, name, joinedAt, lastSeenAt);
    }

    public Optional<ParticipantId> participant() {
        return Optional.ofNullable(participantId);
    }

    public boolean waitsForConfirmation() {
        return participantId == null && newcomerName != null;
    }
}
