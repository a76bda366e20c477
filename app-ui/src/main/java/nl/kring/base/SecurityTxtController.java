package nl.kring.base;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /.well-known/security.txt} (RFC 9116): where someone who finds a weakness in this
 * installation reports it. The contact is the organisation that runs Kring
 * ({@code KRING_SECURITY_CONTACT}: e-mail addresses or web addresses, comma-separated);
 * without one there is no file (404) rather than a contact nobody reads. Open to everyone.
 */
@RestController
class SecurityTxtController {

    /** RFC 9116 asks for an expiry less than a year ahead; the file is made at each request. */
    private static final Duration VALID_FOR = Duration.ofDays(180);

    private final List<String> contacts;
    private final Clock clock;

    SecurityTxtController(@Value("${kring.security-contact:}") String contacts, Clock clock) {
        this.contacts = Arrays.stream(contacts.split(",")).map(String::strip).filter(c -> !c.isEmpty())
                .map(c -> c.contains(":") ? c : "mailto:" + c).toList();
        this.clock = clock;
    }

    @GetMapping(value = "/.well-known/security.txt", produces = "text/plain;charset=UTF-8")
    ResponseEntity<String> securityTxt() {
        if (contacts.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        StringBuilder text = new StringBuilder();
        contacts.forEach(contact -> text.append("Contact: ").append(contact).append('\n'));
        text.append("Expires: ").append(DateTimeFormatter.ISO_INSTANT.format(
                clock.instant().plus(VALID_FOR).truncatedTo(ChronoUnit.SECONDS))).append('\n');
        text.append("Preferred-Languages: nl, en\n");
        text.append("Canonical: ").append(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/.well-known/security.txt").toUriString()).append('\n');
        return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1))).body(text.toString());
    }
}
