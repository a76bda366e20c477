package nl.kring.persistence.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupName;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffId;
import nl.kring.persistence.support.Versions;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaGroupRepository implements GroupRepository {

    private final GroupEntityRepository entities;

    JpaGroupRepository(GroupEntityRepository entities) {
        this.entities = entities;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Group> findById(GroupId id) {
        return entities.findById(id.value()).map(JpaGroupRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> findByOrganisation(OrganisationId organisationId) {
        return entities.findByOrganisationIdOrderByNameAsc(organisationId.value()).stream()
                .map(JpaGroupRepository::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Group> findByAssignedStaff(StaffId staffId) {
        return entities.findByAssignedStaff(staffId.value()).stream().map(JpaGroupRepository::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean existsByName(OrganisationId organisationId, GroupName name, GroupId except) {
        return entities.existsByNameExcept(organisationId.value(), name.value(), except.value());
    }

    @Override
    public Group save(Group group) {
        GroupEntity entity = entities.findById(group.id().value()).orElseGet(GroupEntity::new);
        Versions.requireUnchanged("group", entity.version, group.version());
        entity.id = group.id().value();
        entity.organisationId = group.organisationId().value();
        entity.name = group.name().value();
        entity.description = group.description();
        entity.archived = group.archived();
        Set<GroupStaffEmbeddable> staff = new HashSet<>();
        group.facilitators().forEach(id -> staff.add(new GroupStaffEmbeddable(id.value(), Role.FACILITATOR)));
        group.experienceExperts().forEach(id -> staff.add(new GroupStaffEmbeddable(id.value(), Role.EXPERIENCE_EXPERT)));
        entity.staff.retainAll(staff);
        entity.staff.addAll(staff);
        return toDomain(entities.saveAndFlush(entity));
    }

    private static Group toDomain(GroupEntity entity) {
        return new Group(new GroupId(entity.id), new OrganisationId(entity.organisationId), new GroupName(entity.name),
                entity.description, staffWithRole(entity, Role.FACILITATOR), staffWithRole(entity, Role.EXPERIENCE_EXPERT),
                entity.archived, Versions.of(entity.version));
    }

    private static Set<StaffId> staffWithRole(GroupEntity entity, Role role) {
        return entity.staff.stream().filter(s -> s.role == role).map(s -> new StaffId(s.staffId))
                .collect(Collectors.toSet());
    }
}
