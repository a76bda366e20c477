package nl.kring.session;

import java.util.Optional;
import nl.kring.domain.session.CardImage;
import nl.kring.domain.session.CardImageRepository;
import nl.kring.domain.session.ImageId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves the pictures of information cards to every screen of a session, tablets
 * included, which have no account: a picture's address holds its random id (122 bits),
 * which only the screens of sessions that use it ever see.
 */
@Service
@PreAuthorize("permitAll()")
public class CardImageService {

    private static final String PATH = "/afbeelding/";

    private final CardImageRepository images;

    CardImageService(CardImageRepository images) {
        this.images = images;
    }

    @Transactional(readOnly = true)
    public Optional<CardImage> find(ImageId id) {
        return images.findById(id);
    }

    /** The address at which the picture is served. */
    public static String address(ImageId id) {
        return PATH + id.value();
    }
}
