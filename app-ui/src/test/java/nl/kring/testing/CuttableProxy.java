package nl.kring.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay that can be cut: between Kring and its PostgreSQL (the database goes away)
 * or between a tablet and Kring (the Wi-Fi goes away). {@link #cut()} drops every open
 * connection and refuses new ones, as a stopped server or a lost network does;
 * {@link #restore()} lets connections through again.
 */
public final class CuttableProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private CuttableProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0);
        Thread.ofVirtual().name("cuttable-proxy").start(this::acceptUntilClosed);
    }

    /** A proxy for the server of {@code jdbcUrl} ({@code jdbc:postgresql://host:port/db}). */
    public static CuttableProxy toDatabase(String jdbcUrl) throws IOException {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return new CuttableProxy(uri.getHost(), uri.getPort());
    }

    /** A proxy for a web server, e.g. Kring at {@code http://localhost:8080}. */
    public static CuttableProxy toWeb(String baseUrl) throws IOException {
        URI uri = URI.create(baseUrl);
        return new CuttableProxy(uri.getHost(), uri.getPort());
    }

    /** {@code path} on the web server, through this proxy. */
    public String webUrl(String path) {
        return "http://localhost:" + server.getLocalPort() + path;
    }

    /** {@code jdbcUrl} with its host and port replaced by this proxy's. */
    public String jdbcUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:postgresql://127.0.0.1:" + server.getLocalPort() + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * Drops every open connection and refuses new ones. A connection being set up at this very
     * moment is closed too (see {@link #keepOpen}): no connection outlives a cut, as none
     * outlives a real loss of the network.
     */
    public synchronized void cut() {
        cut = true;
        open.forEach(CuttableProxy::closeQuietly);
        open.clear();
    }

    public synchronized void restore() {
        cut = false;
    }

    /** Registers a relayed pair, or closes it if the relay was cut while it was being set up. */
    private synchronized boolean keepOpen(Socket client, Socket target) {
        if (cut) {
            closeQuietly(client);
            closeQuietly(target);
            return false;
        }
        open.add(client);
        open.add(target);
        return true;
    }

    private void acceptUntilClosed() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket database = new Socket();
                database.connect(new InetSocketAddress(targetHost, targetPort), 2_000);
                if (!keepOpen(client, database)) {
                    continue;
                }
                Thread.ofVirtual().start(() -> pipe(client, database));
                Thread.ofVirtual().start(() -> pipe(database, client));
            } catch (IOException e) {
                if (server.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // one side went away: close both below
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        cut();
    }
}
