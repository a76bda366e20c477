package nl.kring.domain.session;

import java.util.Optional;

/** Port: pictures on information cards. */
public interface CardImageRepository {

    CardImage save(CardImage image);

    Optional<CardImage> findById(ImageId id);
}
