package nl.kring.persistence.session;

import java.time.Instant;
import java.util.Optional;
import nl.kring.domain.session.CardImage;
import nl.kring.domain.session.CardImageRepository;
import nl.kring.domain.session.ImageId;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional
class JpaCardImageRepository implements CardImageRepository {

    private final CardImageEntityRepository images;

    JpaCardImageRepository(CardImageEntityRepository images) {
        this.images = images;
    }

    @Override
    public CardImage save(CardImage image) {
        CardImageEntity entity = new CardImageEntity();
        entity.id = image.id().value();
        entity.contentType = image.contentType();
        entity.bytes = image.bytes();
        entity.createdAt = Instant.now();
        images.save(entity);
        return image;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CardImage> findById(ImageId id) {
        return images.findById(id.value()).map(e -> new CardImage(new ImageId(e.id), e.contentType, e.bytes));
    }
}
