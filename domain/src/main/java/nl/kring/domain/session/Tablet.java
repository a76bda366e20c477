package nl.kring.domain.session;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.PersonName;

/**
 * A tablet in a live session, known by the hash of its rejoin token. It is first without a
 * person, then a participant from the roster, or a newcomer waiting for the facilitator to
 * confirm their name, or a tablet that asks to be someone whose tablet is connected and waits
 * for the facilitator's OK (docs/adr/0010: a name belongs to one person in the room).
 * Releasing a tablet deletes it; blocking it ("Klopt niet") keeps it, without a person.
 *
 * @param participantId {@code null} until a name is chosen and allowed, or a newcomer confirmed
 * @param newcomerName  the name a newcomer typed, until the facilitator confirms it
 * @param lastSeenAt    refreshed while the tablet's page is open, for "connected now"
 * @param claimedId     the roster person this tablet asks to be while another tablet of that
 *                      person is connected; {@code null} when it asks nothing
 * @param boundAt       when it became its person; {@code null} without one
 * @param confirmedAt   when the facilitator saw the binding (or let its grace period pass): only
 *                      then does the tablet show its person's private history
 * @param blocked       the facilitator said "Klopt niet": this tablet may not take a name again
 */
public record Tablet(TabletId id, SessionId sessionId, String tokenHash, ParticipantId participantId,
                     PersonName newcomerName, Instant joinedAt, Instant lastSeenAt, ParticipantId claimedId,
                     Instant boundAt, Instant confirmedAt, boolean blocked) {

    public Tablet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(joinedAt, "joinedAt");
        Objects.requireNonNull(lastSeenAt, "lastSeenAt");
    }

    public static Tablet arrived(SessionId sessionId, TabletToken token, Instant now) {
        return new Tablet(TabletId.newId(), sessionId, token.hash(), null, null, now, now, null, null, null, false);
    }

    /** It is this person now; their private history waits until the binding is {@link #confirmed}. */
    public Tablet boundTo(ParticipantId participant, Instant now) {
        if (participant.equals(participantId)) {
            return this; // the same name again: nothing changes, a confirmation stays
        }
        return new Tablet(id, sessionId, tokenHash, participant, null, joinedAt, lastSeenAt, null, now, null, false);
    }

    /** The facilitator saw (or let pass) this binding: the person's own history may show. */
    public Tablet confirmed(Instant now) {
        return participantId == null || confirmedAt != null ? this
                : new Tablet(id, sessionId, tokenHash, participantId, null, joinedAt, lastSeenAt, null, boundAt, now,
                        false);
    }

    /** Asks to be someone whose tablet is connected: waits for the facilitator's OK, without a person. */
    public Tablet claiming(ParticipantId participant) {
        return new Tablet(id, sessionId, tokenHash, null, null, joinedAt, lastSeenAt, participant, null, null, false);
    }

    public Tablet asNewcomer(PersonName name) {
        return new Tablet(id, sessionId, tokenHash, null, name, joinedAt, lastSeenAt, null, null, null, false);
    }

    /** "Klopt niet": no person, no name asked, and no new name for this tablet in this session. */
    public Tablet blockedNow() {
        return new Tablet(id, sessionId, tokenHash, null, null, joinedAt, lastSeenAt, null, null, null, true);
    }

    public Optional<ParticipantId> participant() {
        return Optional.ofNullable(participantId);
    }

    public boolean waitsForConfirmation() {
        return participantId == null && newcomerName != null;
    }

    public boolean claims() {
        return claimedId != null;
    }

    /** Whether this tablet may show its person's private history (earlier steps, own scale line). */
    public boolean showsHistory() {
        return participantId != null && confirmedAt != null;
    }
}
