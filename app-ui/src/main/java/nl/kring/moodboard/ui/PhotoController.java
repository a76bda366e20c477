package nl.kring.moodboard.ui;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.UUID;
import nl.kring.domain.moodboard.Photo;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.moodboard.PhotoAddress;
import nl.kring.moodboard.PhotoPass;
import nl.kring.moodboard.PhotoService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves moodboard photos at {@code /foto/{id}} (and the thumbnail with {@code ?klein}),
 * to the people of their session only (see {@link PhotoService}).
 */
@RestController
class PhotoController {

    private final PhotoService photos;

    PhotoController(PhotoService photos) {
        this.photos = photos;
    }

    @GetMapping(PhotoAddress.PATH + "{id}")
    ResponseEntity<byte[]> photo(@PathVariable String id, @RequestParam(name = "klein", required = false) String small,
                                 HttpServletRequest request) {
        PhotoId photoId;
        try {
            photoId = new PhotoId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return photos.photo(photoId, small != null, PhotoPass.of(request.getSession(false)))
                .map(bytes -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(Photo.CONTENT_TYPE))
                        // a photo never changes under its id; private: no shared cache may keep it
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(bytes))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
