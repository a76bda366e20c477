package identityprovider;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The test's OpenID Connect provider publishes what a real one does (OIDC Discovery 1.0). */
class TestIdentityProviderTest {

    @Test
    void itPublishesItsConfigurationAndKeys() throws Exception {
        try (TestIdentityProvider provider = TestIdentityProvider.start(
                new TestIdentityProvider.Person("els", "wachtwoord", "els@example.org"));
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> configuration = http.send(HttpRequest.newBuilder(
                    URI.create(provider.issuer() + "/.well-known/openid-configuration")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(configuration.statusCode()).as(configuration.body()).isEqualTo(200);
            assertThat(configuration.body()).contains("\"issuer\":\"" + provider.issuer() + "\"")
                    .contains("authorization_endpoint", "token_endpoint", "jwks_uri", "userinfo_endpoint");
            HttpResponse<String> keys = http.send(HttpRequest.newBuilder(URI.create(provider.issuer()
                    + "/oauth2/jwks")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(keys.body()).contains("\"kty\":\"RSA\"");
        }
    }
}
