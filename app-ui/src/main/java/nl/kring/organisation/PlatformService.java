package nl.kring.organisation;

import java.util.Comparator;
import java.util.List;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationLogos;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.moodboard.PhotoPipeline;
import nl.kring.security.AuditLog;
import nl.kring.security.PasswordPolicy;
import nl.kring.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform administration (issue 22): the organisations of this installation, added, renamed,
 * given their retention periods, suspended and resumed while Kring runs. Platform administrators only; they see each
 * organisation's name, state and number of staff, never anything inside it. Every change is
 * written in the trail of the organisation concerned.
 */
@Service
@PreAuthorize(Roles.ONLY_PLATFORM_ADMIN)
public class PlatformService {

    /** One organisation as the platform administrator sees it. */
    public record OrganisationLine(OrganisationId id, String name, boolean suspended, int staff,
                                   int retentionMonths, int contentRetentionMonths, boolean hasLogo,
                                   Language language) {
    }

    private final OrganisationRepository organisations;
    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final OrganisationLogos logos;
    private final PhotoPipeline pictures;
    private final OrganisationSignInSetup signIns;

    PlatformService(OrganisationRepository organisations, StaffAccountRepository accounts,
                    PasswordEncoder passwordEncoder, AuditLog audit, OrganisationLogos logos, PhotoPipeline pictures,
                    OrganisationSignInSetup signIns) {
        this.signIns = signIns;
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.logos = logos;
        this.pictures = pictures;
    }

    /** Every organisation but the platform's own, by name. */
    @Transactional(readOnly = true)
    public List<OrganisationLine> organisations() {
        return organisations.findAll().stream().filter(o -> !o.platform())
                .sorted(Comparator.comparing(o -> o.name().toLowerCase()))
                .map(o -> new OrganisationLine(o.id(), o.name(), o.suspended(),
                        accounts.findByOrganisation(o.id()).size(), o.retentionMonths(), o.contentRetentionMonths(),
                        logos.exists(o.id()), o.language()))
                .toList();
    }

    /**
     * A new organisation with its first coordinator, who must change the first password at
     * first sign-in; the coordinator can sign in at once, without a restart.
     *
     * @throws InvalidValueException for a taken name or username, a malformed username or a weak password
     */
    @Transactional
    public OrganisationLine create(String name, String coordinatorUsername, String firstPassword) {
        Organisation organisation = Organisation.create(name);
        if (organisations.findByName(organisation.name()).isPresent()) {
            throw new InvalidValueException("name", "validation.organisation-taken");
        }
        Username username = new Username(coordinatorUsername);
        PasswordPolicy.check("password", firstPassword, username.value());
        if (accounts.existsByUsername(username)) {
            throw new InvalidValueException("username", "validation.username-taken");
        }
        Organisation saved = organisations.save(organisation);
        accounts.save(StaffAccount.create(saved.id(), username, new PersonName(username.value()), Role.COORDINATOR,
                passwordEncoder.encode(firstPassword)));
        audit.recordIn(saved.id(), AuditAction.CREATED_ORGANISATION, "organisatie " + saved.name()
                + " · eerste coördinator " + username.value());
        return new OrganisationLine(saved.id(), saved.name(), false, 1, saved.retentionMonths(),
                saved.contentRetentionMonths(), false, saved.language());
    }

    /**
     * Renames an organisation and sets its retention periods (months: personal data of people
     * who left, session contents), as its coordinator can on *Privacy*.
     *
     * @throws InvalidValueException for an empty or taken name or a period outside 1–120 months
     */
    @Transactional
    public void change(OrganisationId id, String newName, int retentionMonths, int contentRetentionMonths) {
        Organisation organisation = require(id);
        Organisation changed = organisation.withName(newName).withRetention(retentionMonths, contentRetentionMonths);
        organisations.findByName(changed.name()).filter(other -> !other.id().equals(id)).ifPresent(other -> {
            throw new InvalidValueException("name", "validation.organisation-taken");
        });
        organisations.save(changed);
        if (!changed.name().equals(organisation.name())) {
            audit.recordIn(id, AuditAction.RENAMED_ORGANISATION, "organisatie " + organisation.name() + " → "
                    + changed.name());
        }
        if (changed.retentionMonths() != organisation.retentionMonths()
                || changed.contentRetentionMonths() != organisation.contentRetentionMonths()) {
            audit.recordIn(id, AuditAction.CHANGED_RETENTION, retentionMonths + " / " + contentRetentionMonths
                    + " · platformbeheer");
        }
    }

