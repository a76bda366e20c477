package nl.kring.domain.organisation;

import java.util.Optional;
import java.util.UUID;

/**
 * Port: the stamps that tie a staff member's sign-ins to the rights they had when signing in
 * (docs/adr/0011). A sign-in is valid while its stamp is the account's current one.
 */
public interface SignInStamps {

    /**
     * @param signIn   carried by every sign-in; renewed when rights or the password change
     * @param remember part of every "stay signed in" cookie; renewed with {@code signIn} and at sign-out
     * @param active   whether the account may sign in at all
     */
    record Current(UUID signIn, UUID remember, boolean active) {
    }

    /** The account's stamps, empty when there is no such account. */
    Optional<Current> current(StaffId account);

    /** The same, by username (for a "stay signed in" cookie, which names the account by it). */
    Optional<Current> current(Username username);

    /** Ends every sign-in of the account, on every device, and every "stay signed in" cookie. */
    void endAllSignIns(StaffId account);

    /** Ends every "stay signed in" cookie of the account (the sign-ins themselves go on). */
    void endRememberedSignIns(StaffId account);
}
