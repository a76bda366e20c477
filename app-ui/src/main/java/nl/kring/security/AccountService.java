package nl.kring.security;

import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.shared.InvalidValueException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A signed-in staff member's own account: password and language. */
@Service
@PreAuthorize(Roles.ANY_ACCOUNT)
public class AccountService {

    private final StaffAccountRepository accounts;
    private final SignInStamps stamps;
    private final PasswordEncoder passwordEncoder;
    private final CurrentStaff currentStaff;
    private final AuditLog audit;

    AccountService(StaffAccountRepository accounts, SignInStamps stamps, PasswordEncoder passwordEncoder,
                   CurrentStaff currentStaff, AuditLog audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.stamps = stamps;
        this.passwordEncoder = passwordEncoder;
        this.currentStaff = currentStaff;
    }

    /** Must the signed-in person choose a new password before doing anything else? */
    @Transactional(readOnly = true)
    public boolean mustChangePassword() {
        return me().mustChangePassword();
    }

    @Transactional(readOnly = true)
    public Language language() {
        return me().language();
    }

    /**
     * @throws InvalidValueException when the current password is wrong, the new one is weak,
     *                               equal to the old one, or the repetition differs
     */
    @Transactional
    public void changePassword(String currentPassword, String newPassword, String repeated) {
        StaffAccount account = me();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            throw new InvalidValueException("currentPassword", "validation.password-wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, account.username().value());
        if (newPassword.equals(currentPassword)) {
            throw new InvalidValueException("newPassword", "validation.password-same");
        }
        if (!newPassword.equals(repeated)) {
            throw new InvalidValueException("repeatedPassword", "validation.password-repeat");
        }
        accounts.save(account.withOwnPassword(passwordEncoder.encode(newPassword)));
        // every other device is signed out and every "stay signed in" cookie ends; this one goes on
        stamps.endAllSignIns(account.id());
        audit.record(AuditAction.CHANGED_PASSWORD, "medewerker " + account.username().value());
        stamps.current(account.id()).ifPresent(current -> currentStaff.continueWithStamp(current.signIn()));
    }

    /**
     * "Overal afmelden": ends every sign-in of the signed-in person, on every device (within
     * seconds, see {@link StaffRightsFilter}), and every "stay signed in" cookie. The page that
     * asked signs out itself.
     */
    @Transactional
    public void signOutEverywhere() {
        StaffPrincipal me = currentStaff.require();
        stamps.endAllSignIns(me.staffId());
        audit.record(AuditAction.SIGNED_OUT_EVERYWHERE, "medewerker " + me.username());
    }

    @Transactional
    public void setLanguage(Language language) {
        accounts.save(me().withLanguage(language));
    }

    private StaffAccount me() {
        return accounts.findById(currentStaff.require().staffId())
                .orElseThrow(() -> new AccessDeniedException("account gone"));
    }
}
