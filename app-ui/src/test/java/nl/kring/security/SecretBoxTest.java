package nl.kring.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** The client secret in the database can be read with the installation's key only (issue 22). */
class SecretBoxTest {

    private final SecretBox box = new SecretBox(new SigningKey("a-signing-key-of-this-installation-0123456789"));

    @Test
    void whatIsSealedOpensWithTheSameKeyAndNoOther() {
        String sealed = box.seal("geheim-é-42");
        assertThat(sealed).startsWith("v1:").doesNotContain("geheim");
        assertThat(box.seal("geheim-é-42")).as("a new nonce each time").isNotEqualTo(sealed);
        assertThat(box.open(sealed)).contains("geheim-é-42");
        SecretBox otherInstallation = new SecretBox(new SigningKey("another-installations-key-0123456789abcdef"));
        assertThat(otherInstallation.open(sealed)).isEmpty();
    }

    @Test
    void aDamagedOrForeignTextOpensToNothing() {
        String sealed = box.seal("geheim");
        // one bit of the ciphertext flipped (in the bytes: a changed base64 letter may only touch padding bits)
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("v1:".length()));
        bytes[14] ^= 1;
        String damaged = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThat(box.open(damaged)).isEmpty();
        assertThat(box.open("geheim")).isEmpty();
        assertThat(box.open("v1:@@@")).isEmpty();
        assertThat(box.open("v1:AAAA")).isEmpty();
        assertThat(box.open(null)).isEmpty();
    }
}
