package nl.kring.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.security.AccountService;
import nl.kring.security.PasswordPolicy;

/** A staff member chooses their own password; required after a coordinator set a first one. */
@Route(value = "wachtwoord", layout = MainLayout.class)
@PermitAll
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField repeated = new PasswordField();
    final Button save = new Button();

    public ChangePasswordView(AccountService accounts) {
        addClassName("kring-page");
        setMaxWidth("32rem");
        current.setLabel(getTranslation("password.current"));
        newPassword.setLabel(getTranslation("password.new"));
        newPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH));
        repeated.setLabel(getTranslation("password.repeat"));
        for (PasswordField field : new PasswordField[] {current, newPassword, repeated}) {
            field.setWidthFull();
            field.setRequiredIndicatorVisible(true);
        }
        FormErrors errors = new FormErrors(this).bind("currentPassword", current).bind("newPassword", newPassword)
                .bind("repeatedPassword", repeated);
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(e -> {
            if (errors.attempt(() -> accounts.changePassword(current.getValue(), newPassword.getValue(),
                    repeated.getValue()))) {
                Notifications.success(getTranslation("password.changed"));
                UI.getCurrent().navigate("");
            }
        });
        boolean required = accounts.mustChangePassword();
        add(new H1(getTranslation("password.title")),
                new Paragraph(getTranslation(required ? "password.first-time" : "password.intro")),
                current, newPassword, repeated, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · Kring";
    }
}
