package nl.kring.persistence.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.Tablet;
import nl.kring.domain.session.TabletId;
import nl.kring.domain.session.TabletRepository;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaTabletRepository implements TabletRepository {

    private final TabletEntityRepository tablets;

    JpaTabletRepository(TabletEntityRepository tablets) {
        this.tablets = tablets;
    }

    @Override
    public Tablet save(Tablet tablet) {
        TabletEntity entity = tablets.findById(tablet.id().value()).orElseGet(TabletEntity::new);
        entity.id = tablet.id().value();
        entity.sessionId = tablet.sessionId().value();
        entity.tokenHash = tablet.tokenHash();
        entity.participantId = tablet.participant().map(ParticipantId::value).orElse(null);
        entity.newcomerName = tablet.newcomerName() == null ? null : tablet.newcomerName().value();
        entity.joinedAt = tablet.joinedAt();
        entity.lastSeenAt = tablet.lastSeenAt();
        entity.claimedId = tablet.claimedId() == null ? null : tablet.claimedId().value();
        entity.boundAt = tablet.boundAt();
        entity.confirmedAt = tablet.confirmedAt();
        entity.blocked = tablet.blocked();
        return toDomain(tablets.saveAndFlush(entity));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tablet> findById(TabletId id) {
        return tablets.findById(id.value()).map(JpaTabletRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tablet> findByTokenHash(String tokenHash) {
        return tablets.findByTokenHash(tokenHash).map(JpaTabletRepository::toDomain);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Tablet> findBySession(SessionId sessionId) {
        return tablets.findBySessionIdOrderByJoinedAt(sessionId.value()).stream()
                .map(JpaTabletRepository::toDomain).toList();
    }

    @Override
    public void delete(TabletId id) {
        tablets.deleteById(id.value());
    }

    @Override
    public List<SessionId> confirmBoundBefore(Instant boundBefore, Instant now) {
        return tablets.confirmBoundBefore(boundBefore, now).stream().distinct().map(SessionId::new).toList();
    }

    @Override
    public void markSeen(Collection<TabletId> ids, Instant when) {
        if (!ids.isEmpty()) {
            tablets.markSeen(ids.stream().map(TabletId::value).toList(), when);
        }
    }

    private static Tablet toDomain(TabletEntity e) {
        return new Tablet(new TabletId(e.id), new SessionId(e.sessionId), e.tokenHash,
                e.participantId == null ? null : new ParticipantId(e.participantId),
                e.newcomerName == null ? null : new PersonName(e.newcomerName), e.joinedAt, e.lastSeenAt,
                e.claimedId == null ? null : new ParticipantId(e.claimedId), e.boundAt, e.confirmedAt, e.blocked);
    }
}
