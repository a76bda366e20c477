package nl.kring.moodboard;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.http.HttpSession;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import nl.kring.domain.session.SessionId;

/**
 * The sessions whose photos this browser may load: noted in its server-side HTTP session
 * when a tablet is let into a session as a participant, or a shared screen opens with its
 * valid address. A photo address alone opens nothing; staff are checked by their account.
 */
public final class PhotoPass {

    static final String ATTRIBUTE = "kring.photo-sessions";

    private PhotoPass() {
    }

    /** Lets the current browser load the photos of this session (call after the browser was let in). */
    public static void grant(SessionId session) {
        VaadinSession vaadin = VaadinSession.getCurrent();
        if (vaadin == null || vaadin.getSession() == null) {
            return;
        }
        WrappedSession http = vaadin.getSession();
        @SuppressWarnings("unchecked")
        Set<UUID> passes = (Set<UUID>) http.getAttribute(ATTRIBUTE);
        if (passes == null) {
            passes = ConcurrentHashMap.newKeySet();
            http.setAttribute(ATTRIBUTE, passes);
        }
        passes.add(session.value());
    }

    /** The sessions a browser was let into, from its HTTP session (none without one). */
    public static Set<SessionId> of(HttpSession http) {
        Object passes = http == null ? null : http.getAttribute(ATTRIBUTE);
        if (!(passes instanceof Set<?> set)) {
            return Set.of();
        }
        return set.stream().filter(UUID.class::isInstance).map(id -> new SessionId((UUID) id))
                .collect(Collectors.toUnmodifiableSet());
    }
}
