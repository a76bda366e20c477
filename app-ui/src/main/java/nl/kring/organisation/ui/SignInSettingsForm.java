package nl.kring.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.organisation.SignInSettings;

/**
 * Sign-in with the organisation's own accounts (OpenID Connect, issue 22): the provider's
 * address, client id and secret, the redirect URI to register there, and turning it off. Used
 * on the coordinator's staff page and in the platform administrator's organisation list; who
 * may change it is the service's rule behind {@link Target}.
 */
final class SignInSettingsForm extends VerticalLayout {

    /** Where the form reads and writes one organisation's sign-in. */
    interface Target {
        SignInSettings settings();

        void save(String issuer, String clientId, String clientSecret);

        void remove();
    }

    private final transient Target target;
    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final PasswordField clientSecret = new PasswordField();
    private final Paragraph state = new Paragraph();
    private final Paragraph redirect = new Paragraph();
    private final Button stop = new Button();

    SignInSettingsForm(Target target) {
        this.target = target;
        addClassName("kring-sign-in-settings");
        setPadding(false);

        issuer.setLabel(getTranslation("settings.sign-in.issuer"));
        issuer.setHelperText(getTranslation("settings.sign-in.issuer.help"));
        clientId.setLabel(getTranslation("settings.sign-in.client-id"));
        clientSecret.setLabel(getTranslation("settings.sign-in.client-secret"));
        issuer.setWidthFull();
        clientId.setWidthFull();
        clientSecret.setWidthFull();
        issuer.setMaxLength(OrganisationSignIn.MAX_LENGTH);
        clientId.setMaxLength(OrganisationSignIn.MAX_LENGTH);
        clientSecret.setMaxLength(OrganisationSignIn.MAX_LENGTH);
        state.getElement().setAttribute("role", "status");
        FormErrors errors = new FormErrors(this).bind("issuer", issuer).bind("clientId", clientId)
                .bind("clientSecret", clientSecret);
        Button save = new Button(getTranslation("settings.sign-in.save"), e -> errors.attempt(() -> {
            target.save(issuer.getValue(), clientId.getValue(), clientSecret.getValue());
            Notifications.success(getTranslation("settings.sign-in.saved"));
            refresh();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        stop.setText(getTranslation("settings.sign-in.stop"));
        stop.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        stop.addClickListener(e -> confirmStop());
        HorizontalLayout actions = new HorizontalLayout(save, stop);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H3(getTranslation("settings.sign-in.title")), new Paragraph(getTranslation("settings.sign-in.intro")),
                state, issuer, clientId, clientSecret, redirect, actions);
        refresh();
    }

    private void confirmStop() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("settings.sign-in.stop.title"),
                getTranslation("settings.sign-in.stop.text"), getTranslation("settings.sign-in.stop"), e -> {
                    target.remove();
                    Notifications.success(getTranslation("settings.sign-in.stopped"));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        SignInSettings now = target.settings();
        issuer.setValue(now.issuer().orElse(""));
        clientId.setValue(now.clientId().orElse(""));
        clientSecret.clear();
        clientSecret.setHelperText(getTranslation(now.on() && now.secretReadable()
                ? "settings.sign-in.client-secret.kept" : "settings.sign-in.client-secret.help"));
        state.setText(getTranslation(!now.on() ? "settings.sign-in.state.off"
                : now.secretReadable() ? "settings.sign-in.state.on" : "settings.sign-in.state.secret-lost"));
        stop.setVisible(now.on());
        redirect.setText(getTranslation("settings.sign-in.redirect", baseUrl() + now.redirectPath()));
    }

    /** Kring's address as this browser reached it (behind a proxy: as the proxy forwards it). */
    private static String baseUrl() {
        if (!(VaadinRequest.getCurrent() instanceof VaadinServletRequest servlet)) {
            return "";
        }
        HttpServletRequest http = servlet.getHttpServletRequest();
        boolean defaultPort = "http".equals(http.getScheme()) && http.getServerPort() == 80
                || "https".equals(http.getScheme()) && http.getServerPort() == 443;
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
