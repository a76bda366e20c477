package nl.kring.organisation.ui;

import java.time.Duration;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationLogos;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves an organisation's logo at {@code /logo/{organisationId}} for its shared screens;
 * open to everyone, as a logo is shown to the room anyway. A clean JPEG made by Kring.
 */
@RestController
class OrganisationLogoController {

    private final OrganisationLogos logos;

    OrganisationLogoController(OrganisationLogos logos) {
        this.logos = logos;
    }

    @GetMapping("/logo/{id}")
    ResponseEntity<byte[]> logo(@PathVariable String id) {
        OrganisationId organisation;
        try {
            organisation = new OrganisationId(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.notFound().build();
        }
        return logos.find(organisation)
                .map(image -> ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                        // a new logo is seen within five minutes
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(image))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
