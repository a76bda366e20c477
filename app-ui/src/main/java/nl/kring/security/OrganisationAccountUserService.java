package nl.kring.security;

import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationSignIns;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Who a person the organisation's provider vouched for is in Kring (issue 22). The provider
 * knows the person by issuer and subject; Kring links that pair to a staff account once, at
 * the first sign-in, by the e-mail address the provider gives (the {@code email} claim, unless
 * the provider says it is not verified, else {@code preferred_username}, which Microsoft Entra
 * ID fills with the work address), and only to an account of the same organisation that is
 * not linked to someone else yet. From then on the link decides, so a changed address does not
 * lock anyone out and a reused address does not let a newcomer in as someone else.
 *
 * <p>A coordinator still decides who may use Kring and in which role: without a Kring account
 * (or with a deactivated one, or in a suspended organisation) the provider's word is refused.
 *
 * <p>Used by Spring Security's sign-in filter only, before anyone is signed in.
 */
@Component
class OrganisationAccountUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** No Kring account for this person (or it belongs to someone else already). */
    static final String UNKNOWN_ACCOUNT = "kring_unknown_account";
    /** The Kring account may not sign in (deactivated, or its organisation is suspended). */
    static final String INACTIVE_ACCOUNT = "kring_inactive_account";
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationAccountUserService.class);

    private final OidcUserService provider = new OidcUserService();
    private final OrganisationSignIns signIns;
    private final StaffAccountRepository accounts;
    private final UserDetailsService users;

    OrganisationAccountUserService(OrganisationSignIns signIns, StaffAccountRepository accounts,
                                   UserDetailsService users) {
        this.signIns = signIns;
        this.accounts = accounts;
        this.users = users;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser vouched = provider.loadUser(request);
        OrganisationId organisation = new OrganisationId(UUID.fromString(
                request.getClientRegistration().getRegistrationId()));
        String issuer = String.valueOf(vouched.getIssuer());
        String subject = vouched.getSubject();
        StaffAccount account = signIns.linkedAccount(issuer, subject)
                .flatMap(accounts::findById)
                .filter(linked -> linked.organisationId().equals(organisation))
                .or(() -> linkAtFirstSignIn(organisation, issuer, subject, vouched))
                .orElseThrow(() -> {
                    LOG.info("Sign-in with the account of organisation {} refused: no Kring account for {}",
                            organisation.value(), addressOf(vouched).orElse("(no address)"));
                    return refused(UNKNOWN_ACCOUNT);
                });
        StaffPrincipal staff;
        try {
            staff = (StaffPrincipal) users.loadUserByUsername(account.username().value());
        } catch (UsernameNotFoundException gone) {
            throw refused(UNKNOWN_ACCOUNT);
        }
        if (!staff.isEnabled()) {
            throw refused(INACTIVE_ACCOUNT);
        }
        return new OrganisationAccountUser(vouched, staff);
    }

    private Optional<StaffAccount> linkAtFirstSignIn(OrganisationId organisation, String issuer, String subject,
                                                     OidcUser vouched) {
        Optional<StaffAccount> match = addressOf(vouched).flatMap(OrganisationAccountUserService::username)
                .flatMap(accounts::findByUsername)
                .filter(account -> account.organisationId().equals(organisation))
                .filter(account -> !signIns.isLinked(account.id(), issuer));
        match.ifPresent(account -> {
            signIns.link(account.id(), issuer, subject);
            LOG.info("Linked staff account {} to its organisation's account at {}", account.username(), issuer);
        });
        return match;
    }

    /** The work e-mail address the provider gives, if it gives one it stands for. */
    static Optional<String> addressOf(OidcUser vouched) {
        if (vouched.getEmail() != null && !Boolean.FALSE.equals(vouched.getEmailVerified())) {
            return Optional.of(vouched.getEmail());
        }
        String preferred = vouched.getPreferredUsername();
        return preferred != null && preferred.contains("@") ? Optional.of(preferred) : Optional.empty();
    }

    private static Optional<Username> username(String address) {
        try {
            return Optional.of(new Username(address));
        } catch (InvalidValueException notAUsername) {
            return Optional.empty();
        }
    }

    private static OAuth2AuthenticationException refused(String code) {
        return new OAuth2AuthenticationException(new OAuth2Error(code));
    }
}
