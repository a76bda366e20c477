package nl.kring.security;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffId;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as Spring Security sees them. Carries the organisation so
 * that every service can scope its work to it without another query.
 *
 * @param signInStamp the account's sign-in stamp when this sign-in began: the sign-in ends as soon as
 *                    the account has another (rights or password changed, see {@link StaffRightsFilter})
 */
public record StaffPrincipal(StaffId staffId, OrganisationId organisationId, String username, String name, Role role,
                             String passwordHash, boolean enabled, Language language, UUID signInStamp)
        implements UserDetails {

    public static StaffPrincipal of(StaffAccount account, UUID signInStamp) {
        return new StaffPrincipal(account.id(), account.organisationId(), account.username().value(),
                account.name().value(), account.role(), account.passwordHash(), account.active(), account.language(),
                signInStamp);
    }

    /** The same, able to sign in only if {@code active} (the account and its organisation, issue 22). */
    public StaffPrincipal enabledOnlyIf(boolean active) {
        return new StaffPrincipal(staffId, organisationId, username, name, role, passwordHash, enabled && active,
                language, signInStamp);
    }

    /** The same sign-in, now with the account's new stamp (the person changed their own password here). */
    public StaffPrincipal withStamp(UUID newStamp) {
        return new StaffPrincipal(staffId, organisationId, username, name, role, passwordHash, enabled, language,
                newStamp);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    public boolean is(Role expected) {
        return role == expected;
    }

    @Override
    public String toString() {
        // never print the hash
        return "StaffPrincipal[" + username + ", " + role + "]";
    }
}
