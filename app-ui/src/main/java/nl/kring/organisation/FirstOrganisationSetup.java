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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On a real database Kring creates nothing by itself. An operator creates the first
 * organisation and its first coordinator by starting Kring once with
 * KRING_SETUP_ORGANISATION, KRING_SETUP_COORDINATOR and KRING_SETUP_PASSWORD. The
 * coordinator must change that password at first sign-in. Runs at start-up only, before
 * anyone can sign in, so no access rule applies; it never changes an existing organisation.
 * An empty KRING_SETUP_ORGANISATION counts as unset: docker compose passes every variable
 * of its file, unset ones as empty (issue 22). A setup Kring cannot do stops Kring with one
 * sentence that says what to change ({@link SetupRefusedException}).
 */
@Component
class FirstOrganisationSetup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstOrganisationSetup.class);

    private final OrganisationRepository organisations;
    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String organisationName;
    private final String coordinator;
    private final String password;

    FirstOrganisationSetup(OrganisationRepository organisations, StaffAccountRepository accounts,
                           PasswordEncoder passwordEncoder,
                           @Value("${KRING_SETUP_ORGANISATION:}") String organisationName,
                           @Value("${KRING_SETUP_COORDINATOR:}") String coordinator,
                           @Value("${KRING_SETUP_PASSWORD:}") String password) {
        this.organisations = organisations;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.organisationName = organisationName.strip();
        this.coordinator = coordinator.isBlank() ? "coordinator" : coordinator.strip();
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisationName.isEmpty()) {
            return;
        }
        if (organisations.findByName(organisationName).isPresent()) {
            log.info("Organisation '{}' exists already; KRING_SETUP_* changes nothing", organisationName);
            return;
        }
        Username username = SetupChecks.username("KRING_SETUP_COORDINATOR", coordinator);
        SetupChecks.password("KRING_SETUP_PASSWORD", password, username);
        if (accounts.existsByUsername(username)) {
            throw new SetupRefusedException("The username " + username + " is taken: choose another"
                    + " KRING_SETUP_COORDINATOR.");
        }
        Organisation organisation = organisations.save(Organisation.create(organisationName));
        accounts.save(StaffAccount.create(organisation.id(), username, new PersonName(username.value()),
                Role.COORDINATOR, passwordEncoder.encode(password)));
        log.info("Created organisation '{}' with coordinator '{}' (must change the password at first sign-in)",
                organisationName, username);
    }
}
