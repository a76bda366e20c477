package nl.kring.domain.organisation;

import java.util.Objects;
import nl.kring.domain.shared.Texts;

/**
 * A person on a group's roster. Participants have no account and no e-mail address: a
 * display name (first name or nickname) is all Kring needs.
 *
 * @param privateNote a note for the facilitators only (never shown to experience experts
 *                    or on any participant screen)
 */
public record Participant(
        ParticipantId id,
        GroupId groupId,
        PersonName displayName,
        String privateNote,
        ParticipantStatus status,
        long version) {

    public static final int MAX_NOTE_LENGTH = 1000;

    public Participant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(displayName, "displayName");
        privateNote = Texts.optionalText("privateNote", privateNote, MAX_NOTE_LENGTH);
        Objects.requireNonNull(status, "status");
    }

    public static Participant join(GroupId groupId, PersonName displayName) {
        return new Participant(ParticipantId.newId(), groupId, displayName, "", ParticipantStatus.ACTIVE, 0);
    }

    public Participant withDisplayName(PersonName newName) {
        return new Participant(id, groupId, newName, privateNote, status, version);
    }

    public Participant withPrivateNote(String newNote) {
        return new Participant(id, groupId, displayName, newNote, status, version);
    }

    public Participant withStatus(ParticipantStatus newStatus) {
        return new Participant(id, groupId, displayName, privateNote, newStatus, version);
    }

    public boolean isActive() {
        return status == ParticipantStatus.ACTIVE;
    }
}
