package nl.kring.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.organisation.ui.GroupsView;
import nl.kring.testing.KringBrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;

/** Someone with a first password set by a coordinator must choose their own before anything else. */
class FirstPasswordTest extends KringBrowserlessTestBase {

    @Autowired
    StaffAccountRepository accounts;

    @Test
    @WithUserDetails("a-newcomer")
    void everyPageLeadsToChoosingAPasswordUntilItIsChosen() {
        navigate("groepen", Component.class);
        assertThat(getCurrentView()).isInstanceOf(ChangePasswordView.class);

        ChangePasswordView view = (ChangePasswordView) getCurrentView();
        test(view.current).setValue("eerste-wachtwoord");
        test(view.newPassword).setValue("mijn eigen zin");
        test(view.repeated).setValue("mijn eigen zinn");
        test(view.save).click();
        assertThat(view.repeated.getErrorMessage()).isEqualTo("De twee nieuwe wachtwoorden zijn niet gelijk.");

        test(view.repeated).setValue("mijn eigen zin");
        test(view.save).click();
        assertThat(accounts.findByUsername(new Username("a-newcomer")).orElseThrow().mustChangePassword()).isFalse();
        navigate("groepen", Component.class);
        assertThat(getCurrentView()).isInstanceOf(GroupsView.class);
    }
}
