package nl.kring.organisation.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.Language;
import nl.kring.organisation.OrganisationSettingsService;
import nl.kring.organisation.SignInSettings;

/**
 * The coordinator's settings for how staff work in Kring, on the staff page (issue 22): the
 * language new accounts start in, and sign-in with the organisation's own accounts. Only
 * coordinators see it (it is part of {@link StaffView}).
 */
final class OrganisationSettingsPanel extends VerticalLayout {

    OrganisationSettingsPanel(OrganisationSettingsService settings) {
        addClassName("kring-organisation-settings");
        setPadding(false);
        // fields a line wide, not the width of a large screen
        setMaxWidth("44rem");

        Select<Language> language = languageSelect();
        language.setValue(settings.settings().language());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                settings.setLanguage(e.getValue());
                Notifications.success(getTranslation("settings.language.saved"));
            }
        });
        SignInSettingsForm signIn = new SignInSettingsForm(new SignInSettingsForm.Target() {
            @Override
            public SignInSettings settings() {
                return settings.settings().signIn();
            }

            @Override
            public void save(String issuer, String clientId, String clientSecret) {
                settings.setSignIn(issuer, clientId, clientSecret);
            }

            @Override
            public void remove() {
                settings.removeSignIn();
            }
        });
        add(new H2(getTranslation("settings.title")), language, signIn);
    }

    /** "Taal voor nieuwe medewerkers", also in the platform administrator's organisation dialog. */
    static Select<Language> languageSelect() {
        Select<Language> language = new Select<>();
        language.setLabel(language.getTranslation("settings.language"));
        language.setHelperText(language.getTranslation("settings.language.help"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(l -> l == Language.DUTCH ? "Nederlands" : "English");
        language.setWidthFull();
        return language;
    }
}
