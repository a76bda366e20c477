package nl.kring.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.stream.IntStream;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Facilitators manage the rosters of their own groups; experience experts see names only. */
class RosterViewsTest extends KringBrowserlessTestBase {

    @Autowired
    TestStaff.Fixture fixture;

    @Test
    @WithUserDetails("a-facilitator")
    void aFacilitatorSeesOnlyTheirOwnGroups() {
        GroupsView view = navigate(GroupsView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Mijn groepen");
        // other tests add groups led by a-facilitator to the shared database: only theirs may show
        java.util.List<String> names = java.util.stream.IntStream.range(0, test(view.grid).size())
                .mapToObj(row -> test(view.grid).getCellText(row, 0)).toList();
        assertThat(names).contains(TestStaff.GROUP_A).doesNotContain(TestStaff.OTHER_GROUP_A, TestStaff.GROUP_B);
        assertThat(view.newGroup.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aFacilitatorSeesPrivateNotesAndAddsSomeoneToTheRoster() {
        GroupView view = navigate(GroupView.class, fixture.groupA().id().toString());
        assertThat(cells(view, 2)).contains(TestStaff.NOTE_ANNA);

        test(view.addParticipant).click();
        test($(TextField.class).withLabel("Naam").single()).setValue("  Corrie ");
        test($(Button.class).withClassName("kring-dialog-save").last()).click();
        assertThat(cells(view, 0)).contains("Corrie");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aSecondAnnaOnTheSameRosterIsRefused() {
        GroupView view = navigate(GroupView.class, fixture.groupA().id().toString());
        int before = test(view.rosterGrid).size();
        test(view.addParticipant).click();
        TextField name = $(TextField.class).withLabel("Naam").single();
        test(name).setValue("anna");
        test($(Button.class).withClassName("kring-dialog-save").last()).click();
        assertThat(name.getErrorMessage()).startsWith("Er staat al een anna in deze groep.");
        assertThat(test(view.rosterGrid).size()).isEqualTo(before);
    }

    @Test
    @WithUserDetails("a-expert")
    void anExperienceExpertSeesTheNamesButNeverThePrivateNotes() {
        GroupView view = navigate(GroupView.class, fixture.groupA().id().toString());
        assertThat(cells(view, 0)).contains("Anna", "Bert");
        assertThat(view.rosterGrid.getColumns()).hasSize(2); // name and status, no note, no actions
        assertThat(view.addParticipant.isAttached()).isFalse();
        assertThat(view.editGroup.isAttached()).isFalse();
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aFacilitatorCannotOpenAGroupTheyDoNotLead() {
        navigate("groepen/" + fixture.otherGroupA().id(), com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Deze pagina is er niet");
        assertThat($(com.vaadin.flow.component.grid.Grid.class).exists()).isFalse();
    }

    @Test
    @WithUserDetails("b-coordinator")
    void aCoordinatorCannotOpenAGroupOfAnotherOrganisationByItsUrl() {
        navigate("groepen/" + fixture.groupA().id(), com.vaadin.flow.component.Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Deze pagina is er niet");
    }

    private List<String> cells(GroupView view, int column) {
        return IntStream.range(0, test(view.rosterGrid).size())
                .mapToObj(i -> test(view.rosterGrid).getCellText(i, column)).toList();
    }
}
