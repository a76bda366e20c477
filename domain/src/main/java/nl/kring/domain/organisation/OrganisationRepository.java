package nl.kring.domain.organisation;

import java.util.List;
import java.util.Optional;

/** Port: stores organisations. */
public interface OrganisationRepository {

    Optional<Organisation> findById(OrganisationId id);

    Optional<Organisation> findByName(String name);

    Organisation save(Organisation organisation);

    /** Every organisation of the installation (for jobs that run for each, like retention). */
    List<Organisation> findAll();
}
