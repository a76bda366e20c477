package nl.kring.domain.session;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;

/** Port: the programmes organisations saved. */
public interface SavedProgrammeRepository {

    void save(SavedProgramme programme);

    List<SavedProgramme> findByOrganisation(OrganisationId organisation);

    Optional<SavedProgramme> findById(UUID id);

    void delete(UUID id);
}
