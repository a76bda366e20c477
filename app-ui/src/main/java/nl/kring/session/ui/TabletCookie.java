package nl.kring.session.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import nl.kring.domain.session.TabletToken;

/**
 * The rejoin cookie: brings a tablet back as the same person after a reload, a lost
 * connection or a closed browser. HttpOnly (no script can read it), SameSite=Lax, and
 * only as long as a session day lasts; the server forgets the token when the facilitator
 * releases the tablet.
 */
final class TabletCookie {

    static final String NAME = "kring-tablet";
    static final Duration LIFETIME = Duration.ofHours(16);
    private static final String SESSION_ATTRIBUTE = "kring.tablet-token";

    private TabletCookie() {
    }

    /**
     * The tablet's token: the one this browser session chose last (the browser may not have
     * sent the new cookie yet), otherwise the one in the cookie (after a restart of Kring or
     * of the browser).
     */
    static Optional<TabletToken> read() {
        VaadinSession session = VaadinSession.getCurrent();
        Optional<TabletToken> chosenNow = session == null ? Optional.empty()
                : TabletToken.parse((String) session.getAttribute(SESSION_ATTRIBUTE));
        if (chosenNow.isPresent()) {
            return chosenNow;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null || request.getCookies() == null ? Optional.empty()
                : Arrays.stream(request.getCookies()).filter(c -> NAME.equals(c.getName())).findFirst()
                        .flatMap(c -> TabletToken.parse(c.getValue()));
    }

    /** Sets the cookie on the response of the current request (a Vaadin XHR request can set cookies). */
    static void write(TabletToken token) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, token.value());
        }
        VaadinResponse response = VaadinResponse.getCurrent();
        VaadinRequest request = VaadinRequest.getCurrent();
        if (response == null) {
            return;
        }
        Cookie cookie = new Cookie(NAME, token.value());
        cookie.setPath(request != null && !request.getContextPath().isEmpty() ? request.getContextPath() : "/");
        cookie.setHttpOnly(true);
        cookie.setSecure(request != null && request.isSecure());
        cookie.setMaxAge((int) LIFETIME.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
