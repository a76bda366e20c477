package nl.kring.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupName;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;

/**
 * A fresh group of organisation A for one test, led by {@code a-facilitator} (and, if asked,
 * with {@code a-expert} as its experience expert), with the people named: so that a test's
 * session, roster and cards never meet another test's.
 */
public class TestGroups {

    /** The group and its people, in the order named. */
    public record NewGroup(Group group, List<Participant> people) {
    }

    private final TestStaff.Fixture fixture;
    private final GroupRepository groups;
    private final ParticipantRepository participants;
    private final StaffAccountRepository accounts;

    TestGroups(TestStaff.Fixture fixture, GroupRepository groups, ParticipantRepository participants,
               StaffAccountRepository accounts) {
        this.fixture = fixture;
        this.groups = groups;
        this.participants = participants;
        this.accounts = accounts;
    }

    public NewGroup create(String name, boolean withExpert, String... people) {
        var facilitator = accounts.findByUsername(new Username("a-facilitator")).orElseThrow();
        var experts = withExpert ? Set.of(accounts.findByUsername(new Username("a-expert")).orElseThrow())
                : Set.<nl.kring.domain.organisation.StaffAccount>of();
        Group group = groups.save(Group.create(fixture.a().id(), new GroupName(name + " " + UUID.randomUUID()),
                "Buurthuis").withStaff(Set.of(facilitator), experts));
        List<Participant> saved = new ArrayList<>();
        for (String person : people) {
            saved.add(participants.save(Participant.join(group.id(), new PersonName(person))));
        }
        return new NewGroup(group, List.copyOf(saved));
    }
}
