package nl.kring.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A participant's tablet without a browser: it speaks Vaadin Flow's wire protocol (Vaadin 25,
 * as the benchmark's simulated tablet does) and keeps the page's element tree from the
 * changes the server sends, so a test can tap a name, type an answer, press a button and read
 * what the page shows — for many tablets at once on a machine where twenty Chromium renderers
 * would starve the server they test.
 * <p>
 * What it relies on: {@code GET /?v-r=init&location=ROUTE} creates the UI and answers with the
 * {@code Vaadin-Security-Key} and {@code Vaadin-Push-ID}; {@code POST /?v-r=uidl&v-uiId=0} carries
 * {@code {"csrfToken","rpc":[...],"syncId","clientId"}} (clientId counts the requests, syncId is
 * the last one the server sent); an {@code rpc} is {@code ui-navigate} on node 1, {@code mSync}
 * of a property, or a DOM {@code event} with the data a browser sends; answers and pushes carry
 * {@code changes} ({@code attach}, {@code detach}, {@code put}, {@code remove}, {@code splice},
 * {@code clear}) on numbered nodes; pushes arrive over a WebSocket to {@code /VAADIN/push} in
 * Atmosphere's {@code length|message} frames.
 * <p>
 * After losing Kring it does what the browser's Flow client does: try again every 2 s
 * ({@code reconnectInterval}) and, once Kring answers, load the page anew with its rejoin
 * cookie — the old UI is gone with the old process.
 */
public final class ProtocolTablet {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration RETRY = Duration.ofSeconds(2);
    /** Vaadin closes a UI after three missed heartbeats of 15 s; the browser beats every 15 s. */
    private static final ScheduledExecutorService HEARTBEATS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "protocol-tablet-heartbeats");
        thread.setDaemon(true);
        return thread;
    });

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final String name;
    private String tabletCookie = "";
    private volatile LoadedPage page;
    private final ScheduledFuture<?> heartbeat;

    private ProtocolTablet(String base, String name) {
        this.base = base;
        this.name = name;
        heartbeat = HEARTBEATS.scheduleAtFixedRate(() -> {
            LoadedPage current = page;
            if (current != null) {
                current.heartbeat();
            }
        }, 15, 15, TimeUnit.SECONDS);
    }

    /** Opens {@code /join/CODE} and taps {@code name}; returns when the participant page is shown. */
    public static ProtocolTablet join(String base, String joinCode, String name) throws Exception {
        ProtocolTablet tablet = new ProtocolTablet(base, name);
        tablet.page = tablet.load("join/" + joinCode);
        tablet.page.click(tablet.page.buttonSaying(name));
        if (tablet.tabletCookie.isEmpty()) {
            throw new IllegalStateException(name + " got no rejoin cookie: " + tablet.page.texts());
        }
        return tablet;
    }

    public String name() {
        return name;
    }

    /** Whether a text on the page contains {@code text} (only what the page shows, not typed values). */
    public boolean shows(String text) {
        LoadedPage current = page;
        return current != null && current.texts().stream().anyMatch(t -> t.contains(text));
    }

    /** Waits until the page shows {@code text}; fails with what it shows instead. */
    public void awaitShown(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!shows(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(name + "'s tablet does not show \"" + text + "\" but " + texts());
            }
            Thread.sleep(20);
        }
    }

    public List<String> texts() {
        LoadedPage current = page;
        return current == null ? List.of() : current.texts();
    }

    /**
     * Types {@code answer} into the first answer box and presses its button ("Dit is mijn
     * antwoord"), in one request as the browser sends it; returns when Kring has answered that
     * request (whether the answer is listed under "Dit heb jij geschreven" is for {@link #shows}).
     * Throws {@link IOException} when Kring does not answer, as when it is killed meanwhile.
     */
    public void answer(String answer) throws IOException, InterruptedException {
        LoadedPage current = page;
        int box = current.first(node -> "vaadin-text-area".equals(node.tag) && node.hasClass("kring-answer-field"));
        int button = current.buttonSaying("Dit is mijn antwoord");
        current.send("{\"type\":\"mSync\",\"node\":" + box + ",\"feature\":1,\"property\":\"value\",\"value\":"
                + JSON.writeValueAsString(answer) + "},{\"type\":\"event\",\"node\":" + box
                + ",\"event\":\"change\",\"data\":{}}," + clickOn(button));
    }

    /**
     * After Kring was killed: tries every 2 s until Kring answers, then loads the participant
     * page anew with the rejoin cookie, as the browser does; returns when the page shows
     * {@code text}, as epoch milliseconds, or throws when that has not happened by the deadline.
     */
    public long comeBackShowing(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        LoadedPage lost = page;
        page = null;
        if (lost != null) {
            lost.close();
        }
        while (System.nanoTime() < deadline) {
            try {
                page = load("deelnemen");
                if (shows(text)) {
                    return System.currentTimeMillis();
                }
                awaitShown(text, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
                return System.currentTimeMillis();
            } catch (IOException | RuntimeException notYet) {
                // Kring is not up yet (refused, reset, or an error page while it starts)
                Thread.sleep(RETRY.toMillis());
            }
        }
        throw new AssertionError(name + "'s tablet did not come back showing \"" + text + "\": " + texts());
    }

    public void close() {
        heartbeat.cancel(false);
        LoadedPage current = page;
        if (current != null) {
            current.close();
        }
    }

    private LoadedPage load(String route) throws IOException, InterruptedException {
        // the page itself first (the browser fetches it before its scripts ask for a UI)
        HttpResponse<String> html = http.send(withCookie(HttpRequest.newBuilder(URI.create(base + "/" + route)), tabletCookie)
                .build(), HttpResponse.BodyHandlers.ofString());
        if (html.statusCode() != 200) {
            throw new IllegalStateException("/" + route + " answered " + html.statusCode());
        }
        HttpResponse<String> init = http.send(withCookie(HttpRequest.newBuilder(URI.create(
                VaadinWire.initAddress(base, route))), tabletCookie).build(), HttpResponse.BodyHandlers.ofString());
        LoadedPage loaded = new LoadedPage(VaadinWire.securityKey(init.body()), VaadinWire.pushId(init.body()));
        loaded.sessionCookie = sessionCookieOf(init);
        loaded.send(VaadinWire.navigateRpc(route));
        loaded.openPush();
        return loaded;
    }

    private static String clickOn(int node) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"click\",\"data\":{\"event.shiftKey\":false,"
                + "\"event.metaKey\":false,\"event.detail\":1,\"event.ctrlKey\":false,\"event.clientX\":100,"
                + "\"event.clientY\":100,\"event.altKey\":false,\"event.button\":0,\"event.screenY\":100,"
                + "\"event.screenX\":100}}";
    }

    private static HttpRequest.Builder withCookie(HttpRequest.Builder request, String cookie) {
        return cookie.isEmpty() ? request : request.header("Cookie", cookie);
    }

    private static String sessionCookieOf(HttpResponse<?> response) {
        return response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse("");
    }

    /** One loaded page: its UI's keys, its request counters, its element tree and its push connection. */
    private final class LoadedPage implements WebSocket.Listener {

        private final String securityKey;
        private final String pushId;
        private String sessionCookie = "";
        private int clientId;
        private int syncId = -1;
        private final Map<Integer, Node> nodes = new HashMap<>();
        private final StringBuilder pushBuffer = new StringBuilder();
        private WebSocket socket;

        LoadedPage(String securityKey, String pushId) {
            this.securityKey = securityKey;
            this.pushId = pushId;
            nodes.put(1, new Node());
        }

        private String cookies() {
            if (tabletCookie.isEmpty()) {
                return sessionCookie;
            }
            return sessionCookie.isEmpty() ? tabletCookie : tabletCookie + "; " + sessionCookie;
        }

        /** One UIDL request with these invocations; one at a time, as the Flow client sends them. */
        synchronized void send(String rpc) throws IOException, InterruptedException {
            String body = "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpc + "],\"syncId\":" + syncId
                    + ",\"clientId\":" + clientId + "}";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Cookie", cookies()).header("Content-Type", "application/json; charset=UTF-8")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            clientId++;
            response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("kring-tablet="))
                    .findFirst().ifPresent(c -> tabletCookie = c.substring(0, c.indexOf(';')));
            if (response.statusCode() != 200) {
                throw new IllegalStateException("Kring answered " + response.statusCode() + ": " + response.body());
            }
            String json = response.body().startsWith("for(;;);") ? response.body().substring(8) : response.body();
            JsonNode message = JSON.readTree(json);
            apply(message.isArray() ? message.get(0) : message);
        }

        void openPush() {
            socket = http.newWebSocketBuilder().header("Cookie", cookies())
                    .buildAsync(URI.create(VaadinWire.pushAddress(base, pushId)), this).join();
        }

        void heartbeat() {
            http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=0")).header("Cookie", cookies())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        }

        void close() {
            if (socket != null) {
                socket.abort();
            }
        }

        void click(int node) throws IOException, InterruptedException {
            send(clickOn(node));
        }

        synchronized List<String> texts() {
            List<String> texts = new ArrayList<>();
            nodes.values().stream().filter(node -> node.text != null && !node.text.isBlank())
                    .forEach(node -> texts.add(node.text));
            return texts;
        }

        /** The button whose text is exactly {@code text} (the first made, if several). */
        synchronized int buttonSaying(String text) {
            return first(node -> "vaadin-button".equals(node.tag) && node.children().stream()
                    .map(nodes::get).anyMatch(child -> child != null && text.equals(child.text)));
        }

        synchronized int first(Predicate<Node> matching) {
            return nodes.entrySet().stream().filter(entry -> matching.test(entry.getValue()))
                    .mapToInt(Map.Entry::getKey).min()
                    .orElseThrow(() -> new IllegalStateException("not on " + name + "'s page: " + texts()));
        }

        private synchronized void apply(JsonNode message) {
            if (message.has("syncId")) {
                syncId = Math.max(syncId, message.get("syncId").asInt());
            }
            if (!message.has("changes")) {
                return;
            }
            for (JsonNode change : message.get("changes")) {
                int id = change.get("node").asInt();
                String type = change.get("type").asString();
                if ("detach".equals(type)) {
                    nodes.remove(id);
                    continue;
                }
                Node node = nodes.computeIfAbsent(id, x -> new Node());
                switch (type) {
                    case "put" -> {
                        String key = change.get("key").asString();
                        JsonNode value = change.get("value");
                        if (value != null && value.isString()) {
                            if ("tag".equals(key)) {
                                node.tag = value.asString();
                            } else if ("text".equals(key)) {
                                node.text = value.asString();
                            }
                        }
                    }
                    case "splice" -> node.splice(change.get("feat").asInt(), change);
                    case "clear" -> node.lists.remove(change.get("feat").asInt());
                    default -> {
                        // attach, remove (of a property): nothing this tablet reads
                    }
                }
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            synchronized (pushBuffer) {
                pushBuffer.append(data);
                // Atmosphere frames messages as "length|message"; one frame may hold several or part of one
                while (true) {
                    int bar = pushBuffer.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length;
                    try {
                        length = Integer.parseInt(pushBuffer.substring(0, bar));
                    } catch (NumberFormatException notFramed) {
                        pushBuffer.setLength(0);
                        break;
                    }
                    if (pushBuffer.length() < bar + 1 + length) {
                        break;
                    }
                    String text = pushBuffer.substring(bar + 1, bar + 1 + length);
                    pushBuffer.delete(0, bar + 1 + length);
                    if (text.startsWith("{")) {
                        apply(JSON.readTree(text));
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }

    /** One element or text of the page: its tag or text, its classes and its child lists by feature. */
    private static final class Node {
        String tag;
        String text;
        final Map<Integer, List<Object>> lists = new HashMap<>();

        boolean hasClass(String name) {
            return lists.values().stream().anyMatch(list -> list.contains(name));
        }

        List<Integer> children() {
            List<Integer> children = new ArrayList<>();
            lists.values().forEach(list -> list.stream().filter(Integer.class::isInstance)
                    .forEach(child -> children.add((Integer) child)));
            return children;
        }

        void splice(int feature, JsonNode change) {
            List<Object> list = lists.computeIfAbsent(feature, x -> new ArrayList<>());
            int index = change.get("index").asInt();
            int removed = change.has("remove") ? change.get("remove").asInt() : 0;
            for (int i = 0; i < removed && index < list.size(); i++) {
                list.remove(index);
            }
            List<Object> added = new ArrayList<>();
            if (change.has("addNodes")) {
                change.get("addNodes").forEach(child -> added.add(child.asInt()));
            }
            if (change.has("add")) {
                change.get("add").forEach(value -> added.add(value.isString() ? value.asString() : value.toString()));
            }
            list.addAll(Math.min(index, list.size()), added);
        }
    }
}
