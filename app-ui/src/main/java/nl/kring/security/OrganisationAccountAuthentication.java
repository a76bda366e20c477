package nl.kring.security;

import java.io.Serial;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A staff member signed in with their organisation's account (OpenID Connect). To the rest of
 * Kring it is an ordinary sign-in of a {@link StaffPrincipal}: the rights check, the audit
 * trail and "Overal afmelden" treat it like one. Kring asks no password of such a sign-in,
 * not even a first one to change ({@link CurrentStaff#signedInWithOrganisationAccount()}).
 */
final class OrganisationAccountAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;

    OrganisationAccountAuthentication(StaffPrincipal staff) {
        super(staff.getAuthorities());
        this.staff = staff;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public StaffPrincipal getPrincipal() {
        return staff;
    }
}
