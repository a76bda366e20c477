package nl.kring.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks the browser of a signed-in staff member as known to their account
 * ({@link KnownBrowsers}), once: from then on a stranger's wrong passwords for that account do
 * not block sign-in from this browser.
 */
final class KnownBrowserFilter extends OncePerRequestFilter {

    private final KnownBrowsers known;
    private final SecurityContextHolderStrategy contexts;

    KnownBrowserFilter(KnownBrowsers known, SecurityContextHolderStrategy contexts) {
        this.known = known;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = contexts.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me
                && known.knownFor(request, me.username()).isEmpty()) {
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addCookie(known.cookieFor(me.username(), path, request.isSecure()));
        }
        chain.doFilter(request, response);
    }
}
