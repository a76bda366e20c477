package nl.kring.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.kring.domain.organisation.Role;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A coordinator manages groups and staff of their own organisation, and never sees another's. */
@WithUserDetails("a-coordinator")
class CoordinatorViewsTest extends KringBrowserlessTestBase {

    @Test
    void theCoordinatorLandsOnTheOverviewOfTheirOwnOrganisation() {
        navigate("", OrganisationOverviewView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Welzijn A");
    }

    @Test
    void theCoordinatorSeesAllGroupsOfTheOrganisationAndNoneOfAnother() {
        GroupsView view = navigate(GroupsView.class);
        assertThat(groupNames(view.grid)).contains(TestStaff.GROUP_A, TestStaff.OTHER_GROUP_A)
                .doesNotContain(TestStaff.GROUP_B);
    }

    @Test
    void aNewGroupAppearsInTheList() {
        GroupsView view = navigate(GroupsView.class);
        String name = "Nieuwe kring " + UUID.randomUUID().toString().substring(0, 6);
        test(view.newGroup).click();
        test($(TextField.class).withLabel("Naam").single()).setValue(name);
        test(save()).click();

        assertThat(groupNames(view.grid)).contains(name);
        assertThat(test($(Notification.class).last()).getText()).contains(name);
    }

    @Test
    void aDuplicateGroupNameIsRefusedOnTheFieldAndNothingIsSaved() {
        GroupsView view = navigate(GroupsView.class);
        int before = test(view.grid).size();
        test(view.newGroup).click();
        TextField name = $(TextField.class).withLabel("Naam").single();
        test(name).setValue(TestStaff.GROUP_A.toLowerCase());
        test(save()).click();

        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Er is al een groep met deze naam. Kies een andere naam.");
        assertThat(test(view.grid).size()).isEqualTo(before);
    }

    @Test
    void aNameOf500CharactersAndAnEmptyNameAreRefusedWithAFieldMessage() {
        GroupsView view = navigate(GroupsView.class);
        test(view.newGroup).click();
        TextField name = $(TextField.class).withLabel("Naam").single();
        name.setMaxLength(1000); // a browser can be made to send more than maxlength
        test(name).setValue("x".repeat(500));
        test(save()).click();
        assertThat(name.getErrorMessage()).isEqualTo("Dit is te lang: gebruik hoogstens 80 tekens.");

        test(name).setValue("   ");
        test(save()).click();
        assertThat(name.getErrorMessage()).isEqualTo("Vul dit in.");
    }

    @Test
    void aNewStaffAccountMustChooseAPasswordAtFirstSignIn() {
        StaffView view = navigate(StaffView.class);
        String username = "nieuw-" + UUID.randomUUID().toString().substring(0, 6);
        test(view.newAccount).click();
        test($(TextField.class).withLabel("Naam").single()).setValue("Nieuwe Vrijwilliger");
        test($(TextField.class).withLabel("Gebruikersnaam").single()).setValue(username);
        @SuppressWarnings("unchecked")
        Select<Role> role = $(Select.class).withLabel("Rol").single();
        role.setValue(Role.EXPERIENCE_EXPERT);
        test($(PasswordField.class).withLabel("Eerste wachtwoord").single()).setValue("een-eerste-wachtwoord");
        test(save()).click();

        int row = IntStream.range(0, test(view.grid).size())
                .filter(i -> test(view.grid).getCellText(i, 1).equals(username)).findFirst().orElseThrow();
        assertThat(test(view.grid).getCellText(row, 2)).isEqualTo("Ervaringsdeskundige");
        assertThat(test(view.grid).getCellText(row, 3)).isEqualTo("Moet wachtwoord kiezen");
    }

    @Test
    void aTakenUsernameAndAShortPasswordAreRefusedOnTheirFields() {
        navigate(StaffView.class);
        test($(Button.class).withText("Nieuwe medewerker").single()).click();
        test($(TextField.class).withLabel("Naam").single()).setValue("Dubbel");
        TextField username = $(TextField.class).withLabel("Gebruikersnaam").single();
        test(username).setValue("a-facilitator");
        PasswordField password = $(PasswordField.class).withLabel("Eerste wachtwoord").single();
        test(password).setValue("kort");
        test(save()).click();
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord is te kort: gebruik minstens 10 tekens.");

        test(password).setValue("lang-genoeg-wachtwoord");
        test(save()).click();
        assertThat(username.getErrorMessage()).isEqualTo("Deze gebruikersnaam is al in gebruik. Kies een andere.");
    }

    private Button save() {
        return $(Button.class).withClassName("kring-dialog-save").last();
    }

    private <T> java.util.List<String> groupNames(Grid<T> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getCellText(i, 0)).toList();
    }
}
