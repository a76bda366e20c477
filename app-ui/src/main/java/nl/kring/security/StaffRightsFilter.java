package nl.kring.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.StaffId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Rights take effect at once (issue 21, docs/adr/0011): on every request of a signed-in staff
 * member — a Vaadin page sends one for every click and at least every heartbeat (15 s) — the
 * sign-in's stamp is compared with the account's. When the account was deactivated, or its
 * role or password changed, or its owner chose "Overal afmelden", the stamps differ: the HTTP
 * session ends (and with it the Vaadin session and its pages), the "stay signed in" cookie is
 * removed, and a short-lived cookie tells the sign-in page why, so that it can say so.
 *
 * <p>Each node reads an account's stamp at most once every {@value #FRESH_SECONDS} s. When the
 * database cannot be asked, the sign-in goes on: a database outage must not sign everyone out
 * (docs/reliability.md, scenario 3), and without the database nothing can be done anyway.
 */
public final class StaffRightsFilter extends OncePerRequestFilter {

    /** Read by the sign-in page; holds no more than the word "rights". */
    public static final String SIGNED_OUT_COOKIE = "kring-signed-out";
    static final String REMEMBER_COOKIE = "kring-remember";
    private static final int FRESH_SECONDS = 2;
    private static final Logger LOG = LoggerFactory.getLogger(StaffRightsFilter.class);

    private record Checked(Optional<SignInStamps.Current> current, Instant at) {
    }

    private final SignInStamps stamps;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;
    private final BooleanSupplier databaseReachable;
    private final Map<StaffId, Checked> recent = new ConcurrentHashMap<>();
    private volatile Instant databaseFailedAt = Instant.MIN;

    /**
     * @param databaseReachable what Kring last knew of its database ({@code DatabaseWatch}): while it
     *                          is away, asking would make every click wait for a connection timeout
     */
    StaffRightsFilter(SignInStamps stamps, SecurityContextHolderStrategy contexts, Clock clock,
                      BooleanSupplier databaseReachable) {
        this.stamps = stamps;
        this.contexts = contexts;
        this.clock = clock;
        this.databaseReachable = databaseReachable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me && !stillValid(me)) {
            LOG.info("Signed out {}: the account's rights or password changed, or all its sign-ins were ended",
                    me.username());
            signOut(request, response);
        }
        chain.doFilter(request, response);
    }

    /**
     * A recent reading that matches is enough; one that does not is checked against the database
     * once more, so that a sign-in that just got a new stamp itself (its owner changed the
     * password here) is not taken for an old one.
     */
    private boolean stillValid(StaffPrincipal me) {
        Instant now = clock.instant();
        if (!databaseReachable.getAsBoolean()
                || databaseFailedAt.isAfter(now.minus(Duration.ofSeconds(FRESH_SECONDS)))) {
            return true; // the database is away: nobody is signed out for it (and no click waits on it)
        }
        try {
            Checked checked = recent.get(me.staffId());
            if (checked != null && !checked.at().isBefore(now.minus(Duration.ofSeconds(FRESH_SECONDS)))
                    && matches(checked.current(), me)) {
                return true;
            }
            checked = new Checked(stamps.current(me.staffId()), now);
            recent.put(me.staffId(), checked);
            return matches(checked.current(), me);
        } catch (RuntimeException databaseAway) {
            databaseFailedAt = now;
            return true;
        }
    }

    private static boolean matches(Optional<SignInStamps.Current> current, StaffPrincipal me) {
        return current.filter(SignInStamps.Current::active).filter(now -> now.signIn().equals(me.signInStamp()))
                .isPresent();
    }

    private void signOut(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        contexts.clearContext();
        String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
        response.addCookie(cookie(REMEMBER_COOKIE, "", 0, path, request.isSecure()));
        response.addCookie(cookie(SIGNED_OUT_COOKIE, "rights", 600, path, request.isSecure()));
    }

    private static Cookie cookie(String name, String value, int maxAge, String path, boolean secure) {
        Cookie cookie = new Cookie(name, value);
        cookie.setMaxAge(maxAge);
        cookie.setPath(path);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        return cookie;
    }
}
