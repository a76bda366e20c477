package nl.kring.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.servlet.http.Cookie;
import java.util.List;
import nl.kring.domain.organisation.Language;
import nl.kring.security.LoginThrottledException;
import nl.kring.security.OrganisationSignInOptions;
import nl.kring.security.StaffRightsFilter;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in for staff. Participants never sign in: they join a session with a code. A wrong
 * password and an unknown account get the same message; a throttled sign-in says to wait.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The form field Spring's "stay signed in" reads (see SecurityConfig). */
    public static final String REMEMBER_ME_PARAMETER = "remember-me";

    private final transient AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();

    /** Why a sign-in with the organisation's account failed, in the sign-in page's address (OrganisationSignInSuccess). */
    private static final String ORGANISATION_ACCOUNT_FAILURE = "organisatie-account";

    public LoginView(AuthenticationContext authentication, OrganisationSignInOptions organisationAccounts) {
        this.authentication = authentication;
        addClassName("kring-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n(false));
        // "Aangemeld blijven": off unless chosen, and not on a computer others use too. The
        // login form sends a named field in its custom area with the user name and password.
        Checkbox remember = new Checkbox(getTranslation("login.remember"));
        remember.addClassName("kring-login-remember");
        remember.setHelperText(getTranslation("login.remember.help"));
        remember.getElement().setAttribute("slot", "custom-form-area");
        remember.getElement().setAttribute("name", REMEMBER_ME_PARAMETER);
        form.getElement().appendChild(remember.getElement());
        signedOut.addClassName("kring-login-signed-out");
        signedOut.getElement().setAttribute("role", "alert");
        signedOut.setVisible(false);
        H1 title = new H1("Kring");
        title.addClassName("kring-login-title");
        Paragraph forgot = new Paragraph(getTranslation("login.forgot"));
        forgot.addClassName("kring-login-hint");
        add(title, new Paragraph(getTranslation("login.tagline")), signedOut);
        organisationAccountButtons(organisationAccounts.options());
        add(form, forgot, languageSwitch(), new Anchor("over", getTranslation("nav.about")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        showWhySignedOut();
        event.getLocation().getQueryParameters().getSingleParameter(ORGANISATION_ACCOUNT_FAILURE)
                .ifPresent(reason -> {
                    // one of three words the server put there; anything else reads as "it failed"
                    String key = switch (reason) {
                        case "onbekend" -> "login.organisation-account.unknown";
                        case "geblokkeerd" -> "login.organisation-account.blocked";
                        default -> "login.organisation-account.failed";
                    };
                    signedOut.setText(getTranslation(key));
                    signedOut.setVisible(true);
                });
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object last = VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            form.setI18n(i18n(last instanceof LoginThrottledException));
            form.setError(true);
        }
    }

    /**
     * "Aanmelden met het account van …", one per organisation that set it up (issue 22): a plain
     * link, because the sign-in goes through the organisation's provider and back, outside Vaadin.
     * The form below stays for staff with a Kring password (and for when the provider is away).
     */
    private void organisationAccountButtons(List<OrganisationSignInOptions.Option> options) {
        if (options.isEmpty()) {
            return;
        }
        Div buttons = new Div();
        buttons.addClassName("kring-login-organisation-accounts");
        for (OrganisationSignInOptions.Option option : options) {
            Anchor start = new Anchor(option.path(), getTranslation("login.organisation-account",
                    option.organisationName()));
            start.setRouterIgnore(true);
            start.addClassName("kring-login-organisation-account");
            buttons.add(start);
        }
        Paragraph or = new Paragraph(getTranslation("login.or-password"));
        or.addClassName("kring-login-hint");
        add(buttons, or);
    }

    /** Signed out because the account's rights or password changed (StaffRightsFilter): say so, once. */
    private void showWhySignedOut() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        if (cookies == null) {
            return;
        }
        for (Cookie cookie : cookies) {
            if (StaffRightsFilter.SIGNED_OUT_COOKIE.equals(cookie.getName())) {
                signedOut.setText(getTranslation("login.signed-out.rights"));
                signedOut.setVisible(true);
                Cookie gone = new Cookie(cookie.getName(), "");
                gone.setMaxAge(0);
                gone.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
                VaadinResponse response = VaadinResponse.getCurrent();
                if (response != null) {
                    response.addCookie(gone);
                }
            }
        }
    }

    private LoginI18n i18n(boolean throttled) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.sign-in"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(throttled ? "login.throttled.title" : "login.failed.title"));
        error.setMessage(getTranslation(throttled ? "login.throttled.text" : "login.failed.text"));
        error.setUsername(getTranslation("login.username.required"));
        error.setPassword(getTranslation("login.password.required"));
        return i18n;
    }

    private HorizontalLayout languageSwitch() {
        HorizontalLayout languages = new HorizontalLayout();
        for (Language language : Language.values()) {
            Button button = new Button(language == Language.DUTCH ? "Nederlands" : "English", e -> {
                VaadinSession.getCurrent().setLocale(language.locale());
                UI.getCurrent().getPage().reload();
            });
            button.addThemeVariants(ButtonVariant.TERTIARY);
            button.getElement().setAttribute("lang", language.locale().getLanguage());
            languages.add(button);
        }
        return languages;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · Kring";
    }

}
