package nl.kring.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.organisation.RosterService;
import nl.kring.organisation.StaffService;
import nl.kring.security.AccountService;
import nl.kring.session.LiveSessionService;
import nl.kring.session.SessionReportService;
import nl.kring.testing.KringTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import nl.kring.testing.TestSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The audit trail records what a privacy officer asks about (issue 21): account creation,
 * changes, password resets and changes, "Overal afmelden", reading and changing roster notes,
 * attendance corrections and report downloads — who, what, when, which organisation, never the
 * contents (a note, a reason). Sign-ins are recorded too ({@code StaffRightsIT}, in Chromium).
 */
class AuditEventsTest extends KringTestBase {

    @Autowired
    StaffService staff;
    @Autowired
    AccountService accounts;
    @Autowired
    RosterService roster;
    @Autowired
    LiveSessionService live;
    @Autowired
    SessionReportService reports;
    @Autowired
    TestGroups testGroups;
    @Autowired
    TestSessions sessions;
    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void whatAPrivacyOfficerAsksAboutIsInTheTrailWithoutItsContents() {
        Instant from = Instant.now().minusSeconds(1);
        StaffAccount bram = signedIn.as("a-coordinator",
                () -> staff.create("bram.audit", "Bram", Role.FACILITATOR, "een-goed-wachtwoord"));
        signedIn.as("a-coordinator", () -> staff.update(bram.id(), "Bram", Role.EXPERIENCE_EXPERT, false));
        signedIn.as("a-coordinator", () -> staff.resetPassword(bram.id(), "een-ander-wachtwoord"));
        signedIn.as("a-facilitator", () -> {
            accounts.signOutEverywhere();
            return null;
        });

        TestGroups.NewGroup group = testGroups.create("Spoor", false, "Annie", "Gerrit");
        var annie = group.people().getFirst();
        signedIn.as("a-facilitator", () -> roster.update(annie.id(), "Annie", "Slecht ter been", annie.version()));
        signedIn.as("a-facilitator", () -> roster.roster(group.group().id()));
        TestSessions.Started session = signedIn.as("a-facilitator", () -> sessions.start(group, "Spoor",
                Instant.now(), new SmallStepRound("Welke kleine stap zet jij?")));
        signedIn.as("a-facilitator", () -> {
            live.setAttendance(session.id(), group.people().get(1).id(), AttendanceStatus.EXCUSED, "Naar de dokter");
            live.end(session.id());
            return reports.pdf(session.id(), Locale.of("nl"));
        });

        List<String> trail = jdbc.query("select staff_name || ' · ' || action || ' · ' || subject from audit_entry"
                + " where at >= ? order by at", (rs, row) -> rs.getString(1), Timestamp.from(from));
        assertThat(trail).anyMatch(e -> e.contains("CREATED_STAFF · medewerker bram.audit · FACILITATOR"))
                .anyMatch(e -> e.contains("CHANGED_STAFF · medewerker bram.audit · EXPERIENCE_EXPERT · mag niet aanmelden"))
                .anyMatch(e -> e.contains("RESET_PASSWORD · medewerker bram.audit"))
                .anyMatch(e -> e.contains("SIGNED_OUT_EVERYWHERE · medewerker a-facilitator"))
                .anyMatch(e -> e.contains("CHANGED_ROSTER_NOTE · deelnemer " + annie.id().value().toString().substring(0, 8)))
                .anyMatch(e -> e.contains("VIEWED_ROSTER_NOTES · groep Spoor"))
                .anyMatch(e -> e.contains("CORRECTED_ATTENDANCE") && e.contains("EXCUSED"))
                .anyMatch(e -> e.contains("DOWNLOADED_SESSION_REPORT") && e.contains("Spoor"));
        assertThat(String.join("\n", trail)).doesNotContain("Slecht ter been", "Naar de dokter", "wachtwoord");
    }
}
