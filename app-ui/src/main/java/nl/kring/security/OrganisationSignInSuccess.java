package nl.kring.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * The end of a sign-in with the organisation's account: the provider's token is set aside and
 * the person goes on as an ordinary Kring sign-in of their staff account
 * ({@link OrganisationAccountAuthentication}), to the page they asked for or the start page.
 * Kring keeps no token of the provider: it needs nothing from it after the sign-in.
 */
final class OrganisationSignInSuccess implements AuthenticationSuccessHandler {

    /** The sign-in page's parameter that says why a sign-in with the organisation's account failed. */
    static final String FAILURE_PARAMETER = "organisatie-account";

    private final SecurityContextHolderStrategy contexts;
    private final SecurityContextRepository repository = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final SavedRequestAwareAuthenticationSuccessHandler onwards = new SavedRequestAwareAuthenticationSuccessHandler();

    OrganisationSignInSuccess(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
        onwards.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (authentication.getPrincipal() instanceof OrganisationAccountUser vouched) {
            SecurityContext context = contexts.createEmptyContext();
            OrganisationAccountAuthentication signedIn = new OrganisationAccountAuthentication(vouched.staff());
            signedIn.setDetails(authentication.getDetails());
            context.setAuthentication(signedIn);
            contexts.setContext(context);
            repository.saveContext(context, request, response);
        }
        onwards.onAuthenticationSuccess(request, response, authentication);
    }

    /**
     * Back to the sign-in page with the reason in one word, which the page turns into a sentence:
     * no Kring account for this person, an account that may not sign in, or anything else
     * (the person cancelled at the provider, the provider could not be reached).
     */
    static AuthenticationFailureHandler failure() {
        return (request, response, exception) -> {
            String reason = "mislukt";
            if (exception instanceof OAuth2AuthenticationException refused) {
                String code = refused.getError().getErrorCode();
                if (OrganisationAccountUserService.UNKNOWN_ACCOUNT.equals(code)) {
                    reason = "onbekend";
                } else if (OrganisationAccountUserService.INACTIVE_ACCOUNT.equals(code)) {
                    reason = "geblokkeerd";
                }
            }
            response.sendRedirect(request.getContextPath() + "/login?" + FAILURE_PARAMETER + "=" + reason);
        };
    }
}
