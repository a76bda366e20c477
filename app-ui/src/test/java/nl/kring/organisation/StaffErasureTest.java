package nl.kring.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A staff account can be erased once it may no longer sign in (issue 21): the account and its
 * group assignments go, what the person did stays under "Oud-medewerker", the audit trail keeps
 * who did what. Read back from every table it touched.
 */
class StaffErasureTest extends KringTestBase {

    @Autowired
    StaffService staff;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    TestGroups testGroups;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDeactivatedAccountIsErasedAndWhatItDidStaysUnderOudMedewerker() {
        StaffAccount fenna = signedIn.as("a-coordinator",
                () -> staff.create("fenna.wissen", "Fenna", Role.FACILITATOR, "een-goed-wachtwoord"));
        TestGroups.NewGroup group = testGroups.create("Wissen", false, "Annie");
        jdbc.update("insert into group_staff (group_id, staff_id, role) values (?,?,'FACILITATOR')",
                group.group().id().value(), fenna.id().value());
        UUID action = UUID.randomUUID();
        jdbc.update("insert into follow_up_action (id, participant_id, kind, note, done_on, by_staff, by_name)"
                + " values (?,?,'CALLED','',current_date,?,'Fenna')", action, group.people().getFirst().id().value(),
                fenna.id().value());

        // still allowed to sign in: first that must be turned off, in so many words
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> {
            staff.erase(fenna.id());
            return null;
        })).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.staff-erase-active"));
        signedIn.as("a-coordinator", () -> staff.update(fenna.id(), "Fenna", Role.FACILITATOR, false));
        signedIn.as("a-coordinator", () -> {
            staff.erase(fenna.id());
            return null;
        });

        assertThat(accounts.findByUsername(new Username("fenna.wissen"))).isEmpty();
        assertThat(jdbc.queryForObject("select count(*) from group_staff where staff_id = ?", Integer.class,
                fenna.id().value())).isZero();
        assertThat(jdbc.queryForObject("select coalesce(by_staff::text, '') || '|' || by_name from follow_up_action"
                + " where id = ?", String.class, action)).isEqualTo("|Oud-medewerker");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'ERASED_STAFF'"
                + " and subject = 'medewerker fenna.wissen'", Integer.class)).isOne();

        // nobody erases themselves
        StaffAccount me = accounts.findByUsername(new Username("a-coordinator")).orElseThrow();
        assertThatThrownBy(() -> signedIn.as("a-coordinator", () -> {
            staff.erase(me.id());
            return null;
        })).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.messageKey()).isEqualTo("validation.erase-yourself"));
    }
}
