package nl.kring.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.domain.organisation.OrganisationSignIns;
import nl.kring.domain.shared.InvalidValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * Spring Security's OpenID Connect registrations, one per organisation that set one up
 * ({@link OrganisationSignIn}), read from the database so that a coordinator can add or
 * change one while Kring runs. The registration id is the organisation's id.
 *
 * <p>What a provider publishes about itself (its {@code .well-known/openid-configuration}:
 * endpoints, keys) is fetched on first use and kept for {@value #DISCOVERY_MINUTES} minutes,
 * so that a provider that moves its keys is followed without a restart.
 *
 * <p>Used by Spring Security's sign-in filters, before anyone is signed in.
 */
@Component
public class OrganisationClientRegistrations implements ClientRegistrationRepository {

    static final int DISCOVERY_MINUTES = 60;
    private static final Logger LOG = LoggerFactory.getLogger(OrganisationClientRegistrations.class);

    private record Discovered(ClientRegistration template, Instant at) {
    }

    private final OrganisationSignIns signIns;
    private final OrganisationRepository organisations;
    private final SecretBox secrets;
    private final Clock clock;
    private final Map<String, Discovered> discovered = new ConcurrentHashMap<>();

    OrganisationClientRegistrations(OrganisationSignIns signIns, OrganisationRepository organisations,
                                    SecretBox secrets, Clock clock) {
        this.signIns = signIns;
        this.organisations = organisations;
        this.secrets = secrets;
        this.clock = clock;
    }

    /**
     * The registration of this organisation, or {@code null} (Spring Security's contract) when it
     * has none, is suspended, its secret cannot be read, or its provider cannot be reached.
     */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        OrganisationId organisation;
        try {
            organisation = new OrganisationId(UUID.fromString(registrationId));
        } catch (IllegalArgumentException notAnOrganisation) {
            return null;
        }
        return signIns.find(organisation)
                .filter(signIn -> organisations.findById(organisation).filter(o -> !o.suspended()).isPresent())
                .flatMap(this::registrationOf)
                .orElse(null);
    }

    private Optional<ClientRegistration> registrationOf(OrganisationSignIn signIn) {
        Optional<String> secret = secrets.open(signIn.sealedSecret());
        if (secret.isEmpty()) {
            LOG.warn("The client secret of organisation {} cannot be read (was KRING_REMEMBER_ME_KEY changed?):"
                    + " a coordinator must enter it again", signIn.organisation().value());
            return Optional.empty();
        }
        try {
            return Optional.of(ClientRegistration.withClientRegistration(provider(signIn.issuer()))
                    .registrationId(signIn.organisation().value().toString())
                    .clientId(signIn.clientId())
                    .clientSecret(secret.get())
                    .scope("openid", "profile", "email")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .clientName(organisations.findById(signIn.organisation()).map(o -> o.name()).orElse("Kring"))
                    .build());
        } catch (RuntimeException unreachable) {
            LOG.warn("The OpenID Connect provider {} of organisation {} cannot be reached: {}", signIn.issuer(),
                    signIn.organisation().value(), unreachable.toString());
            return Optional.empty();
        }
    }

    /**
     * Checks, before a coordinator's settings are saved, that an OpenID Connect provider answers
     * at {@code issuer} (and says it is that issuer).
     *
     * @throws InvalidValueException saying so in one sentence when it does not
     */
    public void requireProvider(String issuer) {
        try {
            discovered.remove(issuer);
            provider(issuer);
        } catch (RuntimeException noProvider) {
            LOG.info("No OpenID Connect provider at {}: {}", issuer, noProvider.toString());
            throw new InvalidValueException("issuer", "validation.issuer-unreachable");
        }
    }

    /**
     * What the provider at {@code issuer} publishes about itself, fetched or remembered; throws
     * when it cannot be reached or is not an OpenID Connect provider.
     */
    ClientRegistration provider(String issuer) {
        Instant now = clock.instant();
        Discovered known = discovered.get(issuer);
        if (known != null && known.at().isAfter(now.minus(Duration.ofMinutes(DISCOVERY_MINUTES)))) {
            return known.template();
        }
        ClientRegistration template = ClientRegistrations.fromOidcIssuerLocation(issuer)
                .registrationId("discovery").clientId("discovery").build();
        discovered.put(issuer, new Discovered(template, now));
        return template;
    }
}
