package nl.kring.moodboard;

import java.util.Optional;
import java.util.Set;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.moodboard.PhotoRepository;
import nl.kring.domain.session.SessionId;
import nl.kring.security.CurrentStaff;
import nl.kring.session.SessionAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Serves moodboard photos only to the people of their session: the browsers that were let
 * into it ({@link PhotoPass}: its tablets and shared screen) and staff who may see its group.
 * Anyone else gets the same answer as for a photo that does not exist.
 */
@Service
@PreAuthorize("permitAll()")
public class PhotoService {

    private final PhotoRepository photos;
    private final SessionAccess access;
    private final CurrentStaff currentStaff;

    PhotoService(PhotoRepository photos, SessionAccess access, CurrentStaff currentStaff) {
        this.photos = photos;
        this.access = access;
        this.currentStaff = currentStaff;
    }

    /** The photo (or its thumbnail) if this browser may see it. */
    @Transactional(readOnly = true)
    public Optional<byte[]> photo(PhotoId id, boolean thumbnail, Set<SessionId> passes) {
        return photos.sessionOf(id).filter(session -> passes.contains(session) || staffMaySee(session))
                .flatMap(session -> photos.bytes(id, thumbnail));
    }

    private boolean staffMaySee(SessionId session) {
        if (currentStaff.find().isEmpty()) {
            return false;
        }
        try {
            access.requireVisible(session);
            return true;
        } catch (AccessDeniedException e) {
            return false;
        }
    }
}
