package nl.kring.domain.organisation;

import java.util.Optional;

/** Port: an organisation's logo for its shared screens, a clean JPEG made by Kring (issue 22). */
public interface OrganisationLogos {

    Optional<byte[]> find(OrganisationId organisation);

    boolean exists(OrganisationId organisation);

    void save(OrganisationId organisation, byte[] jpeg);

    void remove(OrganisationId organisation);
}
