package nl.kring.security;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import java.security.SecureRandom;
import java.util.Base64;
import nl.kring.domain.shared.ServerSecrets;
import nl.kring.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

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

    /** How long "stay signed in" lasts: a working day, so a console comes back after a restart. */
    static final int REMEMBER_ME_SECONDS = 12 * 60 * 60;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, UserDetailsService users, ServerSecrets secrets)
            throws Exception {
        http.authorizeHttpRequests(requests -> requests
                // load balancers and docker compose ask these without signing in
                .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                .permitAll()
                // pictures on information cards, for tablets and shared screens (see CardImageService)
                .requestMatchers("/afbeelding/*").permitAll()
                // moodboard photos: checked per photo against the session (see PhotoService)
                .requestMatchers("/foto/*").permitAll());
        // A console must come back by itself after a restart of Kring or when a sticky proxy
        // moves it to another node: the HTTP session is gone then, the signed cookie is not.
        // The signing key is shared by all nodes through the database. Signing out, and a
        // password change, end it.
        http.rememberMe(rememberMe -> rememberMe
                .key(secrets.getOrCreate("remember-me-key", SecurityConfig::randomKey))
                .userDetailsService(users)
                .alwaysRemember(true)
                .rememberMeCookieName("kring-remember")
                .tokenValiditySeconds(REMEMBER_ME_SECONDS));
        // The session id changes at sign-in (Spring Security's default, changeSessionId),
        // so a session id seen before sign-in is worthless afterwards.
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    private static String randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Delegating encoder: bcrypt for new hashes, and a way to move to another algorithm later. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationProvider authenticationProvider(UserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottle throttle) {
        return new ThrottledAuthenticationProvider(users, encoder, throttle);
    }
}
