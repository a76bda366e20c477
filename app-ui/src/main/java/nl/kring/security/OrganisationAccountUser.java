package nl.kring.security;

import java.io.Serial;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * A person the organisation's provider vouched for, with the staff account Kring linked them
 * to. It lives only between the provider's answer and the end of that sign-in: then
 * {@link OrganisationSignInSuccess} replaces it by an ordinary Kring sign-in of the account
 * ({@link OrganisationAccountAuthentication}).
 */
final class OrganisationAccountUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final StaffPrincipal staff;

    OrganisationAccountUser(OidcUser vouched, StaffPrincipal staff) {
        super(staff.getAuthorities(), vouched.getIdToken(), vouched.getUserInfo());
        this.staff = staff;
    }

    StaffPrincipal staff() {
        return staff;
    }
}
