package nl.kring.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import nl.kring.base.DatabaseWatch;
import nl.kring.domain.organisation.SignInStamps;
import nl.kring.security.ui.LoginView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may reach what. Views state their own rule ({@code @AnonymousAllowed},
 * {@code @RolesAllowed}, {@code @PermitAll}); services state theirs with
 * {@code @PreAuthorize}. Everything else is closed.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /** How long "Aangemeld blijven" lasts: a working day, so a console comes back after a restart. */
    static final int REMEMBER_ME_SECONDS = 12 * 60 * 60;
    /** The sign-in page's route ({@link LoginView}). */
    private static final String LOGIN_ROUTE = "login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, SignInStamps stamps,
                                            ObjectProvider<SecurityContextHolderStrategy> strategy, Clock clock,
                                            SigningKey signingKey, KnownBrowsers knownBrowsers,
                                            DatabaseWatch databaseWatch, Environment environment,
                                            OrganisationClientRegistrations registrations,
                                            OrganisationAccountUserService organisationAccounts)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // load balancers and docker compose ask these without signing in
                .requestMatchers("/livez", "/readyz", "/actuator/health", "/actuator/health/liveness",
                        "/actuator/health/readiness").permitAll()
                // metrics and the SBOM, only on the management port, which listens on the loopback address
                // or an internal network (KRING_MANAGEMENT_ADDRESS); on Kring's own port they do not exist
                // and the path is closed like any other
                .requestMatchers(onTheManagementPort(environment)).permitAll()
                // RFC 9116: where to report a weakness (SecurityTxtController)
                .requestMatchers("/.well-known/security.txt").permitAll()
                // pictures on information cards, for tablets and shared screens (see CardImageService)
                .requestMatchers("/afbeelding/*").permitAll()
                // an organisation's logo on its shared screens (OrganisationLogoController)
                .requestMatchers("/logo/*").permitAll()
                // moodboard photos: checked per photo against the session (see PhotoService)
                .requestMatchers("/foto/*").permitAll());
        // "Aangemeld blijven" is a choice on the sign-in page, off by default (a shared laptop in a
        // community centre must not stay signed in). Chosen, a console comes back by itself after
        // a restart of Kring or when a sticky proxy moves it to another node: the HTTP session is
        // gone then, the signed cookie is not. Its key is kept outside the database
        // (RememberMeKey); its signature covers the account's remember stamp, so signing out,
        // "Overal afmelden", a new password and a change of rights end every copy of it.
        String key = signingKey.value();
        StampedRememberMeServices remembered = new StampedRememberMeServices(key, users, stamps);
        remembered.setCookieName(StaffRightsFilter.REMEMBER_COOKIE);
        remembered.setParameter(LoginView.REMEMBER_ME_PARAMETER);
        remembered.setTokenValiditySeconds(REMEMBER_ME_SECONDS);
        remembered.setAlwaysRemember(false);
        http.rememberMe(rememberMe -> rememberMe.key(key).rememberMeServices(remembered));
        http.logout(logout -> logout.addLogoutHandler((request, response, authentication) -> {
            if (authentication != null && authentication.getPrincipal() instanceof StaffPrincipal me) {
                stamps.endRememberedSignIns(me.staffId());
            }
        }));
        // rights take effect at once: a sign-in whose account changed ends at its next request
        SecurityContextHolderStrategy contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        http.addFilterBefore(new StaffRightsFilter(stamps, contexts, clock, databaseWatch::reachable),
                AuthorizationFilter.class);
        http.addFilterAfter(new KnownBrowserFilter(knownBrowsers, contexts), StaffRightsFilter.class);
        // Sign-in with the organisation's own account (OpenID Connect, issue 22): the provider
        // vouches for the person, Kring links them to their staff account, and from then on it is
        // an ordinary sign-in of that account (OrganisationSignInSuccess). Kring keeps the
        // provider's tokens only in the HTTP session, for the length of the sign-in.
        http.oauth2Login(organisationAccount -> organisationAccount
                .loginPage("/" + LOGIN_ROUTE)
                .clientRegistrationRepository(registrations)
                .authorizedClientRepository(new HttpSessionOAuth2AuthorizedClientRepository())
                .userInfoEndpoint(userInfo -> userInfo.oidcUserService(organisationAccounts))
                .successHandler(new OrganisationSignInSuccess(contexts))
                .failureHandler(OrganisationSignInSuccess.failure()));
        // The session id changes at sign-in (Spring Security's default, changeSessionId),
        // so a session id seen before sign-in is worthless afterwards.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /**
     * A request that came in on the management port (its number is known once that server has
     * started: Spring Boot's {@code local.management.port}); never one on Kring's own port.
     */
    private static RequestMatcher onTheManagementPort(Environment environment) {
        return request -> {
            String port = environment.getProperty("local.management.port");
            return port != null && port.equals(String.valueOf(request.getLocalPort()))
                    && request.getRequestURI().startsWith("/actuator/");
        };
    }

    /** Signs "Aangemeld blijven" and known-browser cookies; kept outside the database (see RememberMeKey). */
    @Bean
    SigningKey signingKey(@Value("${kring.remember-me-key:}") String configuredKey,
                          @Value("${kring.data-dir:./data}") Path dataDirectory,
                          @Value("${spring.datasource.url:}") String configuredDatabase) {
        // a data directory exists only on the embedded default; with a configured database, none is made
        return new SigningKey(RememberMeKey.load(configuredKey,
                configuredDatabase.isBlank() ? Optional.of(dataDirectory) : Optional.empty()));
    }

    @Bean
    KnownBrowsers knownBrowsers(SigningKey key) {
        return new KnownBrowsers(key.value());
    }

    /**
     * Spring Security's sign-in events, with a refusal by the throttle published as a failure
     * too (the default publisher knows only its own exceptions): SignInMetrics counts both.
     */
    @Bean
    AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher events) {
        DefaultAuthenticationEventPublisher publisher = new DefaultAuthenticationEventPublisher(events);
        publisher.setDefaultAuthenticationFailureEvent(AuthenticationFailureBadCredentialsEvent.class);
        return publisher;
    }

    /** Delegating encoder: bcrypt for new hashes, and a way to move to another algorithm later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottle throttle, KnownBrowsers knownBrowsers) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle, knownBrowsers);
    }
}
