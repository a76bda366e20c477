package nl.kring.security;

import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Password sign-in with throttling. Every failure looks the same to the person signing in
 * ({@link BadCredentialsException}), whether the account is unknown, disabled or the
 * password is wrong, so that the answer never tells whether an account exists.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final KnownBrowsers knownBrowsers;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
                                    KnownBrowsers knownBrowsers) {
        this.knownBrowsers = knownBrowsers;
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        // a browser the account signed in with before is counted on its own (docs/adr/0002)
        String knownBrowser = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                ? knownBrowsers.knownFor(current.getRequest(), username).orElse(null) : null;
        if (throttle.isBlocked(username, address, knownBrowser)) {
            throw new LoginThrottledException();
        }
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException | AccountStatusException e) {
            throttle.recordFailure(username, address, knownBrowser);
            throw new BadCredentialsException("bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
