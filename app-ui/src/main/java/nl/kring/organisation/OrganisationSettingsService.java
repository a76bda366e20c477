package nl.kring.organisation;

import java.util.Optional;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.domain.organisation.OrganisationSignIns;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AuditLog;
import nl.kring.security.CurrentStaff;
import nl.kring.security.OrganisationClientRegistrations;
import nl.kring.security.Roles;
import nl.kring.security.SecretBox;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's settings for how the organisation's staff work in Kring (issue 22): the
 * language new accounts start in, and sign-in with the organisation's own accounts (OpenID
 * Connect: Microsoft Entra ID, Google Workspace or another provider). Every change goes into
 * the organisation's audit trail; the client secret is never shown again once saved.
 */
@Service
@PreAuthorize(Roles.ONLY_COORDINATOR)
public class OrganisationSettingsService {

    /**
     * What the settings page shows: the sign-in's provider and client id (never the secret), and
     * whether the saved secret can still be read (not after the installation's key changed), and
     * the path (after Kring's address) to register at the provider as the redirect URI.
     */
    public record Settings(Language language, Optional<String> issuer, Optional<String> clientId,
                           boolean secretReadable, String redirectPath) {
    }

    private final OrganisationRepository organisations;
    private final OrganisationSignIns signIns;
    private final SecretBox secrets;
    private final OrganisationClientRegistrations providers;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    OrganisationSettingsService(OrganisationRepository organisations, OrganisationSignIns signIns, SecretBox secrets,
                                OrganisationClientRegistrations providers, CurrentStaff currentStaff, AuditLog audit) {
        this.organisations = organisations;
        this.signIns = signIns;
        this.secrets = secrets;
        this.providers = providers;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        Organisation organisation = own();
        Optional<OrganisationSignIn> signIn = signIns.find(organisation.id());
        return new Settings(organisation.language(), signIn.map(OrganisationSignIn::issuer),
                signIn.map(OrganisationSignIn::clientId),
                signIn.flatMap(s -> secrets.open(s.sealedSecret())).isPresent(),
                // where the provider sends the person back: the provider must know it in advance
                "/login/oauth2/code/" + organisation.id().value());
    }

    /** The language the organisation's new staff accounts start in. */
    @Transactional
    public void setLanguage(Language language) {
        if (language == null) {
            throw new InvalidValueException("language", "validation.required");
        }
        Organisation organisation = own();
        if (organisation.language() != language) {
            organisations.save(organisation.withLanguage(language));
            audit.record(AuditAction.CHANGED_DEFAULT_LANGUAGE, "taal voor nieuwe medewerkers · " + language.name());
        }
    }

    /**
     * Sets up (or changes) sign-in with the organisation's own accounts. The provider is asked
     * first, so that a mistyped address is caught here and not by the first person signing in.
     * An empty secret keeps the saved one (it is never shown, so it cannot be filled in again).
     *
     * @throws InvalidValueException for an empty or malformed field, or a provider that does not answer
     */
    @Transactional
    public void setSignIn(String issuer, String clientId, String clientSecret) {
        Organisation organisation = own();
        Optional<OrganisationSignIn> before = signIns.find(organisation.id());
        boolean keepSecret = (clientSecret == null || clientSecret.isBlank()) && before.isPresent()
                && secrets.open(before.get().sealedSecret()).isPresent();
        String sealed = keepSecret ? before.get().sealedSecret()
                : clientSecret == null || clientSecret.isBlank() ? "" : secrets.seal(clientSecret.strip());
        OrganisationSignIn signIn;
        try {
            signIn = new OrganisationSignIn(organisation.id(), issuer, clientId, sealed);
        } catch (InvalidValueException invalid) {
            throw "clientSecret".equals(invalid.field())
                    ? new InvalidValueException("clientSecret", "validation.required") : invalid;
        }
        providers.requireProvider(signIn.issuer());
        signIns.save(signIn);
        audit.record(AuditAction.CHANGED_ORGANISATION_SIGN_IN, "aanmelden met het account van de organisatie · "
                + signIn.issuer() + " · " + signIn.clientId());
    }

    /** Ends sign-in with the organisation's accounts: its staff sign in with their Kring password again. */
    @Transactional
    public void removeSignIn() {
        Organisation organisation = own();
        if (signIns.find(organisation.id()).isPresent()) {
            signIns.remove(organisation.id());
            audit.record(AuditAction.CHANGED_ORGANISATION_SIGN_IN, "aanmelden met het account van de organisatie"
                    + " · uitgezet");
        }
    }

    private Organisation own() {
        return organisations.findById(currentStaff.require().organisationId()).orElseThrow();
    }
}
