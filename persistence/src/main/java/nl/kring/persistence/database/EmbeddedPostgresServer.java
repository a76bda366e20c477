package nl.kring.persistence.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts a real PostgreSQL from Maven artifacts (zonky) on a data directory that survives
 * restarts: initdb runs only when the directory holds no cluster yet.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    public static final String DATABASE = "kring";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    public static EmbeddedPostgresServer start(Path dataDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            stopOrphanedPostmaster(dataDirectory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres);
            server.createDatabaseIfMissing(DATABASE);
            log.info("Embedded PostgreSQL is running on port {} with its data in {}", postgres.getPort(),
                    dataDirectory.toAbsolutePath());
            return server;
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("The embedded PostgreSQL in " + dataDirectory.toAbsolutePath()
                    + " could not start: " + e.getMessage()
                    + ". Remove that folder to start over with fresh demo data.", e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public int port() {
        return postgres.getPort();
    }

    /** Creates a database (on first start, or a throwaway one for a test run). */
    public void createDatabaseIfMissing(String database) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
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
