package nl.kring.domain.privacy;

import java.time.Instant;
import java.util.Optional;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.StaffId;

/** Port: collects and erases a participant's personal data, and removes what is past retention. */
public interface PersonalDataStore {

    Optional<PersonalData> collect(ParticipantId participant);

    /** Whether the person is on a tablet in a live session right now. */
    boolean inLiveSession(ParticipantId participant);

    /**
     * Erases a participant: the roster entry, named answers, cards, small steps, scale answers
     * and follow-up notes go; their attendance stays only as anonymous numbers per session.
     *
     * @return false when there was nobody to erase (already erased)
     */
    boolean erase(ParticipantId participant);

    /**
     * Erases a staff account: its group assignments go; what it did stays under
     * {@code formerName} (follow-up actions, mood cards it put on a board). The audit trail keeps
     * its entries, with the name they were made under: it must say who did what.
     *
     * @return false when there was no such account
     */
    boolean eraseStaff(StaffId staff, String formerName);

    /**
     * Removes the contents of the organisation's sessions that ended before {@code contentBefore}
     * (answers, contributions, cards and photos, scale answers, small steps, notes) and erases
     * the people who left before {@code leftBefore}. Sessions and attendance numbers stay.
     */
    RetentionResult removeExpired(OrganisationId organisation, Instant contentBefore, Instant leftBefore);

    /**
     * Takes the installation-wide lock of the retention job for the current transaction, so
     * that with two nodes only one runs it; false when another node holds it.
     */
    boolean lockForRetention();

    /**
     * Deletes pictures for information cards that no plan or saved programme uses any more
     * (uploaded, then the step was changed or removed) and that are older than {@code before}.
     *
     * @return how many were deleted
     */
    int removeUnusedCardImages(Instant before);

    record RetentionResult(int sessionsCleared, int participantsErased) {
    }
}
