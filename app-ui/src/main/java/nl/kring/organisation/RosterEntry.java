package nl.kring.organisation;

import java.util.Optional;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantStatus;

/**
 * A line of a group's roster as the signed-in person may see it: the private note is
 * present only for coordinators and the group's facilitators.
 */
public record RosterEntry(ParticipantId id, String displayName, Optional<String> privateNote,
                          ParticipantStatus status, long version) {
}
