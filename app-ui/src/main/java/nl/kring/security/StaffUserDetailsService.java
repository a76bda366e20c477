package nl.kring.security;

import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads staff accounts for sign-in. Used only by Spring Security, before anyone is signed in. */
@Service
class StaffUserDetailsService implements UserDetailsService {

    private final StaffAccountRepository accounts;
    private final SignInStamps stamps;

    StaffUserDetailsService(StaffAccountRepository accounts, SignInStamps stamps) {
        this.accounts = accounts;
        this.stamps = stamps;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        try {
            return accounts.findByUsername(new Username(username))
                    .flatMap(account -> stamps.current(account.id())
                            // a suspended organisation's staff are refused like a deactivated account
                            .map(current -> StaffPrincipal.of(account, current.signIn())
                                    .enabledOnlyIf(current.active())))
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        } catch (InvalidValueException malformed) {
            throw new UsernameNotFoundException("unknown");
        }
    }
}
