package nl.kring.security;

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

    StaffUserDetailsService(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        try {
            return accounts.findByUsername(new Username(username)).map(StaffPrincipal::of)
                    .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        } catch (InvalidValueException malformed) {
            throw new UsernameNotFoundException("unknown");
        }
    }
}
