package nl.kring.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.kring.domain.session.DistressPhrases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Recognises contributions that suggest acute distress, with Kring's phrase list and, if
 * {@code KRING_DISTRESS_PHRASES} names a file, the organisation's own phrases added to it.
 * Logs how many phrases it uses — never a contribution.
 */
@Component
public class DistressCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DistressCheck.class);

    private final DistressPhrases phrases;

    DistressCheck(@Value("${kring.distress-phrases:}") String extraFile) {
        String builtIn = read(new ClassPathResource("distress-phrases.txt"));
        String extra = "";
        if (!extraFile.isBlank()) {
            try {
                extra = Files.readString(Path.of(extraFile), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException("KRING_DISTRESS_PHRASES names " + extraFile
                        + ", which cannot be read: " + e.getMessage(), e);
            }
        }
        phrases = DistressPhrases.parse(builtIn, extra);
        LOG.info("Distress signal: {} phrases{}", phrases.size(), extraFile.isBlank() ? "" : " (with " + extraFile + ")");
    }

    public boolean suggestsDistress(String text) {
        return phrases.suggestsDistress(text);
    }

    private static String read(ClassPathResource resource) {
        try (var in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
