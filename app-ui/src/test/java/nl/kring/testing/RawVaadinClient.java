package nl.kring.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * A browser reduced to Vaadin's wire protocol (as the benchmark's simulated tablet speaks
 * it), for tests that send what a browser never would: another browser's security key or
 * push id. One instance is one browser session (its own JSESSIONID).
 */
public final class RawVaadinClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private String cookie = "";
    private String securityKey;
    private String pushId;

    private RawVaadinClient(String base) {
        this.base = base;
    }

    /** Opens {@code route} as a new browser would: a new session and a UI with its keys. */
    public static RawVaadinClient open(String base, String route) throws Exception {
        RawVaadinClient client = new RawVaadinClient(base);
        HttpResponse<String> init = client.http.send(HttpRequest.newBuilder(URI.create(
                VaadinWire.initAddress(base, route))).build(), HttpResponse.BodyHandlers.ofString());
        init.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .ifPresent(c -> client.cookie = c.substring(0, c.indexOf(';')));
        client.securityKey = VaadinWire.securityKey(init.body());
        client.pushId = VaadinWire.pushId(init.body());
        return client;
    }

    public String securityKey() {
        return securityKey;
    }

    public String pushId() {
        return pushId;
    }

    public String sessionCookie() {
        return cookie;
    }

    /** The router event that shows {@code route}, sent with the given security key; the response body. */
    public String navigate(String route, String key) throws Exception {
        String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":[" + VaadinWire.navigateRpc(route)
                + "],\"syncId\":0,\"clientId\":0}";
        return http.send(HttpRequest.newBuilder(URI.create(base + "/?v-r=uidl&v-uiId=0"))
                .header("Cookie", cookie).header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    /**
     * Opens the push connection of this session's UI with the given push id; completes with
     * the first message the server sends, or with "closed" when it closes the connection.
     */
    public CompletableFuture<String> firstPushMessage(String id) {
        CompletableFuture<String> first = new CompletableFuture<>();
        String ws = VaadinWire.pushAddress(base, id);
        http.newWebSocketBuilder().header("Cookie", cookie).buildAsync(URI.create(ws), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                first.complete(data.toString());
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int status, String reason) {
                first.complete("closed");
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                first.complete("closed");
            }
        }).exceptionally(refused -> {
            first.complete("closed");
            return null;
        });
        return first;
    }
}
