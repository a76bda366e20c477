package nl.kring.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.moodboard.PhotoPipeline;
import nl.kring.organisation.PlatformService.OrganisationLine;
import nl.kring.organisation.PlatformService;
import nl.kring.organisation.SignInSettings;
import nl.kring.security.PasswordPolicy;
import nl.kring.security.Roles;

/**
 * Platform administration (issue 22): the organisations of this installation — add one with
 * its first coordinator, rename it or set its retention periods and the language of its new staff, suspend or resume it — while
 * Kring runs. Platform
 * administrators only; nothing inside an organisation is shown here.
 */
@Route(value = "platform", layout = MainLayout.class)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class PlatformView extends VerticalLayout implements HasDynamicTitle {

    private final transient PlatformService platform;
    final Grid<OrganisationLine> grid = new Grid<>();
    final Button newOrganisation = new Button();

    public PlatformView(PlatformService platform) {
        this.platform = platform;
        addClassName("kring-page");
        setSizeFull();
        grid.addColumn(OrganisationLine::name).setHeader(getTranslation("platform.name")).setFlexGrow(2);
        grid.addColumn(line -> getTranslation(line.suspended() ? "platform.state.suspended" : "platform.state.active"))
                .setHeader(getTranslation("platform.state"));
        grid.addColumn(OrganisationLine::staff).setHeader(getTranslation("platform.staff"));
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("roster.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        newOrganisation.setText(getTranslation("platform.new"));
        newOrganisation.setIcon(VaadinIcon.PLUS.create());
        newOrganisation.addThemeVariants(ButtonVariant.PRIMARY);
        newOrganisation.addClickListener(e -> openNewDialog());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("nav.platform")), newOrganisation);
        header.setAlignItems(Alignment.BASELINE);
        add(header, new Paragraph(getTranslation("platform.intro")), grid);
        refresh();
    }

    private HorizontalLayout rowActions(OrganisationLine line) {
        Button rename = new Button(getTranslation("platform.change"), e -> openChangeDialog(line));
        rename.addThemeVariants(ButtonVariant.TERTIARY);
        rename.getElement().setAttribute("aria-label", getTranslation("platform.change-of", line.name()));
        Button suspend = new Button(getTranslation(line.suspended() ? "platform.resume" : "platform.suspend"), e -> {
            platform.setSuspended(line.id(), !line.suspended());
            Notifications.success(getTranslation(line.suspended() ? "platform.resumed" : "platform.suspended",
                    line.name()));
            refresh();
        });
        suspend.addThemeVariants(ButtonVariant.TERTIARY);
        if (!line.suspended()) {
            suspend.addThemeVariants(ButtonVariant.ERROR);
        }
        suspend.getElement().setAttribute("aria-label", getTranslation(
                line.suspended() ? "platform.resume-of" : "platform.suspend-of", line.name()));
        Button signIn = new Button(getTranslation("platform.sign-in"), e -> openSignInDialog(line));
        signIn.addThemeVariants(ButtonVariant.TERTIARY);
        signIn.getElement().setAttribute("aria-label", getTranslation("platform.sign-in-of", line.name()));
        return new HorizontalLayout(rename, signIn, suspend);
    }

    /** The organisation's sign-in with its own accounts, as its coordinator sets it on the staff page. */
    void openSignInDialog(OrganisationLine line) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("platform.sign-in-of", line.name()));
        dialog.setWidth("44rem");
        dialog.add(new SignInSettingsForm(new SignInSettingsForm.Target() {
            @Override
            public SignInSettings settings() {
                return platform.signInOf(line.id());
            }

            @Override
            public void save(String issuer, String clientId, String clientSecret) {
                platform.setSignIn(line.id(), issuer, clientId, clientSecret);
            }

            @Override
            public void remove() {
                platform.removeSignIn(line.id());
            }
        }));
        Button close = new Button(getTranslation("action.close"), e -> dialog.close());
        dialog.getFooter().add(close);
        dialog.open();
    }

    void openNewDialog() {
        TextField name = new TextField(getTranslation("platform.name"));
        name.setMaxLength(Organisation.MAX_NAME_LENGTH);
        TextField username = new TextField(getTranslation("platform.coordinator"));
        username.setMaxLength(Username.MAX_LENGTH);
        username.setHelperText(getTranslation("platform.coordinator.help"));
        PasswordField password = new PasswordField(getTranslation("staff.first-password"));
        password.setHelperText(getTranslation("staff.first-password.help", PasswordPolicy.MIN_LENGTH));
        FormErrors errors = new FormErrors(this).bind("name", name).bind("username", username)
                .bind("password", password);
        new FormDialog(getTranslation("platform.new"), getTranslation("action.save"), () -> errors.attempt(() -> {
            OrganisationLine created = platform.create(name.getValue(), username.getValue(), password.getValue());
            Notifications.success(getTranslation("platform.created", created.name(), username.getValue()));
            refresh();
        })).with(name, username, password).open();
        name.focus();
    }

    void openChangeDialog(OrganisationLine line) {
        TextField name = new TextField(getTranslation("platform.name"));
        name.setMaxLength(Organisation.MAX_NAME_LENGTH);
        name.setValue(line.name());
        IntegerField personal = months("privacy.retention.personal", "privacy.retention.personal-help",
                line.retentionMonths());
        IntegerField content = months("privacy.retention.content", "privacy.retention.content-help",
                line.contentRetentionMonths());
        Select<Language> language = OrganisationSettingsPanel.languageSelect();
        language.setValue(line.language());
        FormErrors errors = new FormErrors(this).bind("name", name).bind("retentionMonths", personal)
                .bind("contentRetentionMonths", content).bind("language", language);
        new FormDialog(getTranslation("platform.change-of", line.name()), getTranslation("action.save"),
                () -> errors.attempt(() -> {
                    platform.change(line.id(), name.getValue(), valueOf(personal), valueOf(content));
                    platform.setLanguage(line.id(), language.getValue());
                    refresh();
                })).with(name, personal, content, language, logoSection(line)).open();
    }

    /** The logo for the organisation's shared screens: stored at once, as soon as it is chosen. */
    private Div logoSection(OrganisationLine line) {
        Div section = new Div();
        section.addClassName("kring-platform-logo");
        Paragraph state = new Paragraph(getTranslation(line.hasLogo() ? "platform.logo.has" : "platform.logo.none"));
        state.getElement().setAttribute("role", "status");
        Upload upload = new Upload();
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PhotoPipeline.MAX_BYTES);
        upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png", ".webp");
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("platform.logo.choose")));
        upload.setUploadHandler(new LogoHandler(line, state, upload));
        Button remove = new Button(getTranslation("platform.logo.remove"), e -> {
            platform.removeLogo(line.id());
            state.setText(getTranslation("platform.logo.none"));
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        section.add(new H2(getTranslation("platform.logo.title")), state, upload, remove);
        return section;
    }

    /** Reads at most {@link PhotoPipeline#MAX_BYTES} + 1 bytes and makes a logo of them, outside the page's lock. */
    private final class LogoHandler implements UploadHandler {
        private final OrganisationLine line;
        private final Paragraph state;
        private final Upload upload;

        LogoHandler(OrganisationLine line, Paragraph state, Upload upload) {
            this.line = line;
            this.state = state;
            this.upload = upload;
        }

        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(PhotoPipeline.MAX_BYTES + 1);
            }
            String said;
            try {
                if (bytes.length > PhotoPipeline.MAX_BYTES) {
                    throw new InvalidValueException("photo", "validation.photo-too-large",
                            PhotoPipeline.MAX_BYTES / (1024 * 1024));
                }
                platform.setLogo(line.id(), bytes);
                said = getTranslation("platform.logo.has");
            } catch (InvalidValueException refused) {
                said = getTranslation(refused.messageKey(), refused.arguments());
            }
            String text = said;
            ui.access(() -> {
                state.setText(text);
                upload.clearFileList();
                refresh();
            });
        }

        @Override
        public long getFileSizeMax() {
            return PhotoPipeline.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return PhotoPipeline.MAX_BYTES + 64 * 1024;
        }
    }

    private IntegerField months(String label, String help, int value) {
        IntegerField field = new IntegerField(getTranslation(label));
        field.setHelperText(getTranslation(help));
        field.setSuffixComponent(new Span(getTranslation("privacy.months")));
        field.setMin(1);
        field.setMax(120);
        field.setStepButtonsVisible(true);
        field.setValue(value);
        return field;
    }

    /** An empty field counts as 0 months, which the organisation refuses in words. */
    private static int valueOf(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private void refresh() {
        grid.setItems(platform.organisations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.platform") + " · Kring";
    }
}
