package nl.kring.domain.moodboard;

import java.util.Optional;
import nl.kring.domain.session.SessionId;

/** Port: the photos of moodboard cards, kept in the database so that every node serves them. */
public interface PhotoRepository {

    void save(Photo photo);

    Optional<Photo> findById(PhotoId id);

    /** The session a photo belongs to, without reading its bytes (for access checks). */
    Optional<SessionId> sessionOf(PhotoId id);

    /** The photo or its thumbnail, without the other. */
    Optional<byte[]> bytes(PhotoId id, boolean thumbnail);

    void delete(PhotoId id);

    /** Deletes the photo if no card shows it (a photo sent for a card that never came). */
    void deleteIfUnplaced(PhotoId id);

    /** Deletes the session's photos that no card shows. */
    void deleteUnplaced(SessionId session);
}
