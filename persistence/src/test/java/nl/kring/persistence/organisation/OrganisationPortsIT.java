package nl.kring.persistence.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupName;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.ParticipantStatus;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.TestOrganisations;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.ConcurrentChangeException;
import nl.kring.persistence.PostgresTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

/** Contract tests of the organisation ports against a real PostgreSQL. */
class OrganisationPortsIT extends PostgresTestBase {

    @Autowired
    OrganisationRepository organisations;
    @Autowired
    StaffAccountRepository staff;
    @Autowired
    GroupRepository groups;
    @Autowired
    ParticipantRepository participants;

    @Test
    void anOrganisationIsFoundByNameIgnoringCase() {
        Organisation saved = organisations.save(TestOrganisations.organisation("Welzijn Oost"));
        assertThat(organisations.findByName("welzijn oost")).contains(saved);
        assertThat(organisations.findById(saved.id())).contains(saved);
    }

    @Test
    void aStaffAccountRoundTripsAndIsFoundByUsername() {
        Organisation organisation = organisations.save(TestOrganisations.organisation("Welzijn Staff"));
        StaffAccount saved = staff.save(TestOrganisations.staff(organisation, "petra.staff", Role.FACILITATOR)
                .withLanguage(Language.ENGLISH));

        StaffAccount found = staff.findByUsername(new Username("Petra.Staff")).orElseThrow();
        assertThat(found).isEqualTo(saved);
        assertThat(found.language()).isEqualTo(Language.ENGLISH);
        assertThat(staff.existsByUsername(new Username("petra.staff"))).isTrue();
        assertThat(staff.findByOrganisation(organisation.id())).containsExactly(saved);
    }

    @Test
    void usernamesAreUniqueAcrossOrganisations() {
        Organisation one = organisations.save(TestOrganisations.organisation("Welzijn Een"));
        Organisation two = organisations.save(TestOrganisations.organisation("Welzijn Twee"));
        staff.save(TestOrganisations.staff(one, "dubbel", Role.FACILITATOR));
        assertThatThrownBy(() -> staff.save(TestOrganisations.staff(two, "dubbel", Role.COORDINATOR)))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void savingAStaleCopyIsRefusedAsAConcurrentChange() {
        Organisation organisation = organisations.save(TestOrganisations.organisation("Welzijn Stale"));
        StaffAccount first = staff.save(TestOrganisations.staff(organisation, "stale", Role.FACILITATOR));
        staff.save(first.withOwnPassword("{noop}new"));
        assertThatThrownBy(() -> staff.save(first.withOwnPassword("{noop}other")))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void aGroupKeepsItsFacilitatorsAndExperienceExpertsApart() {
        Organisation organisation = organisations.save(TestOrganisations.organisation("Welzijn Groep"));
        StaffAccount facilitator = staff.save(TestOrganisations.staff(organisation, "fac.groep", Role.FACILITATOR));
        StaffAccount expert = staff.save(TestOrganisations.staff(organisation, "ed.groep", Role.EXPERIENCE_EXPERT));
        Group group = groups.save(TestOrganisations.group(organisation, "Dinsdagkring")
                .withStaff(Set.of(facilitator), Set.of(expert)));

        Group found = groups.findById(group.id()).orElseThrow();
        assertThat(found.facilitators()).containsExactly(facilitator.id());
        assertThat(found.experienceExperts()).containsExactly(expert.id());
        assertThat(groups.findByAssignedStaff(expert.id())).extracting(Group::id).containsExactly(group.id());

        Group unassigned = groups.save(found.withStaff(Set.of(facilitator), Set.of()));
        assertThat(unassigned.experienceExperts()).isEmpty();
        assertThat(groups.findByAssignedStaff(expert.id())).isEmpty();
    }

    @Test
    void groupNamesAreUniquePerOrganisationIgnoringCase() {
        Organisation organisation = organisations.save(TestOrganisations.organisation("Welzijn Namen"));
        Organisation other = organisations.save(TestOrganisations.organisation("Welzijn Anders"));
        Group group = groups.save(TestOrganisations.group(organisation, "Koffiekring"));

        assertThat(groups.existsByName(organisation.id(), new GroupName("KOFFIEKRING"), GroupId.newId())).isTrue();
        assertThat(groups.existsByName(organisation.id(), new GroupName("Koffiekring"), group.id())).isFalse();
        assertThat(groups.existsByName(other.id(), new GroupName("Koffiekring"), GroupId.newId())).isFalse();
        assertThatThrownBy(() -> groups.save(TestOrganisations.group(organisation, "koffiekring")))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void theRosterIsSortedByNameAndKeepsPeopleWhoLeft() {
        Organisation organisation = organisations.save(TestOrganisations.organisation("Welzijn Rooster"));
        Group group = groups.save(TestOrganisations.group(organisation, "Rooster"));
        Participant wim = participants.save(Participant.join(group.id(), new PersonName("Wim")));
        Participant anna = participants.save(Participant.join(group.id(), new PersonName("Anna"))
                .withPrivateNote("Slechthorend, zit graag vooraan"));
        Participant wimLeft = participants.save(wim.withStatus(ParticipantStatus.LEFT));

        assertThat(participants.findByGroup(group.id())).containsExactly(anna, wimLeft);
        assertThat(participants.findById(anna.id()).orElseThrow().privateNote())
                .isEqualTo("Slechthorend, zit graag vooraan");
    }

    @Test
    void activeParticipantsAreCountedPerGroupInOneGo() {
        Organisation organisation = organisations.save(TestOrganisations.organisation("Welzijn Tellen"));
        Group monday = groups.save(TestOrganisations.group(organisation, "Maandag"));
        Group friday = groups.save(TestOrganisations.group(organisation, "Vrijdag"));
        Group empty = groups.save(TestOrganisations.group(organisation, "Leeg"));
        participants.save(Participant.join(monday.id(), new PersonName("Anna")));
        participants.save(Participant.join(monday.id(), new PersonName("Bert")));
        participants.save(Participant.join(monday.id(), new PersonName("Cor")).withStatus(ParticipantStatus.LEFT));
        participants.save(Participant.join(friday.id(), new PersonName("Dini")));

        assertThat(participants.countActiveByGroup(List.of(monday.id(), friday.id(), empty.id())))
                .containsOnly(Map.entry(monday.id(), 2), Map.entry(friday.id(), 1));
        assertThat(participants.countActiveByGroup(List.of())).isEmpty();
    }
}
