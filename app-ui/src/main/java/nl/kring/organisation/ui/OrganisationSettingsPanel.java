package nl.kring.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.OrganisationSignIn;
import nl.kring.organisation.OrganisationSettingsService;

/**
 * The coordinator's settings for how staff work in Kring, on the staff page (issue 22): the
 * language new accounts start in, and sign-in with the organisation's own accounts (OpenID
 * Connect). Only coordinators see it (it is part of {@link StaffView}).
 */
final class OrganisationSettingsPanel extends VerticalLayout {

    private final transient OrganisationSettingsService settings;
    private final Select<Language> language = new Select<>();
    private final TextField issuer = new TextField();
    private final TextField clientId = new TextField();
    private final PasswordField clientSecret = new PasswordField();
    private final Paragraph state = new Paragraph();
    private final Button stop = new Button();
    private final Paragraph redirect = new Paragraph();

    OrganisationSettingsPanel(OrganisationSettingsService settings) {
        this.settings = settings;
        addClassName("kring-organisation-settings");
        setPadding(false);
        // fields a line wide, not the width of a large screen
        setMaxWidth("44rem");

        language.setLabel(getTranslation("settings.language"));
        language.setHelperText(getTranslation("settings.language.help"));
        language.setItems(Language.values());
        language.setWidthFull();
        language.setItemLabelGenerator(l -> l == Language.DUTCH ? "Nederlands" : "English");
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                settings.setLanguage(e.getValue());
                Notifications.success(getTranslation("settings.language.saved"));
            }
        });

        issuer.setLabel(getTranslation("settings.sign-in.issuer"));
        issuer.setHelperText(getTranslation("settings.sign-in.issuer.help"));
        issuer.setMaxLength(OrganisationSignIn.MAX_LENGTH);
        issuer.setWidthFull();
        clientId.setLabel(getTranslation("settings.sign-in.client-id"));
        clientId.setMaxLength(OrganisationSignIn.MAX_LENGTH);
        clientId.setWidthFull();
        clientSecret.setLabel(getTranslation("settings.sign-in.client-secret"));
        clientSecret.setMaxLength(OrganisationSignIn.MAX_LENGTH);
        clientSecret.setWidthFull();
        FormErrors errors = new FormErrors(this).bind("issuer", issuer).bind("clientId", clientId)
                .bind("clientSecret", clientSecret);
        Button save = new Button(getTranslation("settings.sign-in.save"), e -> errors.attempt(() -> {
            settings.setSignIn(issuer.getValue(), clientId.getValue(), clientSecret.getValue());
            Notifications.success(getTranslation("settings.sign-in.saved"));
            refresh();
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        stop.setText(getTranslation("settings.sign-in.stop"));
        stop.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        stop.addClickListener(e -> confirmStop());
        HorizontalLayout actions = new HorizontalLayout(save, stop);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);

        VerticalLayout signIn = new VerticalLayout(new H3(getTranslation("settings.sign-in.title")),
                new Paragraph(getTranslation("settings.sign-in.intro")), state, issuer, clientId, clientSecret,
                redirect, actions);
        signIn.setPadding(false);
        add(new H2(getTranslation("settings.title")), language, signIn);
        refresh();
    }

    private void confirmStop() {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("settings.sign-in.stop.title"),
                getTranslation("settings.sign-in.stop.text"), getTranslation("settings.sign-in.stop"), e -> {
                    settings.removeSignIn();
                    Notifications.success(getTranslation("settings.sign-in.stopped"));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        OrganisationSettingsService.Settings now = settings.settings();
        language.setValue(now.language());
        issuer.setValue(now.issuer().orElse(""));
        clientId.setValue(now.clientId().orElse(""));
        clientSecret.clear();
        boolean on = now.issuer().isPresent();
        clientSecret.setHelperText(getTranslation(on && now.secretReadable() ? "settings.sign-in.client-secret.kept"
                : "settings.sign-in.client-secret.help"));
        state.setText(getTranslation(!on ? "settings.sign-in.state.off"
                : now.secretReadable() ? "settings.sign-in.state.on" : "settings.sign-in.state.secret-lost"));
        stop.setVisible(on);
        redirect.setText(getTranslation("settings.sign-in.redirect", baseUrl() + now.redirectPath()));
    }

    /** Kring's address as this browser reached it (behind a proxy: as the proxy forwards it). */
    private static String baseUrl() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent() instanceof VaadinServletRequest servlet
                ? servlet : null;
        if (request == null) {
            return "";
        }
        HttpServletRequest http = request.getHttpServletRequest();
        boolean defaultPort = "http".equals(http.getScheme()) && http.getServerPort() == 80
                || "https".equals(http.getScheme()) && http.getServerPort() == 443;
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
