package nl.kring.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A browser in which an account was signed in before carries a signed cookie naming that
 * account and a random id of the browser ({@value #COOKIE}, a year). Sign-in throttling counts
 * such a browser on its own ({@link LoginThrottle}), so that a stranger's wrong passwords for
 * the account, from anywhere, do not keep its owner out (docs/adr/0002). The cookie grants
 * nothing by itself: the password is still needed.
 */
final class KnownBrowsers {

    static final String COOKIE = "kring-known";
    private static final int ONE_YEAR = 365 * 24 * 3600;
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final byte[] key;
    private final SecureRandom random = new SecureRandom();

    KnownBrowsers(String serverKey) {
        this.key = ("kring-known-browser|" + serverKey).getBytes(StandardCharsets.UTF_8);
    }

    /** The verified browser id if the request carries this account's cookie; otherwise empty. */
    Optional<String> knownFor(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || username == null) {
            return Optional.empty();
        }
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName())) {
                return verified(cookie.getValue(), username);
            }
        }
        return Optional.empty();
    }

    /** A new cookie for the account, for a browser in which it just signed in (or still is). */
    Cookie cookieFor(String username, String path, boolean secure) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        String account = BASE64.encodeToString(normalised(username).getBytes(StandardCharsets.UTF_8));
        String browser = BASE64.encodeToString(id);
        Cookie cookie = new Cookie(COOKIE, account + "." + browser + "." + sign(account, browser));
        cookie.setMaxAge(ONE_YEAR);
        cookie.setPath(path);
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        return cookie;
    }

    private Optional<String> verified(String value, String username) {
        String[] parts = value == null ? new String[0] : value.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String account = BASE64.encodeToString(normalised(username).getBytes(StandardCharsets.UTF_8));
        boolean genuine = MessageDigest.isEqual(sign(parts[0], parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII));
        return genuine && parts[0].equals(account) ? Optional.of(parts[1]) : Optional.empty();
    }

    private String sign(String account, String browser) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((account + "." + browser).getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalised(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
