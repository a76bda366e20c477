package nl.kring.testing;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Runs code as a given staff member, for tests in which several people act one after the
 * other (a facilitator, then a tablet, then an experience expert).
 */
@Component
public class SignedIn {

    private final UserDetailsService users;

    public SignedIn(UserDetailsService users) {
        this.users = users;
    }

    public <T> T as(String username, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** Runs code with nobody signed in: a tablet. */
    public <T> T anonymous(Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
