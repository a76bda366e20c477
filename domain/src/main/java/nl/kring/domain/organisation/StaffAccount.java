package nl.kring.domain.organisation;

import java.util.Objects;

/**
 * A staff member's account. Passwords are stored only as a hash produced outside the
 * domain (the domain never sees a password).
 *
 * @param mustChangePassword true after a coordinator set a first password: the person
 *                           must choose their own at the next sign-in
 * @param version            optimistic-locking version, 0 for a new account
 */
public record StaffAccount(
        StaffId id,
        OrganisationId organisationId,
        Username username,
        PersonName name,
        Role role,
        String passwordHash,
        boolean mustChangePassword,
        boolean active,
        Language language,
        long version) {

    public StaffAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(language, "language");
    }

    /** A new, active account whose first password must be changed at first sign-in. */
    public static StaffAccount create(OrganisationId organisationId, Username username, PersonName name,
                                      Role role, String firstPasswordHash) {
        return new StaffAccount(StaffId.newId(), organisationId, username, name, role, firstPasswordHash,
                true, true, Language.DUTCH, 0);
    }

    /** The person chose their own password. */
    public StaffAccount withOwnPassword(String passwordHash) {
        return new StaffAccount(id, organisationId, username, name, role, passwordHash, false, active, language, version);
    }

    /** A coordinator reset the password: the person must choose a new one at next sign-in. */
    public StaffAccount withResetPassword(String passwordHash) {
        return new StaffAccount(id, organisationId, username, name, role, passwordHash, true, active, language, version);
    }

    public StaffAccount withDetails(PersonName newName, Role newRole, boolean newActive) {
        return new StaffAccount(id, organisationId, username, newName, newRole, passwordHash, mustChangePassword,
                newActive, language, version);
    }

    public StaffAccount withLanguage(Language newLanguage) {
        return new StaffAccount(id, organisationId, username, name, role, passwordHash, mustChangePassword, active,
                newLanguage, version);
    }
}
