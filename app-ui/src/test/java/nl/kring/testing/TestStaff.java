package nl.kring.testing;

import java.util.Set;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupName;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two organisations with staff in every role, created once per test context, so that
 * tests can sign in with {@code @WithUserDetails("a-coordinator")} and check that nobody
 * sees the other organisation. Organisation A has group "A-Maandag" (facilitator a-facilitator,
 * expert a-expert, participant Anna with a private note) and "A-Vrijdag" (facilitator a-other).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(SignedIn.class)
public class TestStaff {

    public static final String PASSWORD = "test-password-123";
    public static final String GROUP_A = "A-Maandag";
    public static final String OTHER_GROUP_A = "A-Vrijdag";
    public static final String GROUP_B = "B-Dinsdag";
    public static final String NEWCOMER_FIRST_PASSWORD = "eerste-wachtwoord";
    public static final String NOTE_ANNA = "Komt met de regiotaxi";

    /** What was created, for tests that need ids. */
    public record Fixture(Organisation a, Organisation b, Group groupA, Group otherGroupA, Group groupB) {
    }

    @Bean
    TestGroups testGroups(Fixture fixture, GroupRepository groups, ParticipantRepository participants,
                          StaffAccountRepository accounts) {
        return new TestGroups(fixture, groups, participants, accounts);
    }

    @Bean
    TestSessions testSessions(nl.kring.session.SessionPlanService plans, nl.kring.session.LiveSessionService live,
                              nl.kring.session.TabletService tablets, SignedIn signedIn) {
        return new TestSessions(plans, live, tablets, signedIn);
    }

    @Bean
    Fixture testFixture(OrganisationRepository organisations, StaffAccountRepository accounts,
                        GroupRepository groups, ParticipantRepository participants, PasswordEncoder encoder) {
        Organisation a = organisations.save(Organisation.create("Welzijn A"));
        Organisation b = organisations.save(Organisation.create("Welzijn B"));
        String hash = encoder.encode(PASSWORD);
        staff(accounts, a, "a-coordinator", Role.COORDINATOR, hash);
        StaffAccount facilitator = staff(accounts, a, "a-facilitator", Role.FACILITATOR, hash);
        StaffAccount other = staff(accounts, a, "a-other", Role.FACILITATOR, hash);
        StaffAccount expert = staff(accounts, a, "a-expert", Role.EXPERIENCE_EXPERT, hash);
        staff(accounts, b, "b-coordinator", Role.COORDINATOR, hash);
        // a new colleague who has not chosen a password yet (FirstPasswordTest)
        accounts.save(StaffAccount.create(a.id(), new Username("a-newcomer"), new PersonName("Nieuwe Collega"),
                Role.FACILITATOR, encoder.encode(NEWCOMER_FIRST_PASSWORD)));
        StaffAccount facilitatorB = staff(accounts, b, "b-facilitator", Role.FACILITATOR, hash);

        Group groupA = groups.save(Group.create(a.id(), new GroupName(GROUP_A), "Buurthuis")
                .withStaff(Set.of(facilitator), Set.of(expert)));
        Group otherGroupA = groups.save(Group.create(a.id(), new GroupName(OTHER_GROUP_A), "")
                .withStaff(Set.of(other), Set.of()));
        Group groupB = groups.save(Group.create(b.id(), new GroupName(GROUP_B), "")
                .withStaff(Set.of(facilitatorB), Set.of()));
        participants.save(Participant.join(groupA.id(), new PersonName("Anna")).withPrivateNote(NOTE_ANNA));
        participants.save(Participant.join(groupA.id(), new PersonName("Bert")));
        participants.save(Participant.join(groupB.id(), new PersonName("Bea")));
        return new Fixture(a, b, groupA, otherGroupA, groupB);
    }

    private static StaffAccount staff(StaffAccountRepository accounts, Organisation organisation, String username,
                                      Role role, String hash) {
        return accounts.save(StaffAccount.create(organisation.id(), new Username(username),
                new PersonName("Test " + username), role, hash).withOwnPassword(hash));
    }
}
