package nl.kring.organisation;

import java.util.Optional;

/**
 * What a settings page shows of an organisation's sign-in with its own accounts: the provider
 * and client id (never the secret), whether the saved secret can still be read (not after the
 * installation's key changed), and the path (after Kring's address) to register at the
 * provider as the redirect URI.
 */
public record SignInSettings(Optional<String> issuer, Optional<String> clientId, boolean secretReadable,
                             String redirectPath) {

    public boolean on() {
        return issuer.isPresent();
    }
}
