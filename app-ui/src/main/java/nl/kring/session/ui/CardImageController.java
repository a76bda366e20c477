package nl.kring.session.ui;

import java.time.Duration;
import java.util.UUID;
import nl.kring.domain.session.ImageId;
import nl.kring.session.CardImageService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves card pictures at {@code /afbeelding/{id}}; open to everyone (see {@link CardImageService}). */
@RestController
class CardImageController {

    private final CardImageService images;

    CardImageController(CardImageService images) {
        this.images = images;
    }

    @GetMapping("/afbeelding/{id}")
    ResponseEntity<byte[]> image(@PathVariable String id) {
        ImageId imageId;
        try {
            imageId = new ImageId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return images.find(imageId)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        // a picture never changes under its id
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic().immutable())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
