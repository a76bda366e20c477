package nl.kring.security;

import com.vaadin.flow.server.VaadinSession;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/** The staff member signed in on this request, for services that scope their work to them. */
@Component
public class CurrentStaff {

    private final SecurityContextHolderStrategy securityContext;

    /**
     * Uses the same context holder as method security (Vaadin's session-aware one). Not the
     * static {@code SecurityContextHolder}: with several application contexts in one JVM (tests)
     * the static one belongs to whichever context started last.
     */
    CurrentStaff(ObjectProvider<SecurityContextHolderStrategy> strategy) {
        this.securityContext = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    /** The signed-in staff member, if any. */
    public Optional<StaffPrincipal> find() {
        Authentication authentication = securityContext.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    /**
     * This sign-in goes on under the account's new stamp (its owner changed the password here;
     * every other sign-in of the account ends, see {@link StaffRightsFilter}).
     */
    void continueWithStamp(UUID newStamp) {
        SecurityContext context = securityContext.getContext();
        Authentication before = context.getAuthentication();
        if (before != null && before.getPrincipal() instanceof StaffPrincipal me) {
            StaffPrincipal renewed = me.withStamp(newStamp);
            UsernamePasswordAuthenticationToken after = UsernamePasswordAuthenticationToken.authenticated(renewed,
                    null, renewed.getAuthorities());
            after.setDetails(before.getDetails());
            context.setAuthentication(after);
            // the context the HTTP session keeps is the one read on the next request
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && session.getSession() != null) {
                session.getSession().setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        context);
            }
        }
    }

    /**
     * Whether this sign-in came through the organisation's own account (OpenID Connect): then
     * Kring does not ask for a password of its own, not even to replace a first one.
     */
    public boolean signedInWithOrganisationAccount() {
        return securityContext.getContext().getAuthentication() instanceof OrganisationAccountAuthentication;
    }

    /** The signed-in staff member; refuses when nobody is signed in. */
    public StaffPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
