package nl.kring.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged Kring jar, started as its own process the way the README starts it, for
 * tests that must see the real thing (embedded default, real browser, start failures).
 */
public final class KringProcess implements AutoCloseable {

    private final Path workDirectory;
    private final Path log;
    private final int port;
    private final int managementPort;
    private final Map<String, String> environment;
    private final String maxHeap;
    private Process process;

    private KringProcess(Path workDirectory, int port, Map<String, String> environment, String maxHeap)
            throws IOException {
        this.maxHeap = maxHeap;
        this.workDirectory = workDirectory;
        this.port = port;
        this.managementPort = freePort();
        this.environment = environment;
        this.log = Files.createTempFile("kring-process", ".log");
    }

    /** Starts Kring with its working directory (and so ./data) in {@code workDirectory}. */
    public static KringProcess start(Path workDirectory, Map<String, String> environment) throws IOException {
        return start(workDirectory, environment, "512m");
    }

    /** Starts Kring with a given maximum heap (e.g. {@code 256m}), to see it keep its memory under abuse. */
    public static KringProcess start(Path workDirectory, Map<String, String> environment, String maxHeap)
            throws IOException {
        KringProcess kring = new KringProcess(workDirectory, freePort(), environment, maxHeap);
        kring.launch();
        return kring;
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(launchedAsKringScriptDoes());
        command.add(1, "-Xmx" + maxHeap);
        command.add("--server.port=" + port);
        // every process its own management port (the default 9464 would clash between two nodes)
        if (!environment.containsKey("KRING_MANAGEMENT_PORT")) {
            command.add("--management.server.port=" + managementPort);
        }
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().keySet().removeIf(k -> k.startsWith("KRING_") || k.startsWith("SPRING_"));
        builder.environment().putAll(environment);
        process = builder.start();
    }

    /** Waits until the readiness endpoint answers UP, or fails with the process output. */
    public KringProcess awaitReady(Duration timeout) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kring exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url(
                        "/readyz"))).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return this;
                }
            } catch (IOException notYet) {
                // still starting
            }
            process.waitFor(250, TimeUnit.MILLISECONDS);
        }
        throw new IllegalStateException("Kring was not ready within " + timeout + ":\n" + output());
    }

    /** Waits for the process to end by itself and returns its exit code. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("Kring did not stop within " + timeout);
        }
        return process.exitValue();
    }

    /** Stops Kring as an operator would (SIGTERM) and waits for it. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Kills Kring without warning (SIGKILL), as a power cut or an out-of-memory killer would. */
    public void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** Starts Kring again after {@link #kill()} or {@link #stop()}, on the same data and port. */
    public KringProcess startAgain() throws IOException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Kring is still running");
        }
        launch();
        return this;
    }

    /**
     * The embedded PostgreSQL of the running process (its port is in the log), for tests that
     * check what is really stored: {@code jdbc:postgresql://localhost:port/kring}, user postgres.
     */
    public String embeddedDatabaseUrl() {
        java.util.regex.Matcher port = java.util.regex.Pattern
                .compile("Embedded PostgreSQL is running on port (\\d+)").matcher(output());
        String last = null;
        while (port.find()) {
            last = port.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("Kring runs no embedded PostgreSQL:\n" + output());
        }
        return "jdbc:postgresql://localhost:" + last + "/kring";
    }

    /**
     * A connection to the embedded PostgreSQL of the running process: user postgres, with the
     * password Kring made at its first start (kept in its data directory).
     */
    public java.sql.Connection embeddedDatabase() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection(embeddedDatabaseUrl(), "postgres", embeddedDatabasePassword());
    }

    /** The first column of every row of {@code sql}, read from the embedded PostgreSQL as text. */
    public java.util.List<String> column(String sql) throws java.sql.SQLException {
        java.util.List<String> values = new java.util.ArrayList<>();
        try (java.sql.Connection db = embeddedDatabase();
             java.sql.PreparedStatement query = db.prepareStatement(sql);
             java.sql.ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The embedded PostgreSQL's password, as Kring keeps it in ./data/postgres. */
    public String embeddedDatabasePassword() {
        try {
            return Files.readString(workDirectory.resolve("data/postgres/kring-database-password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("No password file of the embedded PostgreSQL", e);
        }
    }

    /** Stops and starts Kring again on the same data. */
    public KringProcess restart() throws Exception {
        stop();
        launch();
        return this;
    }

    public String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** An address on the management port (metrics), as a scraper on the same machine reaches it. */
    public String managementUrl(String path) {
        return "http://127.0.0.1:" + managementPort + path;
    }

    public String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }

    private static List<String> launch;

    /**
     * The command {@code ./kring} runs: the jar extracted once per build and, on JDK 25 and
     * later, with the ahead-of-time cache of a training start (about 40 % less start time).
     * Prepared once per test run; tests that start Kring twenty times gain more than the
     * training costs, and they measure Kring as people start it.
     */
    private static synchronized List<String> launchedAsKringScriptDoes() throws IOException {
        if (launch != null) {
            return launch;
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = jar();
        Path run = jar.toAbsolutePath().getParent().resolve("kring-test-run");
        String built = Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        Path builtFrom = run.resolve("built-from");
        try {
            if (!Files.isRegularFile(builtFrom) || !Files.readString(builtFrom).equals(built)) {
                deleteTree(run);
                runQuietly(List.of(java, "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract",
                        "--destination", run.toString()), run.getParent(), Duration.ofMinutes(2));
                Files.writeString(builtFrom, built);
            }
            Path extracted = run.resolve(jar.getFileName());
            Path cache = run.resolve("kring.aot");
            if (Runtime.version().feature() >= 25 && !Files.isRegularFile(cache)) {
                // a training start that stops right after start-up; the JVM writes the cache as it exits
                Path training = Files.createTempDirectory("kring-aot-training");
                boolean trained = runQuietly(List.of(java, "-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=off",
                        "-Xlog:cds*=off", "-Xmx512m", "-Dspring.context.exit=onRefresh",
                        "-Dspring.main.banner-mode=off", "-Dlogging.level.root=WARN", "-jar", extracted.toString(),
                        "--server.port=0"), training, Duration.ofMinutes(3));
                if (!trained) {
                    Files.deleteIfExists(cache);
                }
            }
            List<String> command = new ArrayList<>(List.of(java));
            if (Files.isRegularFile(cache)) {
                command.addAll(List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off"));
            }
            command.addAll(List.of("-jar", extracted.toString()));
            launch = List.copyOf(command);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            launch = List.of(java, "-jar", jar.toString());
        }
        return launch;
    }

    private static boolean runQuietly(List<String> command, Path directory, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(directory);
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return false;
        }
        return process.exitValue() == 0;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("kring.jar", "target/kring.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged Kring at " + jar.toAbsolutePath() + ": run ./mvnw verify");
        }
        return jar;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
