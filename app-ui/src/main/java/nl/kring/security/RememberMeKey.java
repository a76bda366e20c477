package nl.kring.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key that signs "Aangemeld blijven" cookies. It is kept outside the database, so that a
 * copy of the database (a backup, a dump handed to a supplier) is not enough to make a cookie
 * for any account (issue 21). In order of preference: {@code KRING_REMEMBER_ME_KEY} (the same
 * on every node; docker compose passes it), a file {@code remember-me.key} in the data
 * directory readable by its owner only (the embedded default only: with a configured database
 * Kring makes no data directory), or a key of this run only — cookies then end with a restart,
 * which is safe but inconvenient, so Kring says so.
 */
final class RememberMeKey {

    static final String FILE_NAME = "remember-me.key";
    private static final Logger LOG = LoggerFactory.getLogger(RememberMeKey.class);
    private static final int MIN_LENGTH = 32;

    private RememberMeKey() {
    }

    static String load(String configured, Optional<Path> dataDirectory) {
        if (configured != null && !configured.isBlank()) {
            if (configured.strip().length() < MIN_LENGTH) {
                throw new IllegalStateException("KRING_REMEMBER_ME_KEY must be at least " + MIN_LENGTH
                        + " characters, e.g. the output of: openssl rand -base64 32");
            }
            return configured.strip();
        }
        if (dataDirectory.isEmpty()) {
            LOG.warn("No KRING_REMEMBER_ME_KEY: 'Aangemeld blijven' lasts until Kring restarts and works on this"
                    + " node only. Set it (the same on every node), e.g. to the output of: openssl rand -base64 32");
            return random();
        }
        try {
            return fromFile(dataDirectory.get().resolve(FILE_NAME));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.warn("No KRING_REMEMBER_ME_KEY and no writable {} ({}): 'Aangemeld blijven' lasts until Kring"
                    + " restarts and works on this node only", dataDirectory.get().resolve(FILE_NAME), e.toString());
            return random();
        }
    }

    private static String fromFile(Path file) throws IOException {
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(file, random(), StandardCharsets.US_ASCII);
            } catch (FileAlreadyExistsException anotherNodeWasFirst) {
                // read below
            }
        }
        String key = Files.readString(file, StandardCharsets.US_ASCII).strip();
        if (key.length() < MIN_LENGTH) {
            throw new IOException("the key in " + file + " is too short");
        }
        return key;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
