package nl.kring.organisation;

import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A platform administrator (issue 22), made once by starting Kring with KRING_PLATFORM_ADMIN
 * and KRING_PLATFORM_ADMIN_PASSWORD: a municipality that hosts Kring for several welfare
 * organisations then adds them while Kring runs ({@link PlatformService}). The account lives
 * in the platform's own organisation, which holds no groups and is listed nowhere; the
 * password must be changed at first sign-in. An existing username changes nothing; empty
 * variables count as unset. Runs at start-up only, before anyone can sign in.
 */
@Component
@Order(0)
class PlatformAdminSetup implements ApplicationRunner {

    static final String PLATFORM_NAME = "Kring-platformbeheer";
    private static final Logger log = LoggerFactory.getLogger(PlatformAdminSetup.class);

    private final OrganisationRepository organisations;
    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    PlatformAdminSetup(OrganisationRepository organisations, StaffAccountRepository accounts,
                       PasswordEncoder passwordEncoder, @Value("${KRING_PLATFORM_ADMIN:}") String username,
                       @Value("${KRING_PLATFORM_ADMIN_PASSWORD:}") String password) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.username = username.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (username.isEmpty()) {
            return;
        }
        Username name = SetupChecks.username("KRING_PLATFORM_ADMIN", username);
        if (accounts.existsByUsername(name)) {
            log.info("Platform administrator '{}' exists already; KRING_PLATFORM_ADMIN* changes nothing", name);
            return;
        }
        SetupChecks.password("KRING_PLATFORM_ADMIN_PASSWORD", password, name);
        Organisation platform = organisations.findAll().stream().filter(Organisation::platform).findFirst()
                .orElseGet(() -> organisations.save(Organisation.platform(PLATFORM_NAME)));
        accounts.save(StaffAccount.create(platform.id(), name, new PersonName(name.value()), Role.PLATFORM_ADMIN,
                passwordEncoder.encode(password)));
        log.info("Created platform administrator '{}' (must change the password at first sign-in)", name);
    }
}
