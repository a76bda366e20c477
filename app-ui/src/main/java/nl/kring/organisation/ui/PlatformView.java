package nl.kring.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.Username;
import nl.kring.organisation.PasswordPolicy;
import nl.kring.organisation.PlatformService.OrganisationLine;
import nl.kring.organisation.PlatformService;
import nl.kring.security.Roles;

/**
 * Platform administration (issue 22): the organisations of this installation — add one with
 * its first coordinator, rename it or set its retention periods, suspend or resume it — while
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
        return new HorizontalLayout(rename, suspend);
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
        FormErrors errors = new FormErrors(this).bind("name", name).bind("retentionMonths", personal)
                .bind("contentRetentionMonths", content);
        new FormDialog(getTranslation("platform.change-of", line.name()), getTranslation("action.save"),
                () -> errors.attempt(() -> {
                    platform.change(line.id(), name.getValue(), valueOf(personal), valueOf(content));
                    refresh();
                })).with(name, personal, content).open();
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
