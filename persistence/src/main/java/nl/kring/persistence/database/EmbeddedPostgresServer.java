package nl.kring.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL from Maven artifacts (zonky) on a data directory that survives
 * restarts: initdb runs only when the directory holds no cluster yet.
 *
 * <p>It listens on the loopback address only and asks a password of everyone (issue 21: on a
 * laptop shared by volunteers, "trust" let every login of the machine read every participant's
 * data). The password is made at the first start — also of a cluster from before this rule,
 * which then starts once more with "trust", on loopback only, for the moment it takes to set
 * the password — and kept in {@value #PASSWORD_FILE} in PostgreSQL's own data directory,
 * which PostgreSQL keeps readable by its owner only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "kring";
    public static final String USER = "postgres";
    public static final String PASSWORD_FILE = "kring-database-password";
    private static final String HBA = """
            # written by Kring (EmbeddedPostgresServer): loopback only, %1$s
            host all all 127.0.0.1/32 %1$s
            host all all ::1/128 %1$s
            """;

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedPostmaster(dataDirectory);
            Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
            Optional<String> known = Files.isRegularFile(passwordFile)
                    ? Optional.of(Files.readString(passwordFile, StandardCharsets.US_ASCII).strip()) : Optional.empty();
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "localhost")
                    .setDataDirectoryCustomizer(directory -> allow(directory.toPath(),
                            known.isPresent() ? "scram-sha-256" : "trust"));
            known.ifPresent(secret -> builder.setConnectConfig("password", secret));
            EmbeddedPostgres postgres = builder.start();
            String password = known.isPresent() ? known.get() : requirePassword(postgres, dataDirectory);
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, password);
            server.createDatabaseIfMissing(DATABASE);
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return server;
        } catch (IOException | SQLException | UncheckedIOException e) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
                    + " could not start: " + e.getMessage()
                    + ". Remove that folder to start over with fresh demo data.", e);
        }
    }

    /** The address of a database; sign in as {@link #USER} with {@link #password()}. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The superuser's password (also in {@value #PASSWORD_FILE} in the data directory). */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates a database (on first start, or a throwaway one for a test run). */
    public void createDatabaseIfMissing(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, password)) {
            boolean exists;
            try (PreparedStatement query = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
                query.setString(1, database);
                try (ResultSet result = query.executeQuery()) {
                    exists = result.next();
                }
            }
            if (!exists) {
                try (Statement create = connection.createStatement()) {
                    create.execute("create database \"" + database.replace("\"", "") + "\"");
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Who may connect, and how: on loopback only; "scram-sha-256" (a password) once one is set. */
    private static void allow(Path dataDirectory, String method) {
        try {
            Files.writeString(dataDirectory.resolve("pg_hba.conf"), HBA.formatted(method), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first start under this rule: a new password for the superuser, kept, and asked from now on. */
    private static String requirePassword(EmbeddedPostgres postgres, Path dataDirectory) throws SQLException,
            IOException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("set password_encryption = 'scram-sha-256'");
            statement.execute("alter role " + USER + " password '" + password + "'");
            Path file = dataDirectory.resolve(PASSWORD_FILE);
            Files.writeString(file, password, StandardCharsets.US_ASCII);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            allow(dataDirectory, "scram-sha-256");
            statement.execute("select pg_reload_conf()");
        }
        log.info("The embedded PostgreSQL asks a password from now on; it is kept in {}",
                dataDirectory.resolve(PASSWORD_FILE).toAbsolutePath());
        return password;
    }

    /**
     * After a crash (kill -9) of Kring, its PostgreSQL child keeps running and holds the
     * data directory. Stop it first, so that the restart works without manual clean-up.
     */
    private static void stopOrphanedPostmaster(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        Optional<ProcessHandle> postmaster = readFirstLine(pidFile)
                .flatMap(EmbeddedPostgresServer::parsePid)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command().map(c -> c.contains("postgres")).orElse(false));
        if (postmaster.isEmpty()) {
            return; // stale pid file: PostgreSQL itself ignores it
        }
        log.warn("An earlier embedded PostgreSQL (pid {}) is still running on {}; stopping it",
                postmaster.get().pid(), dataDirectory);
        postmaster.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown
        try {
            postmaster.get().onExit().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            postmaster.get().destroyForcibly();
        }
    }

    private static Optional<String> readFirstLine(Path file) {
        try (var lines = Files.lines(file)) {
            return lines.findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
