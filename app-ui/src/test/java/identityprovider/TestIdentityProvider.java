package identityprovider;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A real OpenID Connect provider for tests, standing in for Microsoft Entra ID or Google
 * Workspace: Spring Authorization Server on a free port of this computer, with discovery, the
 * authorization endpoint behind its own sign-in form, the token endpoint (client secret,
 * PKCE), signed ID tokens, the JWK set and the userinfo endpoint. Kring talks to it over HTTP
 * exactly as it would to a provider on the internet; Chromium signs in on its page.
 *
 * <p>It runs in the test's JVM, in its own Spring context made of this class only (no
 * component scan, no auto-configuration), so none of Kring's beans come along. It lives outside
 * the package {@code nl.kring} for the same reason the other way round: Kring's tests scan that
 * package, and must not find this provider's configuration there.
 */
public final class TestIdentityProvider implements AutoCloseable {

    /** A person at the provider: how they sign in there, and the e-mail address it vouches for. */
    public record Person(String username, String password, String email) {
    }

    private static final Map<String, Person> PEOPLE = new ConcurrentHashMap<>();
    private static volatile InMemoryRegisteredClientRepository clients;

    private final ConfigurableApplicationContext context;

    private TestIdentityProvider(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts a provider that knows these people. */
    public static TestIdentityProvider start(Person... people) {
        PEOPLE.clear();
        for (Person person : people) {
            PEOPLE.put(person.username(), person);
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Provider.class)
                .web(WebApplicationType.SERVLET)
                // none of Kring's application.properties: this is another program
                .properties("spring.config.name=kring-test-identity-provider", "spring.main.banner-mode=off",
                        "logging.level.root=WARN")
                .run();
        return new TestIdentityProvider(context);
    }

    /** The issuer: what a coordinator types into Kring. */
    public String issuer() {
        // 127.0.0.1, not localhost: a browser keeps cookies per host name, not per port, and the
        // provider's session cookie must not replace Kring's (on localhost) halfway through a sign-in
        return "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Registers Kring as a client, as an IT department does in Entra ID: id, secret, redirect URI. */
    public void registerClient(String clientId, String clientSecret, String redirectUri) {
        clients.save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId)
                .clientSecret("{noop}" + clientSecret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope(OidcScopes.EMAIL)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Override
    public void close() {
        context.close();
    }

    @Configuration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class Provider {

        @Bean
        TomcatServletWebServerFactory webServer() {
            TomcatServletWebServerFactory tomcat = new TomcatServletWebServerFactory(0);
            tomcat.getSettings().getSession().getCookie().setName("TEST_PROVIDER_SESSION");
            return tomcat;
        }

        /**
         * Every endpoint is one of Spring Security's filters, but Tomcat runs filters only for a
         * request some servlet is mapped to: this one answers what no filter did with 404.
         */
        @Bean
        ServletRegistrationBean<HttpServlet> nothingElse() {
            return new ServletRegistrationBean<>(new HttpServlet() {
                @Override
                protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
                    response.sendError(HttpServletResponse.SC_NOT_FOUND);
                }
            }, "/");
        }

        /** One chain (Spring Security 7): the provider's endpoints, its sign-in form, and the userinfo endpoint's token check. */
        @Bean
        SecurityFilterChain provider(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> server.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults())
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        UserDetailsService people() {
            InMemoryUserDetailsManager users = new InMemoryUserDetailsManager();
            PEOPLE.values().forEach(p -> users.createUser(User.withUsername(p.username())
                    .password("{noop}" + p.password()).roles("USER").build()));
            return users;
        }

        @Bean
        InMemoryRegisteredClientRepository registeredClients() {
            // the repository wants one client from the start; Kring's is added by registerClient
            clients = new InMemoryRegisteredClientRepository(RegisteredClient.withId("placeholder")
                    .clientId("placeholder").clientSecret("{noop}" + UUID.randomUUID())
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://localhost/placeholder").scope(OidcScopes.OPENID).build());
            return clients;
        }

        @Bean
        JWKSource<SecurityContext> keys() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
            return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        /** The ID token says who the person is by e-mail too, as Entra ID and Google do. */
        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> emailInIdToken() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    Person person = PEOPLE.get(context.getPrincipal().getName());
                    if (person != null) {
                        context.getClaims().claim("email", person.email()).claim("email_verified", true)
                                .claim("name", person.username());
                    }
                }
            };
        }
    }
}
