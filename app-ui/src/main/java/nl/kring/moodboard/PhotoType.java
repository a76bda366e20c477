package nl.kring.moodboard;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of photo a tablet may send, recognised from the file's first bytes (its
 * "magic number"), never from its name or the type the browser claims.
 */
enum PhotoType {
    JPEG("jpeg"), PNG("png"), WEBP("webp"), HEIF(null);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** ISO base media brands of HEIC/HEIF photos (iPhone and iPad cameras). */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1",
            "msf1", "avif");

    private final String readerFormat;

    PhotoType(String readerFormat) {
        this.readerFormat = readerFormat;
    }

    /** The ImageIO format name that reads this type; {@code null} for HEIF, which {@link HeifConverter} reads. */
    String readerFormat() {
        return readerFormat;
    }

    static Optional<PhotoType> of(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8 && (bytes[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (bytes.length >= 8 && Arrays.equals(bytes, 0, 8, PNG_SIGNATURE, 0, 8)) {
            return Optional.of(PNG);
        }
        if (bytes.length >= 12 && ascii(bytes, 0, 4).equals("RIFF") && ascii(bytes, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (bytes.length >= 12 && ascii(bytes, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(bytes, 8, 4))) {
            return Optional.of(HEIF);
        }
        return Optional.empty();
    }

    private static String ascii(byte[] bytes, int from, int length) {
        return new String(bytes, from, length, StandardCharsets.ISO_8859_1);
    }
}
