package nl.kring.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The staff member signed in on this request, for services that scope their work to them. */
@Component
public class CurrentStaff {

    /** The signed-in staff member, if any. */
    public Optional<StaffPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof StaffPrincipal principal
                ? Optional.of(principal) : Optional.empty();
    }

    /** The signed-in staff member; refuses when nobody is signed in. */
    public StaffPrincipal require() {
        return find().orElseThrow(() -> new AccessDeniedException("not signed in"));
    }
}
