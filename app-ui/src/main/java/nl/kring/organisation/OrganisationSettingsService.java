package nl.kring.organisation;

import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AuditLog;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's settings for how the organisation's staff work in Kring (issue 22): the
 * language new accounts start in, and sign-in with the organisation's own accounts (OpenID
 * Connect: Microsoft Entra ID, Google Workspace or another provider; the platform administrator
 * can set it up too). Every change goes into the organisation's audit trail; the client secret
 * is never shown again once saved.
 */
@Service
@PreAuthorize(Roles.ONLY_COORDINATOR)
public class OrganisationSettingsService {

    /** What the settings on the staff page show. */
    public record Settings(Language language, SignInSettings signIn) {
    }

    private final OrganisationRepository organisations;
    private final OrganisationSignInSetup signIns;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    OrganisationSettingsService(OrganisationRepository organisations, OrganisationSignInSetup signIns,
                                CurrentStaff currentStaff, AuditLog audit) {
        this.organisations = organisations;
        this.signIns = signIns;
        this.currentStaff = currentStaff;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public Settings settings() {
        Organisation organisation = own();
        return new Settings(organisation.language(), signIns.of(organisation.id()));
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
     * Sets up (or changes) sign-in with the organisation's own accounts, after asking the
     * provider; an empty secret keeps the saved one.
     *
     * @throws InvalidValueException for an empty or malformed field, or a provider that does not answer
     */
    @Transactional
    public void setSignIn(String issuer, String clientId, String clientSecret) {
        OrganisationSignIn saved = signIns.set(own().id(), issuer, clientId, clientSecret);
        audit.record(AuditAction.CHANGED_ORGANISATION_SIGN_IN, "aanmelden met het account van de organisatie · "
                + saved.issuer() + " · " + saved.clientId());
    }

    /** Ends sign-in with the organisation's accounts: its staff sign in with their Kring password again. */
    @Transactional
    public void removeSignIn() {
        if (signIns.remove(own().id())) {
            audit.record(AuditAction.CHANGED_ORGANISATION_SIGN_IN, "aanmelden met het account van de organisatie"
                    + " · uitgezet");
        }
    }

    private Organisation own() {
        return organisations.findById(currentStaff.require().organisationId()).orElseThrow();
    }
}
