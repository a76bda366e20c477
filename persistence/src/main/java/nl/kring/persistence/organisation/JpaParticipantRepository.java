package nl.kring.persistence.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.Optional;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.persistence.support.Versions;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaParticipantRepository implements ParticipantRepository {

    private final ParticipantEntityRepository entities;

    JpaParticipantRepository(ParticipantEntityRepository entities) {
        this.entities = entities;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Participant> findById(ParticipantId id) {
        return entities.findById(id.value()).map(JpaParticipantRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Participant> findByGroup(GroupId groupId) {
        return entities.findByGroupIdOrderByDisplayNameAsc(groupId.value()).stream()
                .map(JpaParticipantRepository::toDomain).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<GroupId, Integer> countActiveByGroup(Collection<GroupId> groupIds) {
        if (groupIds.isEmpty()) {
            return Map.of();
        }
        return entities.countActiveByGroup(groupIds.stream().map(GroupId::value).toList()).stream()
                .collect(Collectors.toMap(row -> new GroupId((UUID) row[0]), row -> ((Number) row[1]).intValue()));
    }

    @Override
    public Participant save(Participant participant) {
        ParticipantEntity entity = entities.findById(participant.id().value()).orElseGet(ParticipantEntity::new);
        Versions.requireUnchanged("participant", entity.version, participant.version());
        entity.id = participant.id().value();
        entity.groupId = participant.groupId().value();
        entity.displayName = participant.displayName().value();
        entity.privateNote = participant.privateNote();
        entity.status = participant.status();
        return toDomain(entities.saveAndFlush(entity));
    }

    private static Participant toDomain(ParticipantEntity entity) {
        return new Participant(new ParticipantId(entity.id), new GroupId(entity.groupId),
                new PersonName(entity.displayName), entity.privateNote, entity.status, Versions.of(entity.version));
    }
}