    /** The organisation's sign-in with its own accounts (never its secret), as its coordinator sees it. */
    @Transactional(readOnly = true)
    public SignInSettings signInOf(OrganisationId id) {
        return signIns.of(require(id).id());
    }

    /**
     * Sets up the organisation's sign-in with its own accounts for it, as its coordinator can:
     * a municipality's IT department often connects the welfare organisations it hosts.
     *
     * @throws InvalidValueException for an empty or malformed field, or a provider that does not answer
     */
    @Transactional
    public void setSignIn(OrganisationId id, String issuer, String clientId, String clientSecret) {
        OrganisationSignIn saved = signIns.set(require(id).id(), issuer, clientId, clientSecret);
        audit.recordIn(id, AuditAction.CHANGED_ORGANISATION_SIGN_IN, "aanmelden met het account van de organisatie · "
                + saved.issuer() + " · " + saved.clientId() + " · platformbeheer");
    }

    @Transactional
    public void removeSignIn(OrganisationId id) {
        if (signIns.remove(require(id).id())) {
            audit.recordIn(id, AuditAction.CHANGED_ORGANISATION_SIGN_IN, "aanmelden met het account van de organisatie"
                    + " · uitgezet · platformbeheer");
        }
    }

    /** The language the organisation's new staff accounts start in, as its coordinator can set it too. */
    @Transactional
    public void setLanguage(OrganisationId id, Language language) {
        if (language == null) {
            throw new InvalidValueException("language", "validation.required");
        }
        Organisation organisation = require(id);
        if (organisation.language() != language) {
            organisations.save(organisation.withLanguage(language));
            audit.recordIn(id, AuditAction.CHANGED_DEFAULT_LANGUAGE, "taal voor nieuwe medewerkers · "
                    + language.name() + " · platformbeheer");
        }
    }

    /**
     * The organisation's logo for its shared screens, from any photo or picture file: made safe
     * as a moodboard photo is (decoded, metadata gone, at most 480 px, JPEG).
     *
     * @throws InvalidValueException with a {@code validation.photo-*} key for what is not a usable picture
     */
    public void setLogo(OrganisationId id, byte[] upload) {
        require(id);
        // no transaction around this method: decoding can take a moment and must not hold a
        // database connection (as TabletMoodboardService.keepPhoto); the two writes are each atomic
        byte[] logo = pictures.clean(upload).thumbnail();
        logos.save(id, logo);
        audit.recordIn(id, AuditAction.CHANGED_ORGANISATION_LOGO, "logo · " + logo.length / 1024 + " kB");
    }

    @Transactional
    public void removeLogo(OrganisationId id) {
        require(id);
        logos.remove(id);
        audit.recordIn(id, AuditAction.CHANGED_ORGANISATION_LOGO, "logo weggehaald");
    }

    /**
     * Suspends or resumes an organisation. Suspended, none of its staff can sign in, and
     * every open sign-in of it ends at its next request (JdbcSignInStamps); its data stay.
     */
    @Transactional
    public void setSuspended(OrganisationId id, boolean suspended) {
        Organisation organisation = require(id);
        if (organisation.suspended() == suspended) {
            return;
        }
        organisations.save(organisation.withSuspended(suspended));
        audit.recordIn(id, suspended ? AuditAction.SUSPENDED_ORGANISATION : AuditAction.RESUMED_ORGANISATION,
                "organisatie " + organisation.name());
    }

    private Organisation require(OrganisationId id) {
        return organisations.findById(id).filter(o -> !o.platform())
                .orElseThrow(() -> new InvalidValueException("organisation", "validation.organisation-gone"));
    }
}
