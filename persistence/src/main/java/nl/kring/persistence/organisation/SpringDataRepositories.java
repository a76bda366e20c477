package nl.kring.persistence.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationEntityRepository extends JpaRepository<OrganisationEntity, UUID> {
    Optional<OrganisationEntity> findByNameIgnoreCase(String name);
}

interface StaffAccountEntityRepository extends JpaRepository<StaffAccountEntity, UUID> {
    Optional<StaffAccountEntity> findByUsername(String username);

    boolean existsByUsername(String username);

    List<StaffAccountEntity> findByOrganisationIdOrderByNameAsc(UUID organisationId);
}

interface GroupEntityRepository extends JpaRepository<GroupEntity, UUID> {
    List<GroupEntity> findByOrganisationIdOrderByNameAsc(UUID organisationId);

    @Query("select distinct g from GroupEntity g join g.staff s where s.staffId = :staffId order by g.name")
    List<GroupEntity> findByAssignedStaff(UUID staffId);

    @Query("select count(g) > 0 from GroupEntity g where g.organisationId = :organisationId"
            + " and lower(g.name) = lower(:name) and g.id <> :except")
    boolean existsByNameExcept(UUID organisationId, String name, UUID except);
}

interface ParticipantEntityRepository extends JpaRepository<ParticipantEntity, UUID> {
    List<ParticipantEntity> findByGroupIdOrderByDisplayNameAsc(UUID groupId);

    /** Rows of (group id, number of active participants). */
    @Query("select p.groupId, count(p) from ParticipantEntity p where p.groupId in :groupIds"
            + " and p.status = nl.kring.domain.organisation.ParticipantStatus.ACTIVE group by p.groupId")
    List<Object[]> countActiveByGroup(Collection<UUID> groupIds);
}
