package nl.kring.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.beans.factory.ObjectProvider;
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

    /** The signed-in staff member; refuses when nobody is signed in. */
    public StaffPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
