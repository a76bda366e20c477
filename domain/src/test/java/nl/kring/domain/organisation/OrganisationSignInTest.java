package nl.kring.domain.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.kring.domain.shared.InvalidValueException;
import org.junit.jupiter.api.Test;

/** What a coordinator may enter as the organisation's OpenID Connect provider (issue 22). */
class OrganisationSignInTest {

    private static final OrganisationId ORGANISATION = OrganisationId.newId();

    @Test
    void aProviderIsReachedOverHttpsOnlyExceptOnThisComputer() {
        assertThat(signIn("https://login.microsoftonline.com/0b1c2d3e/v2.0/").issuer())
                .as("a trailing slash is dropped: the provider's own issuer has none")
                .isEqualTo("https://login.microsoftonline.com/0b1c2d3e/v2.0");
        assertThat(signIn("http://127.0.0.1:9000").issuer()).isEqualTo("http://127.0.0.1:9000");
        assertThat(signIn("http://localhost:9000/realms/kring").issuer()).isEqualTo("http://localhost:9000/realms/kring");
        for (String refused : new String[] {"http://login.example.org", "login.example.org", "ftp://example.org",
                "https://example.org/?tenant=1", "https://exa mple.org"}) {
            assertThatThrownBy(() -> signIn(refused)).as(refused).isInstanceOf(InvalidValueException.class)
                    .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("validation.issuer");
        }
    }

    @Test
    void everyFieldIsRequired() {
        assertThatThrownBy(() -> new OrganisationSignIn(ORGANISATION, "https://accounts.google.com", " ", "v1:x"))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("clientId");
        assertThatThrownBy(() -> new OrganisationSignIn(ORGANISATION, "https://accounts.google.com", "kring", ""))
                .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("clientSecret");
        assertThatThrownBy(() -> signIn(""))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("validation.required");
    }

    private static OrganisationSignIn signIn(String issuer) {
        return new OrganisationSignIn(ORGANISATION, issuer, "kring", "v1:sealed");
    }
}
