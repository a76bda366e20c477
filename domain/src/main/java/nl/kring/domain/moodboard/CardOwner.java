package nl.kring.domain.moodboard;

import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.shared.InvalidValueException;

/**
 * Whose a card is: a participant (from their tablet) or a member of staff such as the
 * experience expert (from the console). Exactly one of the two ids is set. The first name
 * is kept with the card so the board and its exports can say whose it is.
 */
public record CardOwner(ParticipantId participant, StaffId staff, String firstName) {

    public CardOwner {
        if ((participant == null) == (staff == null)) {
            throw new InvalidValueException("owner", "validation.required");
        }
        firstName = firstName == null || firstName.isBlank() ? "?" : firstName.strip().split("\\s+")[0];
    }

    public static CardOwner participant(ParticipantId id, String name) {
        return new CardOwner(id, null, name);
    }

    public static CardOwner staff(StaffId id, String name) {
        return new CardOwner(null, id, name);
    }

    public boolean isParticipant(ParticipantId id) {
        return participant != null && participant.equals(id);
    }
}
