package nl.kring.benchmark;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.kring.domain.session.TabletToken;

/**
 * A tablet that speaks Vaadin Flow's own protocol over HTTP and WebSocket, the way the
 * browser's Flow client does (Vaadin 25.2), without rendering anything:
 * <ol>
 * <li>{@code GET /?v-r=init&location=deelnemen&query=} with the rejoin cookie
 * ({@code kring-tablet}): the server creates the UI and answers JSON whose
 * {@code appConfig.uidl} carries the {@code Vaadin-Security-Key} (CSRF token for every
 * later request) and the {@code Vaadin-Push-ID}; the response sets {@code JSESSIONID};</li>
 * <li>{@code POST /?v-r=uidl&v-uiId=0} with
 * {@code {"csrfToken":KEY,"rpc":[{"type":"event","node":1,"event":"ui-navigate","data":{"route":"deelnemen",...}}],"syncId":0,"clientId":0}}:
 * the router runs and the answer ({@code clientId} 1) holds the participant page;</li>
 * <li>a WebSocket to {@code /VAADIN/push?v-r=push&v-uiId=0&v-pushId=ID} plus Atmosphere's
 * parameters ({@code X-Atmosphere-Transport=websocket}, {@code X-Atmosphere-TrackMessageSize=true},
 * {@code X-atmo-protocol=true}, …): the first frame is Atmosphere's
 * {@code len|trackingId|0|X|}; every push after that is {@code len|{"syncId":N,"changes":[...]}};</li>
 * <li>{@code POST /?v-r=heartbeat&v-uiId=0} every 15 s, or the server closes the UI after three
 * missed beats.</li>
 * </ol>
 * A change counts as arrived when a push frame holds the text that the step shows (the text
 * node's value in the changes). The time is this machine's clock, the same clock the browsers
 * use, so it compares with the facilitator's click taken in Chromium.
 */
final class SimulatedTablet implements WebSocket.Listener {

    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");
    private static final Clock CLOCK = Clock.systemUTC();

    private final HttpClient http;
    private final String base;
    private final TabletToken token;
    /** The page this client opens: {@code deelnemen} for a tablet, {@code scherm/TOKEN} for a shared screen. */
    private final String route;
    private final StringBuilder frame = new StringBuilder();
    private String cookie;
    private WebSocket socket;
    private String tail = "";
    private volatile String target;
    private volatile CompletableFuture<Double> arrival = new CompletableFuture<>();

    SimulatedTablet(HttpClient http, String base, TabletToken token) {
        this(http, base, token, "deelnemen");
    }

    private SimulatedTablet(HttpClient http, String base, TabletToken token, String route) {
        this.http = http;
        this.base = base;
        this.token = token;
        this.route = route;
    }

    /** A shared screen (TV) of a session, on the same protocol: no cookie, the token in the address. */
    static SimulatedTablet sharedScreen(HttpClient http, String base, String screenToken) {
        return new SimulatedTablet(http, base, null, "scherm/" + screenToken);
    }

    /** Opens the participant page and its push connection. */
    CompletableFuture<SimulatedTablet> connect() {
        cookie = token == null ? "" : "kring-tablet=" + token.value();
        HttpRequest.Builder init = HttpRequest.newBuilder(URI.create(base + "/?v-r=init&location="
                + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="));
        if (!cookie.isEmpty()) {
            init.header("Cookie", cookie);
        }
        return http.sendAsync(init.build(), HttpResponse.BodyHandlers.ofString()).thenCompose(response -> {
            response.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                    .findFirst().ifPresent(c -> cookie = (cookie.isEmpty() ? "" : cookie + "; ")
                            + c.substring(0, c.indexOf(';')));
            String key = find(KEY, response.body());
            String pushId = find(PUSH_ID, response.body());
            String navigate = "{\"csrfToken\":\"" + key + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,"
                    + "\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route + "\",\"query\":\"\","
                    + "\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}],\"syncId\":0,"
                    + "\"clientId\":0}";
            HttpRequest uidl = HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                    .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(navigate)).build();
            return http.sendAsync(uidl, HttpResponse.BodyHandlers.ofString()).thenCompose(page -> {
                if (page.statusCode() != 200 || !page.body().contains(Seed.CARD) && !page.body().contains(Seed.QUESTION)) {
                    throw new IllegalStateException(route + " not shown: " + page.statusCode());
                }
                String ws = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + pushId
                        + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                        + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                        + "&Content-Type=" + URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)
                        + "&X-atmo-protocol=true";
                return http.newWebSocketBuilder().header("Cookie", cookie).buildAsync(URI.create(ws), this);
            });
        }).thenApply(ws -> {
            socket = ws;
            return this;
        });
    }

    /** Starts watching for a text; {@link #arrival()} completes when a push brings it. */
    void watch(String text) {
        arrival = new CompletableFuture<>();
        target = text;
    }

    /**
     * When the watched text arrived, epoch milliseconds (with fractions). A future, not a field
     * to poll: a benchmark thread spinning on a field takes one of this machine's two cores
     * from the Kring it measures.
     */
    CompletableFuture<Double> arrival() {
        return arrival;
    }

    CompletableFuture<?> heartbeat() {
        return http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=0"))
                .header("Cookie", cookie).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding());
    }

    void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        frame.append(data);
        if (last) {
            String text = tail + frame;
            String watched = target;
            CompletableFuture<Double> waiting = arrival;
            if (watched != null && !waiting.isDone() && text.contains(watched)) {
                Instant now = CLOCK.instant();
                waiting.complete(now.toEpochMilli() + (now.getNano() % 1_000_000) / 1e6);
            }
            // a text may straddle two frames
            tail = text.length() > 200 ? text.substring(text.length() - 200) : text;
            frame.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in the init answer");
        }
        return matcher.group(1);
    }
}
