package nl.kring.persistence.organisation;

import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.persistence.support.Versions;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaOrganisationRepository implements OrganisationRepository {

    private final OrganisationEntityRepository entities;

    JpaOrganisationRepository(OrganisationEntityRepository entities) {
        this.entities = entities;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> findById(OrganisationId id) {
        return entities.findById(id.value()).map(JpaOrganisationRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Organisation> findByName(String name) {
        return entities.findByNameIgnoreCase(name).map(JpaOrganisationRepository::toDomain);
    }

    @Override
    public Organisation save(Organisation organisation) {
        OrganisationEntity entity = entities.findById(organisation.id().value()).orElseGet(OrganisationEntity::new);
        entity.id = organisation.id().value();
        entity.name = organisation.name();
        entity.retentionMonths = organisation.retentionMonths();
        entity.contentRetentionMonths = organisation.contentRetentionMonths();
        entity.suspended = organisation.suspended();
        entity.platform = organisation.platform();
        entity.language = organisation.language();
        return toDomain(entities.saveAndFlush(entity));
    }

    @Override
    public List<Organisation> findAll() {
        return entities.findAll().stream().map(JpaOrganisationRepository::toDomain).toList();
    }

    private static Organisation toDomain(OrganisationEntity entity) {
        return new Organisation(new OrganisationId(entity.id), entity.name, entity.retentionMonths,
                entity.contentRetentionMonths, entity.suspended, entity.platform, entity.language);
    }
}
