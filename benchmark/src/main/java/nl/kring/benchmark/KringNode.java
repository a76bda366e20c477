package nl.kring.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One Kring process started from the packaged jar, as an operator starts it. */
final class KringNode implements AutoCloseable {


    final int port;
    final Process process;
    final Path log;
    /** From process start to {@code /join} answering 200. */
    final Duration coldStart;

    private KringNode(int port, Process process, Path log, Duration coldStart) {
        this.port = port;
        this.process = process;
        this.log = log;
        this.coldStart = coldStart;
    }

    static KringNode start(Path jar, Path workDirectory, String heap, Map<String, String> environment)
            throws Exception {
        return start(jar, workDirectory, heap, environment, List.of());
    }

    static KringNode start(Path jar, Path workDirectory, String heap, Map<String, String> environment,
                           List<String> jvmOptions) throws Exception {
        int port = freePort();
        Path log = Files.createTempFile("kring-benchmark-node", ".log");
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap, "-Xms" + heap));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port,
                "--management.server.port=0"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDirectory.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("KRING_"));
        builder.environment().putAll(environment);
        long started = System.nanoTime();
        Process process = builder.start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI join = URI.create("http://localhost:" + port + "/join");
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Kring stopped: " + Files.readString(log));
            }
            try {
                if (http.send(HttpRequest.newBuilder(join).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // starting
            }
            if (Duration.ofNanos(System.nanoTime() - started).toSeconds() > 180) {
                throw new IllegalStateException("Kring not ready in 3 minutes: " + Files.readString(log));
            }
            Thread.sleep(20);
        }
        return new KringNode(port, process, log, Duration.ofNanos(System.nanoTime() - started));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** The live objects by class, right after a full GC. */
    LiveObjects liveObjects() throws Exception {
        return LiveObjects.parse(jcmd("GC.class_histogram"));
    }

    /** Writes the live objects to an HPROF file, for a closer look than the class table gives. */
    void heapDump(Path file) throws Exception {
        jcmd("GC.heap_dump " + file.toAbsolutePath());
    }

    private String jcmd(String command) throws Exception {
        Path jcmd = Path.of(java()).resolveSibling("jcmd");
        Process p = new ProcessBuilder(jcmd.toString(), Long.toString(process.pid()), command)
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        p.waitFor(60, TimeUnit.SECONDS);
        return out;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /**
     * Prepares the fast start that {@code ./kring} uses: the jar extracted, and an
     * ahead-of-time cache from a training start that stops after start-up. Returns the
     * extracted jar and the options that use the cache.
     */
    static Map.Entry<Path, List<String>> prepareFastStart(Path jar, Map<String, String> environment)
            throws Exception {
        Path dir = Files.createTempDirectory("kring-fast-start");
        run(List.of(java(), "-Djarmode=tools", "-jar", jar.toAbsolutePath().toString(), "extract", "--destination",
                dir.resolve("run").toString()), dir, Map.of());
        Path extracted = dir.resolve("run/kring.jar");
        Path cache = dir.resolve("kring.aot");
        run(List.of(java(), "-XX:AOTCacheOutput=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off",
                "-Dspring.context.exit=onRefresh", "-jar", extracted.toString(), "--server.port=0",
                "--management.server.port=0"), dir, environment);
        return Map.entry(extracted, List.of("-XX:AOTCache=" + cache, "-Xlog:aot*=off", "-Xlog:cds*=off"));
    }

    private static void run(List<String> command, Path directory, Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().keySet().removeIf(k -> k.startsWith("KRING_"));
        builder.environment().putAll(environment);
        if (builder.start().waitFor() != 0) {
            throw new IllegalStateException("failed: " + command);
        }
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
