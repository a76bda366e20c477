package nl.kring.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What a sign-in attempt brings besides name and password: the client address (Spring's
 * details) and, if the browser was known to this account before, its verified id
 * ({@link KnownBrowsers}), for {@link ThrottledAuthenticationProvider}.
 */
final class SignInDetails extends WebAuthenticationDetails {

    private final String knownBrowser;

    SignInDetails(HttpServletRequest request, String knownBrowser) {
        super(request);
        this.knownBrowser = knownBrowser;
    }

    /** The verified id of a browser the account signed in with before; {@code null} otherwise. */
    String knownBrowser() {
        return knownBrowser;
    }

    /** Reads the details from the sign-in request (its {@code username} field and its cookies). */
    static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source(KnownBrowsers known) {
        return request -> new SignInDetails(request,
                known.knownFor(request, request.getParameter("username")).orElse(null));
    }
}
