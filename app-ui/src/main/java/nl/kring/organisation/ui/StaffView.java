package nl.kring.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.organisation.OrganisationSettingsService;
import nl.kring.organisation.StaffService;
import nl.kring.security.PasswordPolicy;
import nl.kring.security.Roles;

/** Coordinators create staff accounts, change roles, block accounts and reset passwords. */
@Route(value = "medewerkers", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final transient StaffService staff;
    private final transient OrganisationSettingsService settings;
    final Grid<StaffAccount> grid = new Grid<>();
    final Button newAccount = new Button();

    public StaffView(StaffService staff, OrganisationSettingsService settings) {
        this.staff = staff;
        this.settings = settings;
        addClassName("kring-page");
        setWidthFull();

        grid.addColumn(a -> a.name().value()).setHeader(getTranslation("staff.name")).setFlexGrow(2);
        grid.addColumn(a -> a.username().value()).setHeader(getTranslation("staff.username"));
        grid.addColumn(a -> roleText(a.role())).setHeader(getTranslation("staff.role"));
        grid.addColumn(a -> getTranslation(!a.active() ? "staff.state.blocked"
                : a.mustChangePassword() ? "staff.state.first-password" : "staff.state.active"))
                .setHeader(getTranslation("staff.state"));
        grid.addComponentColumn(this::rowActions).setHeader(getTranslation("roster.actions")).setAutoWidth(true)
                .setFlexGrow(0);

        newAccount.setText(getTranslation("staff.new"));
        newAccount.setIcon(VaadinIcon.PLUS.create());
        newAccount.addThemeVariants(ButtonVariant.PRIMARY);
        newAccount.addClickListener(e -> openNewAccountDialog());
        HorizontalLayout header = new HorizontalLayout(new H1(getTranslation("nav.staff")), newAccount);
        header.setAlignItems(Alignment.BASELINE);
        // an organisation has tens of staff, not thousands: all rows show, and the settings follow
        grid.setAllRowsVisible(true);
        add(header, new Paragraph(getTranslation("staff.intro")), grid, new OrganisationSettingsPanel(settings));
        refresh();
    }

    private HorizontalLayout rowActions(StaffAccount account) {
        Button edit = new Button(getTranslation("roster.edit"), e -> openEditDialog(account));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        // every row has these two: a screen reader (and a test) tells them apart by the name
        edit.getElement().setAttribute("aria-label", getTranslation("staff.edit-of", account.name().value()));
        Button reset = new Button(getTranslation("staff.reset-password"), e -> openResetDialog(account));
        reset.addThemeVariants(ButtonVariant.TERTIARY);
        reset.getElement().setAttribute("aria-label", getTranslation("staff.reset-password-of",
                account.name().value()));
        HorizontalLayout actions = new HorizontalLayout(edit, reset);
        if (!account.active()) {
            // only once the account may no longer sign in: erasing is for good
            Button erase = new Button(getTranslation("staff.erase"), e -> confirmErase(account));
            erase.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            erase.getElement().setAttribute("aria-label", getTranslation("staff.erase-of", account.name().value()));
            actions.add(erase);
        }
        return actions;
    }

    void openNewAccountDialog() {
        TextField name = new TextField(getTranslation("staff.name"));
        name.setMaxLength(PersonName.MAX_LENGTH);
        TextField username = new TextField(getTranslation("staff.username"));
        username.setMaxLength(Username.MAX_LENGTH);
        username.setHelperText(getTranslation("staff.username.help"));
        Select<Role> role = roleSelect();
        role.setValue(Role.FACILITATOR);
        PasswordField password = new PasswordField(getTranslation("staff.first-password"));
        // with the organisation's own accounts on, the password may stay empty (StaffService.create)
        boolean organisationAccounts = settings.settings().signIn().on();
        password.setHelperText(getTranslation(organisationAccounts ? "staff.first-password.optional"
                : "staff.first-password.help", PasswordPolicy.MIN_LENGTH));
        FormErrors errors = new FormErrors(this).bind("name", name).bind("username", username)
                .bind("password", password).bind("role", role);
        new FormDialog(getTranslation("staff.new"), getTranslation("action.save"), () -> errors.attempt(() -> {
            StaffAccount created = staff.create(username.getValue(), name.getValue(), role.getValue(),
                    password.getValue());
            Notifications.success(getTranslation(organisationAccounts && password.isEmpty()
                    ? "staff.created.organisation-account" : "staff.created", created.name().value()));
            refresh();
        })).with(name, username, role, password).open();
        name.focus();
    }

    void openEditDialog(StaffAccount account) {
        TextField name = new TextField(getTranslation("staff.name"));
        name.setMaxLength(PersonName.MAX_LENGTH);
        name.setValue(account.name().value());
        Select<Role> role = roleSelect();
        role.setValue(account.role());
        role.setHelperText(getTranslation("staff.role.help"));
        Checkbox active = new Checkbox(getTranslation("staff.may-sign-in"), account.active());
        FormErrors errors = new FormErrors(this).bind("name", name).bind("role", role);
        new FormDialog(getTranslation("roster.edit"), getTranslation("action.save"), () -> errors.attempt(() -> {
            staff.update(account.id(), name.getValue(), role.getValue(), active.getValue());
            refresh();
        })).with(name, role, active).open();
    }

    void openResetDialog(StaffAccount account) {
        PasswordField password = new PasswordField(getTranslation("staff.first-password"));
        password.setHelperText(getTranslation("staff.first-password.help", PasswordPolicy.MIN_LENGTH));
        FormErrors errors = new FormErrors(this).bind("password", password);
        new FormDialog(getTranslation("staff.reset-password") + ": " + account.name().value(),
                getTranslation("action.save"), () -> errors.attempt(() -> {
                    staff.resetPassword(account.id(), password.getValue());
                    Notifications.success(getTranslation("staff.password-reset", account.name().value()));
                    refresh();
                })).with(password).open();
    }

    private void confirmErase(StaffAccount account) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("staff.erase.title", account.name().value()),
                getTranslation("staff.erase.text"), getTranslation("staff.erase"), e -> {
                    try {
                        staff.erase(account.id());
                        Notifications.success(getTranslation("staff.erase.done", account.name().value()));
                        refresh();
                    } catch (InvalidValueException refused) {
                        Notifications.error(getTranslation(refused.messageKey(), refused.arguments()));
                    }
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private Select<Role> roleSelect() {
        Select<Role> role = new Select<>();
        role.setLabel(getTranslation("staff.role"));
        role.setItems(Role.organisationRoles());
        role.setItemLabelGenerator(this::roleText);
        return role;
    }

    private String roleText(Role role) {
        return getTranslation("role." + role.name());
    }

    private void refresh() {
        grid.setItems(staff.list());
        // a blocked account gets a third action ("Wissen"): the actions column grows with it
        grid.recalculateColumnWidths();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.staff") + " · Kring";
    }
}
