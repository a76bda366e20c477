package nl.kring.domain.organisation;

import java.util.List;
import java.util.Optional;

/**
 * Port: each organisation's sign-in with its own accounts ({@link OrganisationSignIn}), and
 * which person at a provider is which staff account. A person is known to a provider by the
 * pair issuer and subject ({@code iss}, {@code sub}), which never changes, unlike a name or
 * an e-mail address.
 */
public interface OrganisationSignIns {

    Optional<OrganisationSignIn> find(OrganisationId organisation);

    /** Every organisation that has one, for the sign-in page. */
    List<OrganisationSignIn> all();

    void save(OrganisationSignIn signIn);

    /** Ends sign-in with the organisation's accounts, and forgets every link made through it. */
    void remove(OrganisationId organisation);

    /** The staff account this person at this provider signed in as before. */
    Optional<StaffId> linkedAccount(String issuer, String subject);

    /** Whether the account is linked to any person at this provider (then it is not linked to another). */
    boolean isLinked(StaffId account, String issuer);

    /** From now on this person at this provider is this staff account. */
    void link(StaffId account, String issuer, String subject);
}
