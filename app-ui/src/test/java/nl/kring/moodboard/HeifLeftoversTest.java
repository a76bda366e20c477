package nl.kring.moodboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A HEIC original (perhaps with GPS) left on disk by a Kring that died during its conversion
 * is deleted at the next start; a conversion that may still be running (another Kring on the
 * machine) is left alone (issue 21).
 */
class HeifLeftoversTest {

    @Test
    void foldersLeftBehindAreDeletedAndOneInUseIsNot(@TempDir Path temp) throws Exception {
        Instant now = Instant.parse("2026-12-07T12:00:00Z");
        Path leftBehind = Files.createDirectory(temp.resolve(HeifConverter.FOLDER_PREFIX + "123"));
        Files.write(leftBehind.resolve("in.heic"), new byte[] {1, 2, 3});
        Files.setLastModifiedTime(leftBehind, FileTime.from(now.minus(10, ChronoUnit.MINUTES)));
        Path inUse = Files.createDirectory(temp.resolve(HeifConverter.FOLDER_PREFIX + "456"));
        Files.write(inUse.resolve("in.heic"), new byte[] {4});
        Files.setLastModifiedTime(inUse, FileTime.from(now.minusSeconds(20)));
        Path someoneElses = Files.createDirectory(temp.resolve("andere-map"));
        Files.setLastModifiedTime(someoneElses, FileTime.from(now.minus(1, ChronoUnit.DAYS)));

        assertThat(HeifConverter.sweepLeftovers(temp, now)).isEqualTo(1);
        assertThat(leftBehind).doesNotExist();
        assertThat(inUse.resolve("in.heic")).exists();
        assertThat(someoneElses).exists();
    }
}
