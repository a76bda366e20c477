package nl.kring.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.ParticipantStatus;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.TestStaff;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithUserDetails;

/** Every service method states who may use it; these are the rules as a caller meets them. */
class ServiceAccessTest extends KringTestBase {

    @Autowired
    StaffService staff;
    @Autowired
    GroupService groups;
    @Autowired
    RosterService roster;
    @Autowired
    OrganisationOverviewService overview;
    @Autowired
    TestStaff.Fixture fixture;

    @Test
    @WithAnonymousUser
    void nobodyWhoIsNotSignedInGetsAnything() {
        assertThatThrownBy(() -> groups.listVisible()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.roster(fixture.groupA().id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("a-expert")
    void anExperienceExpertCannotUseCoordinatorServices() {
        assertThatThrownBy(() -> staff.list()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> overview.overview()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> groups.create("Stiekem", "")).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> roster.add(fixture.groupA().id(), "Stiekem", ""))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    @WithUserDetails("a-expert")
    void anExperienceExpertReadsTheRosterOfTheirGroupWithoutPrivateNotes() {
        assertThat(roster.roster(fixture.groupA().id()))
                .allSatisfy(entry -> assertThat(entry.privateNote()).isEmpty())
                .extracting(RosterEntry::displayName).contains("Anna", "Bert");
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aFacilitatorCannotTouchTheRosterOfAGroupTheyDoNotLead() {
        assertThatThrownBy(() -> roster.roster(fixture.otherGroupA().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> roster.add(fixture.otherGroupA().id(), "Indringer", ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("b-coordinator")
    void aCoordinatorOfAnotherOrganisationSeesNothingOfIt() {
        assertThat(groups.listVisible()).extracting(GroupSummary::name).containsExactly(TestStaff.GROUP_B);
        assertThat(staff.list()).allSatisfy(a -> assertThat(a.organisationId()).isEqualTo(fixture.b().id()));
        assertThatThrownBy(() -> groups.get(fixture.groupA().id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> groups.assignStaff(fixture.groupA().id(), Set.of(), Set.of(), 0))
                .isInstanceOf(AccessDeniedException.class);
        ParticipantId anna = participantOfGroupA("Anna");
        assertThatThrownBy(() -> roster.setStatus(anna, ParticipantStatus.LEFT, 0))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithUserDetails("a-coordinator")
    void aCoordinatorCannotBlockThemselves() {
        var me = staff.list().stream().filter(a -> a.username().value().equals("a-coordinator")).findFirst()
                .orElseThrow();
        assertThatThrownBy(() -> staff.update(me.id(), me.name().value(), me.role(), false))
                .hasMessageContaining("validation.not-yourself");
    }

    @Autowired
    ParticipantRepository participants;

    /** Read straight from the repository: the test itself is signed in as someone without access. */
    private ParticipantId participantOfGroupA(String name) {
        return participants.findByGroup(fixture.groupA().id()).stream()
                .filter(p -> p.displayName().value().equals(name)).findFirst().orElseThrow().id();
    }
}
