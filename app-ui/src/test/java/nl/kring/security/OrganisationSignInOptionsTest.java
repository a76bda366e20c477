package nl.kring.security;

import static org.assertj.core.api.Assertions.assertThat;

import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.domain.organisation.OrganisationSignIns;
import nl.kring.testing.KringTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The sign-in page offers an organisation's button only where that sign-in can work (issue 22). */
class OrganisationSignInOptionsTest extends KringTestBase {

    @Autowired
    OrganisationSignInOptions options;
    @Autowired
    OrganisationSignIns signIns;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    SecretBox secrets;

    @Test
    void aSuspendedOrganisationOrOneWhoseSecretCannotBeReadHasNoButton() {
        Organisation working = organisations.save(Organisation.create("Welzijn Knop"));
        Organisation lostKey = organisations.save(Organisation.create("Welzijn Oude Sleutel"));
        Organisation suspended = organisations.save(Organisation.create("Welzijn Opgeschort"));
        signIns.save(new OrganisationSignIn(working.id(), "https://login.example.org", "kring", secrets.seal("s")));
        signIns.save(new OrganisationSignIn(lostKey.id(), "https://login.example.org", "kring",
                "v1:c2VhbGVkIHVuZGVyIGFub3RoZXIga2V5IGxvbmcgZW5vdWdo"));
        signIns.save(new OrganisationSignIn(suspended.id(), "https://login.example.org", "kring", secrets.seal("s")));
        organisations.save(organisations.findById(suspended.id()).orElseThrow().withSuspended(true));

        assertThat(options.options()).extracting(OrganisationSignInOptions.Option::organisationName)
                .contains("Welzijn Knop").doesNotContain("Welzijn Oude Sleutel", "Welzijn Opgeschort");
        assertThat(options.options()).filteredOn(o -> o.organisationName().equals("Welzijn Knop"))
                .extracting(OrganisationSignInOptions.Option::path)
                .containsExactly("oauth2/authorization/" + working.id().value());
    }
}
