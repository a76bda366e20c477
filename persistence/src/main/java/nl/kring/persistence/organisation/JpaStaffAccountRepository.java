package nl.kring.persistence.organisation;

import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.organisation.Username;
import nl.kring.persistence.support.Versions;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaStaffAccountRepository implements StaffAccountRepository {

    private final StaffAccountEntityRepository entities;

    JpaStaffAccountRepository(StaffAccountEntityRepository entities) {
        this.entities = entities;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffAccount> findById(StaffId id) {
        return entities.findById(id.value()).map(JpaStaffAccountRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffAccount> findByUsername(Username username) {
        return entities.findByUsername(username.value()).map(JpaStaffAccountRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffAccount> findByOrganisation(OrganisationId organisationId) {
        return entities.findByOrganisationIdOrderByNameAsc(organisationId.value()).stream()
                .map(JpaStaffAccountRepository::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean existsByUsername(Username username) {
        return entities.existsByUsername(username.value());
    }

    @Override
    public StaffAccount save(StaffAccount account) {
        StaffAccountEntity entity = entities.findById(account.id().value()).orElseGet(StaffAccountEntity::new);
        Versions.requireUnchanged("staff account", entity.version, account.version());
        entity.id = account.id().value();
        entity.organisationId = account.organisationId().value();
        entity.username = account.username().value();
        entity.name = account.name().value();
        entity.role = account.role();
        entity.passwordHash = account.passwordHash();
        entity.mustChangePassword = account.mustChangePassword();
        entity.active = account.active();
        entity.language = account.language();
        return toDomain(entities.saveAndFlush(entity));
    }

    private static StaffAccount toDomain(StaffAccountEntity entity) {
        return new StaffAccount(new StaffId(entity.id), new OrganisationId(entity.organisationId),
                new Username(entity.username), new PersonName(entity.name), entity.role, entity.passwordHash,
                entity.mustChangePassword, entity.active, entity.language, Versions.of(entity.version));
    }
}
