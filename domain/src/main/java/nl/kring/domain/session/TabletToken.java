package nl.kring.domain.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The secret a tablet keeps in its rejoin cookie. Only its hash is stored, so that a
 * copy of the database does not let anyone act as a tablet.
 */
public record TabletToken(String value) {

    private static final SecureRandom RANDOM = new SecureRandom();

    public TabletToken {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[A-Za-z0-9_-]{43}")) {
            throw new IllegalArgumentException("not a tablet token");
        }
    }

    public static TabletToken random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new TabletToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    /** Reads a cookie value; empty when it is not a well-formed token. */
    public static Optional<TabletToken> parse(String value) {
        try {
            return value == null ? Optional.empty() : Optional.of(new TabletToken(value));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** SHA-256 of the token, hex: what the database keeps. */
    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public String toString() {
        return "TabletToken[hidden]";
    }
}
