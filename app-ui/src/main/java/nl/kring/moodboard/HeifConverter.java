package nl.kring.moodboard;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HEIC/HEIF photos (iPhone and iPad cameras) turned into PNG by libheif's
 * {@code heif-convert} (Debian package {@code libheif-examples}), when it is installed:
 * there is no HEIC decoder in pure Java. The size a HEIC file promises is read from its
 * {@code ispe} boxes before anything is decoded; the conversion runs in a private
 * temporary folder, with a time limit, and leaves nothing behind.
 */
class HeifConverter {

    private static final Logger log = LoggerFactory.getLogger(HeifConverter.class);
    private static final long TIME_LIMIT_SECONDS = 30;
    static final String FOLDER_PREFIX = "kring-heif";
    private static final Duration LEFTOVER_AFTER = Duration.ofMinutes(5);

    private final Path tool;

    HeifConverter(Path tool) {
        this.tool = tool;
    }

    /** The converter on this machine's PATH, or one that is not available. */
    static HeifConverter fromPath() {
        sweepLeftovers(Path.of(System.getProperty("java.io.tmpdir")), Instant.now());
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        Optional<Path> found = Stream.of(path.split(File.pathSeparator))
                .map(dir -> Path.of(dir, "heif-convert")).filter(Files::isExecutable).findFirst();
        if (found.isEmpty()) {
            log.info("HEIC photos: heif-convert not found (install libheif-examples to accept them)");
        }
        return new HeifConverter(found.orElse(null));
    }

    /**
     * A HEIC original may hold the place it was taken (GPS). It is on disk only during its
     * conversion (at most {@value #TIME_LIMIT_SECONDS} s), in a folder that is deleted after;
     * if Kring died during one, the folder stays. At start-up, such folders older than a few
     * minutes (so never one another Kring on this machine is using) are deleted (issue 21).
     */
    static int sweepLeftovers(Path temp, Instant now) {
        int swept = 0;
        try (Stream<Path> folders = Files.list(temp)) {
            for (Path folder : folders.filter(p -> p.getFileName().toString().startsWith(FOLDER_PREFIX))
                    .filter(Files::isDirectory).toList()) {
                if (Files.getLastModifiedTime(folder).toInstant().isBefore(now.minus(LEFTOVER_AFTER))) {
                    try (Stream<Path> files = Files.walk(folder)) {
                        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                    swept++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not look for HEIC conversions left behind in {}: {}", temp, e.toString());
        }
        if (swept > 0) {
            log.info("Deleted {} HEIC conversion folder(s) left behind by an earlier run", swept);
        }
        return swept;
    }

    boolean isAvailable() {
        return tool != null;
    }

    /**
     * The largest image size any {@code ispe} (image spatial extents) box of the file
     * declares, in pixels; empty when it declares none.
     */
    static Optional<Long> largestDeclaredPixels(byte[] heif) {
        long largest = -1;
        for (int i = 4; i + 16 <= heif.length; i++) {
            if (heif[i] == 'i' && heif[i + 1] == 's' && heif[i + 2] == 'p' && heif[i + 3] == 'e') {
                long width = uint32(heif, i + 8);
                long height = uint32(heif, i + 12);
                largest = Math.max(largest, width * height);
            }
        }
        return largest < 0 ? Optional.empty() : Optional.of(largest);
    }

    /**
     * The primary image as PNG (libheif applies the file's rotation and mirroring).
     *
     * @throws IOException when the tool fails, times out or writes nothing
     */
    byte[] toPng(byte[] heif) throws IOException {
        Path folder = Files.createTempDirectory(FOLDER_PREFIX,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            Path in = Files.write(folder.resolve("in.heic"), heif);
            Path out = folder.resolve("out.png");
            Process process = new ProcessBuilder(tool.toString(), "--quiet", in.toString(), out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!process.waitFor(TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("heif-convert took too long");
            }
            if (process.exitValue() != 0) {
                throw new IOException("heif-convert failed with " + process.exitValue());
            }
            // a file with several top-level images is written as out-1.png, out-2.png …
            for (Path candidate : List.of(out, folder.resolve("out-1.png"))) {
                if (Files.isRegularFile(candidate)) {
                    return Files.readAllBytes(candidate);
                }
            }
            throw new IOException("heif-convert wrote no image");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static long uint32(byte[] bytes, int at) {
        return ((bytes[at] & 0xffL) << 24) | ((bytes[at + 1] & 0xffL) << 16) | ((bytes[at + 2] & 0xffL) << 8)
                | (bytes[at + 3] & 0xffL);
    }
}
