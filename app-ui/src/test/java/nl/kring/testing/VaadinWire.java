package nl.kring.testing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces of Vaadin Flow's wire protocol (Vaadin 25) that the tests' protocol clients
 * ({@link RawVaadinClient}, {@link ProtocolTablet}) share: the keys in the bootstrap answer,
 * the router event, and the push address with Atmosphere's parameters.
 */
final class VaadinWire {

    private static final Pattern KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\":\"([^\"]+)\"");

    private VaadinWire() {
    }

    /** {@code GET} this to create a UI for {@code route}; its answer holds the keys below. */
    static String initAddress(String base, String route) {
        return base + "/?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query=";
    }

    /** The CSRF token every UIDL request of that UI carries. */
    static String securityKey(String bootstrap) {
        return find(KEY, bootstrap);
    }

    /** The id that opens that UI's push connection. */
    static String pushId(String bootstrap) {
        return find(PUSH_ID, bootstrap);
    }

    /** The router event (an rpc of a UIDL request) that shows {@code route}. */
    static String navigateRpc(String route) {
        return "{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}}";
    }

    /** The WebSocket address of a UI's push connection, with the parameters Vaadin's client sends. */
    static String pushAddress(String base, String pushId) {
        return base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=0&v-pushId=" + pushId
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript"
                + "&X-Atmosphere-Transport=websocket&X-Atmosphere-TrackMessageSize=true"
                + "&Content-Type=" + URLEncoder.encode("application/json; charset=UTF-8", StandardCharsets.UTF_8)
                + "&X-atmo-protocol=true";
    }

    private static String find(Pattern pattern, String body) {
        Matcher matcher = pattern.matcher(body);
        if (!matcher.find()) {
            throw new IllegalStateException("not in the bootstrap answer: " + pattern);
        }
        return matcher.group(1);
    }
}
