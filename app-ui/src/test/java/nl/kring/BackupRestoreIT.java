package nl.kring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import nl.kring.moodboard.TestPhotos;
import nl.kring.testing.KringProcess;
import org.junit.jupiter.api.Test;

/**
 * Issue 22: {@code ./kring backup} and {@code ./kring restore} as the README has an operator
 * run them, on the embedded default: a backup restored into a fresh data directory gives a
 * Kring with the same sessions, photos (byte for byte) and audit trail.
 */
class BackupRestoreIT {

    private static final String WHAT_MATTERS = "select (select string_agg(id::text || ' ' || title, ',' order by id)"
            + " from kring_session) || ' | ' || (select string_agg(md5(image), ',' order by id) from photo)"
            + " || ' | ' || (select string_agg(action || ' ' || subject, ',' order by id) from audit_entry)";

    @Test
    void aBackupRestoredIntoAFreshDataDirectoryHasTheSameSessionsPhotosAndAuditTrail() throws Exception {
        Path original = Files.createTempDirectory("kring-backed-up");
        Path backup = Files.createTempDirectory("kring-backups").resolve("kring.tar.gz");
        String before;
        try (KringProcess kring = KringProcess.start(original, Map.of()).awaitReady(Duration.ofSeconds(120))) {
            try (Connection db = kring.embeddedDatabase(); Statement statement = db.createStatement()) {
                // a photo and a line in the audit trail, as a moodboard and a coordinator leave them
                statement.execute("insert into photo (id, session_id, width, height, image, thumbnail)"
                        + " select gen_random_uuid(), id, 300, 200, decode('" + hex(TestPhotos.jpeg(
                        TestPhotos.redLeftBlueRight(300, 200))) + "', 'hex'), '\\x00' from kring_session limit 1");
                statement.execute("insert into audit_entry (id, organisation_id, staff_name, action, subject)"
                        + " select gen_random_uuid(), id, 'coordinator', 'EXPORTED_PARTICIPANT', 'deelnemer 1234abcd'"
                        + " from organisation limit 1");
                before = single(statement, WHAT_MATTERS);
            }
            // Kring running: the backup refuses and says what to do
            Result refused = kringScript(original, "backup", backup.toString());
            assertThat(refused.exitCode()).isNotZero();
            assertThat(refused.output()).contains("Stop it first");
            kring.stop();

            Result made = kringScript(original, "backup", backup.toString());
            assertThat(made.exitCode()).as(made.output()).isZero();
            assertThat(made.output()).contains("Backup of").contains("./kring restore");
        }
        assertThat(before).contains("EXPORTED_PARTICIPANT").contains(" | ");

        Path fresh = Files.createTempDirectory("kring-restored");
        Result restored = kringScript(fresh, "restore", backup.toString());
        assertThat(restored.exitCode()).as(restored.output()).isZero();
        // and a file that is not a backup changes nothing
        Path notABackup = Files.writeString(Files.createTempFile("kring", ".tar.gz"), "geen backup");
        assertThat(kringScript(fresh, "restore", notABackup.toString()).output()).contains("is not a backup");
        try (KringProcess kring = KringProcess.start(fresh, Map.of()).awaitReady(Duration.ofSeconds(120));
             Connection db = kring.embeddedDatabase(); Statement statement = db.createStatement()) {
            assertThat(single(statement, WHAT_MATTERS)).isEqualTo(before);
            // the demo organisation was not made again on top of the restored one
            assertThat(single(statement, "select count(*)::text from organisation")).isEqualTo("1");
        }
    }

    private record Result(int exitCode, String output) {
    }

    /** {@code ./kring backup|restore …} with its data directory in {@code work}/data, as an operator runs it. */
    private static Result kringScript(Path work, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", Path.of("../kring").toAbsolutePath().toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("KRING_DATA_DIR", work.resolve("data").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
