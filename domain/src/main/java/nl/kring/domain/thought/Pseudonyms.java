package nl.kring.domain.thought;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import nl.kring.domain.organisation.ParticipantId;

/**
 * Keys that stand for a participant within one session, derived with HMAC-SHA256 from the
 * session's secret. Without the secret (destroyed when the session ends) a key cannot be
 * traced back to anyone, not even by trying every participant.
 */
public final class Pseudonyms {

    private final SecretKeySpec key;

    public Pseudonyms(byte[] sessionSecret) {
        this.key = new SecretKeySpec(sessionSecret.clone(), "HmacSHA256");
    }

    /** Stands for the participant when dealing perspective cards. */
    public String holder(ParticipantId participant) {
        return mac("holder:" + participant.value());
    }

    /** Stands for "this participant marked this contribution". */
    public String marker(ParticipantId participant, ContributionId contribution) {
        return mac("mark:" + participant.value() + ":" + contribution.value());
    }

    private String mac(String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
