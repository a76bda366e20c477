package nl.kring.security;

import static org.assertj.core.api.Assertions.assertThat;

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
        char last = sealed.charAt(sealed.length() - 3);
        String damaged = sealed.substring(0, sealed.length() - 3) + (last == 'A' ? 'B' : 'A')
                + sealed.substring(sealed.length() - 2);
        assertThat(box.open(damaged)).isEmpty();
        assertThat(box.open("geheim")).isEmpty();
        assertThat(box.open("v1:@@@")).isEmpty();
        assertThat(box.open("v1:AAAA")).isEmpty();
        assertThat(box.open(null)).isEmpty();
    }
}
