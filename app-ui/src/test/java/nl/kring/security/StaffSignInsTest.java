package nl.kring.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.SignInStamps;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.organisation.StaffService;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.MovingClock;
import nl.kring.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Rights take effect at once (issue 21, docs/adr/0011), at the level of one request: a
 * sign-in made before a change of role, of "may sign in" or of the password ends at its next
 * request; a change of name does not end it; a "stay signed in" cookie ends at sign-out and
 * with a new password. The browser's side is {@code StaffRightsIT}.
 */
class StaffSignInsTest extends KringTestBase {

    private static final String PASSWORD = "een-goed-wachtwoord";

    @Autowired
    StaffService staff;
    @Autowired
    SignInStamps stamps;
    @Autowired
    UserDetailsService users;
    @Autowired
    SignedIn signedIn;
    /** Each node reads an account's stamp at most every 2 s; the test moves past that before each request. */
    private final MovingClock clock = new MovingClock();

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    @Test
    void aSignInEndsAtItsNextRequestWhenRightsOrThePasswordChangeButNotWithANewName() throws Exception {
        StaffAccount lotte = signedIn.as("a-coordinator",
                () -> staff.create("lotte.rechten", "Lotte", Role.FACILITATOR, PASSWORD));
        StaffRightsFilter filter = new StaffRightsFilter(stamps, contexts, clock, () -> true);

        StaffPrincipal first = signIn();
        assertThat(request(filter, first).signedOut()).isFalse();
        signedIn.as("a-coordinator", () -> staff.update(lotte.id(), "Lotte de Vries", Role.FACILITATOR, true));
        assertThat(request(filter, first).signedOut()).as("a new name").isFalse();

        signedIn.as("a-coordinator", () -> staff.update(lotte.id(), "Lotte de Vries", Role.EXPERIENCE_EXPERT, true));
        Outcome afterRoleChange = request(filter, first);
        assertThat(afterRoleChange.signedOut()).as("another role").isTrue();
        assertThat(afterRoleChange.cookie(StaffRightsFilter.SIGNED_OUT_COOKIE).getValue()).isEqualTo("rights");
        assertThat(afterRoleChange.cookie(StaffRightsFilter.REMEMBER_COOKIE).getMaxAge()).isZero();

        StaffPrincipal second = signIn();
        assertThat(second.role()).isEqualTo(Role.EXPERIENCE_EXPERT);
        assertThat(request(filter, second).signedOut()).isFalse();
        signedIn.as("a-coordinator", () -> staff.update(lotte.id(), "Lotte de Vries", Role.EXPERIENCE_EXPERT, false));
        assertThat(request(filter, second).signedOut()).as("may no longer sign in").isTrue();

        signedIn.as("a-coordinator", () -> staff.update(lotte.id(), "Lotte de Vries", Role.EXPERIENCE_EXPERT, true));
        StaffPrincipal third = signIn();
        signedIn.as("a-coordinator", () -> staff.resetPassword(lotte.id(), "een-nieuw-wachtwoord"));
        assertThat(request(filter, third).signedOut()).as("a password reset").isTrue();
    }

    @Test
    void aStaySignedInCookieEndsWhenItsOwnerSignsOutAndWithANewPassword() {
        StaffAccount sanne = signedIn.as("a-coordinator",
                () -> staff.create("sanne.cookie", "Sanne", Role.FACILITATOR, PASSWORD));
        StampedRememberMeServices remembered = new StampedRememberMeServices("een-sleutel-van-minstens-32-tekens-lang",
                users, stamps);
        remembered.setParameter("remember-me");
        Cookie cookie = rememberedCookie(remembered);
        assertThat(autoLogin(remembered, cookie)).isTrue();
        // the copy still works until the owner signs out (the sign-out handler renews the remember stamp)
        stamps.endRememberedSignIns(sanne.id());
        assertThat(autoLogin(remembered, cookie)).isFalse();

        Cookie again = rememberedCookie(remembered);
        assertThat(autoLogin(remembered, again)).isTrue();
        signedIn.as("a-coordinator", () -> staff.resetPassword(sanne.id(), "een-nieuw-wachtwoord"));
        assertThat(autoLogin(remembered, again)).isFalse();
    }

    private StaffPrincipal signIn() {
        return (StaffPrincipal) users.loadUserByUsername("lotte.rechten");
    }

    private record Outcome(MockHttpServletRequest request, MockHttpServletResponse response, MockHttpSession session) {

        boolean signedOut() {
            return session.isInvalid();
        }

        Cookie cookie(String name) {
            return response.getCookie(name);
        }
    }

    private Outcome request(StaffRightsFilter filter, StaffPrincipal me) throws Exception {
        clock.advance(Duration.ofSeconds(3));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        MockHttpSession session = new MockHttpSession();
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        var context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        contexts.setContext(context);
        try {
            filter.doFilter(request, response, new MockFilterChain());
        } finally {
            contexts.clearContext();
        }
        return new Outcome(request, response, session);
    }

    private Cookie rememberedCookie(StampedRememberMeServices remembered) {
        MockHttpServletRequest login = new MockHttpServletRequest("POST", "/login");
        login.setParameter("remember-me", "on");
        MockHttpServletResponse response = new MockHttpServletResponse();
        StaffPrincipal me = (StaffPrincipal) users.loadUserByUsername("sanne.cookie");
        remembered.loginSuccess(login, response,
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        Cookie cookie = response.getCookie("remember-me");
        assertThat(cookie).as("a cookie when chosen").isNotNull();
        return cookie;
    }

    private static boolean autoLogin(StampedRememberMeServices remembered, Cookie cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/groepen");
        request.setCookies(cookie);
        return remembered.autoLogin(request, new MockHttpServletResponse()) != null;
    }
}
