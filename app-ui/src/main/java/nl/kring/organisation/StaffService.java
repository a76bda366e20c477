package nl.kring.organisation;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.OrganisationSignIns;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.StaffId;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.PersonalDataStore;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AuditLog;
import nl.kring.security.CurrentStaff;
import nl.kring.security.PasswordPolicy;
import nl.kring.security.Roles;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Coordinators manage the staff accounts of their organisation. */
@Service
@PreAuthorize(Roles.ONLY_COORDINATOR)
public class StaffService {

    private final StaffAccountRepository accounts;
    private final GroupRepository groups;
    private final PasswordEncoder passwordEncoder;
    private final CurrentStaff currentStaff;
    private final SignInStamps stamps;
    private final AuditLog audit;
    private final PersonalDataStore personalData;
    private final OrganisationRepository organisations;
    private final OrganisationSignIns signIns;
    /** The name what an erased staff member did goes under. */
    static final String FORMER_STAFF = "Oud-medewerker";

    StaffService(StaffAccountRepository accounts, GroupRepository groups, PasswordEncoder passwordEncoder,
                 CurrentStaff currentStaff, SignInStamps stamps, AuditLog audit, PersonalDataStore personalData,
                 OrganisationRepository organisations, OrganisationSignIns signIns) {
        this.audit = audit;
        this.signIns = signIns;
        this.organisations = organisations;
        this.personalData = personalData;
        this.accounts = accounts;
        this.groups = groups;
        this.passwordEncoder = passwordEncoder;
        this.currentStaff = currentStaff;
        this.stamps = stamps;
    }

    /** All staff of the coordinator's organisation, sorted by name. */
    @Transactional(readOnly = true)
    public List<StaffAccount> list() {
        return accounts.findByOrganisation(currentStaff.require().organisationId());
    }

    /**
     * Creates an account with a first password that its owner must change at first sign-in, or,
     * where the organisation signs in with its own accounts, without one.
     *
     * @throws InvalidValueException for a taken or malformed username, an empty name or a weak password
     */
    @Transactional
    public StaffAccount create(String username, String name, Role role, String firstPassword) {
        Username validUsername = new Username(username);
        PersonName validName = new PersonName(name);
        requireOrganisationRole(role);
        OrganisationId organisation = currentStaff.require().organisationId();
        // With the organisation's own accounts on, a first password is optional: without one the
        // account can only be used through the organisation's account (until a coordinator gives
        // it a first password), so nobody but its owner ever knew a password for it.
        boolean withoutPassword = (firstPassword == null || firstPassword.isEmpty())
                && signIns.find(organisation).isPresent();
        if (!withoutPassword) {
            PasswordPolicy.check("password", firstPassword, validUsername.value());
        }
        if (accounts.existsByUsername(validUsername)) {
            throw new InvalidValueException("username", "validation.username-taken");
        }
        // in the organisation's language for new staff (issue 22); its owner can choose another
        Language language = organisations.findById(organisation).map(Organisation::language).orElse(Language.DUTCH);
        StaffAccount created = accounts.save(StaffAccount.create(organisation, validUsername, validName, role,
                passwordEncoder.encode(withoutPassword ? unguessable() : firstPassword)).withLanguage(language));
        audit.record(AuditAction.CREATED_STAFF, "medewerker " + created.username().value() + " · " + role.name());
        return created;
    }

    /** A password nobody knows: 32 random bytes, never shown, only its hash kept. */
    private static String unguessable() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }

    /** A coordinator gives roles inside the organisation only; platform administrators are made at start-up. */
    private static void requireOrganisationRole(Role role) {
        if (role == null || !Role.organisationRoles().contains(role)) {
            throw new InvalidValueException("role", "validation.required");
        }
    }

    /**
     * Changes name, role and whether the account may sign in. A changed role removes the
     * person from the groups they were assigned to in their old role.
     */
    @Transactional
    public StaffAccount update(StaffId id, String name, Role role, boolean active) {
        StaffAccount account = requireOwn(id);
        PersonName validName = new PersonName(name);
        requireOrganisationRole(role);
        if (account.id().equals(currentStaff.require().staffId()) && (!active || role != Role.COORDINATOR)) {
            throw new InvalidValueException("role", "validation.not-yourself");
        }
        if (role != account.role()) {
            removeFromGroups(account);
        }
        if (role != account.role() || active != account.active()) {
            // every open browser of the account is signed out within seconds (docs/adr/0011)
            stamps.endAllSignIns(account.id());
        }
        audit.record(AuditAction.CHANGED_STAFF, "medewerker " + account.username().value() + " · " + role.name()
                + (active ? "" : " · mag niet aanmelden"));
        return accounts.save(account.withDetails(validName, role, active));
    }

    /**
     * Erases a deactivated staff account (the right to be forgotten of staff too): what they
     * did stays under "Oud-medewerker" ({@link PersonalDataStore#eraseStaff}).
     *
     * @throws InvalidValueException when the account may still sign in, or is your own
     */
    @Transactional
    public void erase(StaffId id) {
        StaffAccount account = requireOwn(id);
        if (account.id().equals(currentStaff.require().staffId())) {
            throw new InvalidValueException("active", "validation.erase-yourself");
        }
        if (account.active()) {
            throw new InvalidValueException("active", "validation.staff-erase-active");
        }
        personalData.eraseStaff(account.id(), FORMER_STAFF);
        audit.record(AuditAction.ERASED_STAFF, "medewerker " + account.username().value());
    }

    /** Sets a new first password, for someone who forgot theirs; they must change it at sign-in. */
    @Transactional
    public StaffAccount resetPassword(StaffId id, String newFirstPassword) {
        StaffAccount account = requireOwn(id);
        PasswordPolicy.check("password", newFirstPassword, account.username().value());
        // whoever is signed in with the old password is signed out (it may be the reason for the reset)
        stamps.endAllSignIns(account.id());
        audit.record(AuditAction.RESET_PASSWORD, "medewerker " + account.username().value());
        return accounts.save(account.withResetPassword(passwordEncoder.encode(newFirstPassword)));
    }

    private StaffAccount requireOwn(StaffId id) {
        StaffPrincipal me = currentStaff.require();
        return accounts.findById(id).filter(a -> a.organisationId().equals(me.organisationId()))
                .orElseThrow(() -> new AccessDeniedException("staff account not available"));
    }

    private void removeFromGroups(StaffAccount account) {
        for (Group group : groups.findByAssignedStaff(account.id())) {
            Set<StaffAccount> facilitators = without(group.facilitators(), account.id());
            Set<StaffAccount> experts = without(group.experienceExperts(), account.id());
            groups.save(group.withStaff(facilitators, experts));
        }
    }

    private Set<StaffAccount> without(Set<StaffId> ids, StaffId removed) {
        return ids.stream().filter(id -> !id.equals(removed)).map(accounts::findById)
                .flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
