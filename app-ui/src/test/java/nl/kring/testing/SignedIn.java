package nl.kring.testing;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
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
    private final SecurityContextHolderStrategy holder;

    public SignedIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.users = users;
        // the holder method security reads (see CurrentStaff for why not the static one)
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public <T> T as(String username, Supplier<T> action) {
        SecurityContext before = holder.getContext();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        holder.setContext(context);
        try {
            return action.get();
        } finally {
            holder.setContext(before);
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
        SecurityContext before = holder.getContext();
        holder.setContext(holder.createEmptyContext());
        try {
            return action.get();
        } finally {
            holder.setContext(before);
        }
    }

    public void anonymous(Runnable action) {
        anonymous(() -> {
            action.run();
            return null;
        });
    }
}
