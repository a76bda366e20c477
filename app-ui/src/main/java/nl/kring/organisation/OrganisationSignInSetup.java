package nl.kring.organisation;

import java.util.Optional;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.domain.organisation.OrganisationSignIns;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.OrganisationClientRegistrations;
import nl.kring.security.SecretBox;
import org.springframework.stereotype.Component;

/**
 * Setting up an organisation's sign-in with its own accounts (OpenID Connect), for the two who
 * may: its coordinator ({@link OrganisationSettingsService}) and the platform administrator
 * ({@link PlatformService}). Not a service of its own: those two say who may, and audit.
 */
@Component
class OrganisationSignInSetup {

    private final OrganisationSignIns signIns;
    private final SecretBox secrets;
    private final OrganisationClientRegistrations providers;

    OrganisationSignInSetup(OrganisationSignIns signIns, SecretBox secrets, OrganisationClientRegistrations providers) {
        this.signIns = signIns;
        this.secrets = secrets;
        this.providers = providers;
    }

    SignInSettings of(OrganisationId organisation) {
        Optional<OrganisationSignIn> signIn = signIns.find(organisation);
        return new SignInSettings(signIn.map(OrganisationSignIn::issuer), signIn.map(OrganisationSignIn::clientId),
                signIn.flatMap(s -> secrets.open(s.sealedSecret())).isPresent(),
                // where the provider sends the person back: the provider must know it in advance
                "/login/oauth2/code/" + organisation.value());
    }

    /**
     * Sets up (or changes) the sign-in. The provider is asked first, so that a mistyped address
     * is caught here and not by the first person signing in. An empty secret keeps the saved
     * one (it is never shown, so it cannot be filled in again).
     *
     * @return what was saved, for the audit trail
     * @throws InvalidValueException for an empty or malformed field, or a provider that does not answer
     */
    OrganisationSignIn set(OrganisationId organisation, String issuer, String clientId, String clientSecret) {
        Optional<OrganisationSignIn> before = signIns.find(organisation);
        boolean secretGiven = clientSecret != null && !clientSecret.isBlank();
        boolean keepSecret = !secretGiven && before.isPresent()
                && secrets.open(before.get().sealedSecret()).isPresent();
        String sealed = keepSecret ? before.get().sealedSecret() : secretGiven ? secrets.seal(clientSecret.strip()) : "";
        OrganisationSignIn signIn = new OrganisationSignIn(organisation, issuer, clientId, sealed);
        providers.requireProvider(signIn.issuer());
        signIns.save(signIn);
        return signIn;
    }

    /** Ends it; answers whether there was one. */
    boolean remove(OrganisationId organisation) {
        if (signIns.find(organisation).isEmpty()) {
            return false;
        }
        signIns.remove(organisation);
        return true;
    }
}
