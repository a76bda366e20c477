package nl.kring.security;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.OrganisationSignIns;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in page's buttons "Aanmelden met het account van …": one per organisation that set
 * up sign-in with its own accounts, is not suspended, and whose client secret can be read. Open to anyone, before sign-in: it
 * shows organisation names, which the staff of a shared installation may know of each other.
 */
@Service
@PreAuthorize("permitAll()")
public class OrganisationSignInOptions {

    /** One button: {@code path} starts the sign-in at the organisation's provider. */
    public record Option(String organisationName, String path) {
    }

    private final OrganisationSignIns signIns;
    private final OrganisationRepository organisations;
    private final SecretBox secrets;

    OrganisationSignInOptions(OrganisationSignIns signIns, OrganisationRepository organisations, SecretBox secrets) {
        this.signIns = signIns;
        this.organisations = organisations;
        this.secrets = secrets;
    }

    @Transactional(readOnly = true)
    public List<Option> options() {
        return signIns.all().stream()
                // a secret sealed under another key cannot be used: no button until it is entered again
                .filter(signIn -> secrets.open(signIn.sealedSecret()).isPresent())
                .map(signIn -> organisations.findById(signIn.organisation()))
                .flatMap(Optional::stream)
                .filter(organisation -> !organisation.suspended())
                .sorted(Comparator.comparing(Organisation::name, String.CASE_INSENSITIVE_ORDER))
                .map(organisation -> new Option(organisation.name(),
                        "oauth2/authorization/" + organisation.id().value()))
                .toList();
    }
}
