package nl.kring.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Port: stores staff accounts. Usernames are unique across all organisations. */
public interface StaffAccountRepository {

    Optional<StaffAccount> findById(StaffId id);

    Optional<StaffAccount> findByUsername(Username username);

    /** All accounts of one organisation, sorted by name. */
    List<StaffAccount> findByOrganisation(OrganisationId organisationId);

    boolean existsByUsername(Username username);

    /** Saves and returns the stored account (with its new version). */
    StaffAccount save(StaffAccount account);
}
