package nl.kring.domain.attendance;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * What someone did to follow a participant up: called, visited, or a note; and on which day.
 *
 * @param by     the staff member's account; {@code null} once that account was erased
 * @param byName their name as it was, or "Oud-medewerker" after the erasure
 */
public record FollowUpAction(UUID id, ParticipantId participant, Kind kind, String note, LocalDate doneOn,
                             StaffId by, String byName) {

    public static final int MAX_NOTE_LENGTH = 500;

    public enum Kind { CALLED, VISITED, NOTE }

    public FollowUpAction {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(doneOn, "doneOn");
        note = Texts.optionalText("note", note, MAX_NOTE_LENGTH);
        if (kind == Kind.NOTE && note.isEmpty()) {
            throw new InvalidValueException("note", "validation.follow-up-note-required");
        }
    }

    public static FollowUpAction record(ParticipantId participant, Kind kind, String note, LocalDate doneOn,
                                        StaffId by, String byName) {
        return new FollowUpAction(UUID.randomUUID(), participant, kind, note, doneOn, by, byName);
    }
}
