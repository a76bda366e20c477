package nl.kring.domain.organisation;

import java.net.URI;
import java.util.Objects;
import nl.kring.domain.shared.InvalidValueException;

/**
 * How an organisation's staff sign in with the account they already have at work (Microsoft
 * Entra ID, Google Workspace or any other OpenID Connect provider, issue 22). Kring then asks
 * no password of its own: the provider says who it is, and Kring links that person to the
 * staff account a coordinator made for them (their work e-mail address as username).
 *
 * @param issuer       the provider's address, where its {@code .well-known/openid-configuration} is
 * @param clientId     the id Kring got when it was registered at the provider
 * @param sealedSecret the client secret, encrypted with a key kept outside the database
 */
public record OrganisationSignIn(OrganisationId organisation, String issuer, String clientId, String sealedSecret) {

    public static final int MAX_LENGTH = 500;

    public OrganisationSignIn {
        Objects.requireNonNull(organisation, "organisation");
        issuer = checkedIssuer(issuer);
        clientId = required("clientId", clientId);
        sealedSecret = required("clientSecret", sealedSecret);
    }

    /**
     * An https address, or http on this computer only (a provider for trying things out): a
     * provider reached over plain http could be impersonated by anyone on the network.
     */
    private static String checkedIssuer(String value) {
        String issuer = required("issuer", value);
        while (issuer.endsWith("/")) {
            issuer = issuer.substring(0, issuer.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(issuer);
        } catch (IllegalArgumentException malformed) {
            throw new InvalidValueException("issuer", "validation.issuer");
        }
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()) && local)
                || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new InvalidValueException("issuer", "validation.issuer");
        }
        return issuer;
    }

    private static String required(String field, String value) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidValueException(field, "validation.required");
        }
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidValueException(field, "validation.too-long", MAX_LENGTH);
        }
        return stripped;
    }
}
