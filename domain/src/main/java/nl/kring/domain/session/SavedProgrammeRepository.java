package nl.kring.domain.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;

/** Port: the programmes organisations saved. */
public interface SavedProgrammeRepository {

    /** Stores a new programme, or a changed one under its id. */
    void save(SavedProgramme programme);

    List<SavedProgramme> findByOrganisation(OrganisationId organisation);

    Optional<SavedProgramme> findById(UUID id);

    void delete(UUID id);
}
