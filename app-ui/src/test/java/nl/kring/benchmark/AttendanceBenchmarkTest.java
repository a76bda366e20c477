package nl.kring.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import nl.kring.attendance.AttendanceExport;
import nl.kring.attendance.AttendanceReportService;
import nl.kring.attendance.FollowUpService;
import nl.kring.attendance.Period;
import nl.kring.attendance.ui.AttendanceView;
import nl.kring.base.KringTime;
import nl.kring.domain.organisation.GroupId;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What the coordinators' pages cost for a large organisation: 50 groups, 2,000 participants
 * and three years of weekly sessions (7,800 sessions, 312,000 attendance marks), generated
 * straight into PostgreSQL. Times the services behind the pages as a coordinator calls them:
 * the overview (one year and three years), a group's report, the follow-up list and the
 * exports. Writes {@code app-ui/target/benchmark/attendance.md}.
 * Run with {@code -Dkring.benchmark=true}; {@code TEST_JDBC_URL} points it at a standalone
 * server instead of the embedded one.
 */
@EnabledIfSystemProperty(named = "kring.benchmark", matches = "true")
class AttendanceBenchmarkTest extends KringBrowserlessTestBase {

    private static final int GROUPS = 50;
    private static final int PEOPLE_PER_GROUP = 40;
    private static final int WEEKS = 156;
    private static final int RUNS = 10;
    private static final String COORDINATOR = "bench-coordinator";
    private static final Locale NL = Locale.of("nl");

    @Autowired
    DataSource dataSource;
    @Autowired
    SignedIn signedIn;
    @Autowired
    AttendanceReportService reports;
    @Autowired
    FollowUpService followUps;
    @Autowired
    AttendanceExport exports;

    @Test
    void largeOrganisation() throws Exception {
        long seedStart = System.nanoTime();
        GroupId oneGroup = seed();
        long seedMs = (System.nanoTime() - seedStart) / 1_000_000;
        LocalDate today = LocalDate.now(KringTime.ZONE);
        Period year = Period.lastYear();
        Period threeYears = new Period(today.minusYears(3), today);

        var overview = signedIn.as(COORDINATOR, () -> reports.overview(threeYears, Optional.empty()));
        assertThat(overview.groups()).hasSize(GROUPS);
        assertThat(overview.total().sessionsHeld()).isEqualTo(GROUPS * WEEKS);

        List<String> rows = new ArrayList<>();
        rows.add(row("overview, all 50 groups, last 12 months", () -> reports.overview(year, Optional.empty())));
        rows.add(row("overview page built (view, grid, charts), 12 months", () -> {
            // a new page each time (navigating to the same route would reuse the open one)
            AttendanceView page = new AttendanceView(reports, exports);
            assertThat(page.getElement().getChildCount()).isPositive();
            return page;
        }));
        rows.add(row("overview, all 50 groups, 3 years", () -> reports.overview(threeYears, Optional.empty())));
        rows.add(row("group report (sessions, people, results), 12 months", () -> reports.group(oneGroup, year)));
        rows.add(row("group report, 3 years", () -> reports.group(oneGroup, threeYears)));
        rows.add(row("follow-up list, all 50 groups", followUps::list));
        rows.add(row("CSV export, all 50 groups, 12 months",
                () -> exports.csv(Optional.empty(), year, NL)));
        rows.add(row("XLSX export, all 50 groups, 12 months",
                () -> exports.xlsx(Optional.empty(), year, NL)));
        rows.add(row("PDF report, one group, 12 months", () -> exports.pdf(oneGroup, year, NL)));

        String report = "# Attendance reports for a large organisation\n\n"
                + "Machine: " + Runtime.getRuntime().availableProcessors() + " cores, JDK "
                + System.getProperty("java.version") + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB, database "
                + database() + ". Data: " + GROUPS + " groups, " + GROUPS * PEOPLE_PER_GROUP
                + " participants, " + GROUPS * WEEKS + " sessions (" + WEEKS + " weeks), "
                + GROUPS * WEEKS * PEOPLE_PER_GROUP + " attendance marks, generated in " + seedMs + " ms. "
                + "Times are the service calls behind the pages, as the coordinator; " + RUNS
                + " runs after 2 warm-up runs.\n\n"
                + "| what | min ms | median ms | max ms | allocated MB per run |\n|---|---|---|---|---|\n"
                + String.join("\n", rows) + "\n";
        Path out = Path.of("target", "benchmark", "attendance.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    private String row(String what, Supplier<Object> work) {
        return signedIn.as(COORDINATOR, () -> TimedRuns.row(what, RUNS, work));
    }

    private String database() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("show server_version")) {
            rs.next();
            return "PostgreSQL " + rs.getString(1);
        }
    }

    /**
     * Generates the organisation in SQL: 40 people per group (one in ten has left), one
     * session a week for three years, and per session 80 % present, 15 % absent, 5 % excused
     * (a fixed pseudo-random spread, so runs compare).
     */
    private GroupId seed() throws Exception {
        UUID organisation = UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into organisation (id, name) values ('" + organisation + "', 'Benchmark welzijn')");
            s.execute("insert into staff_account (id, organisation_id, username, name, role, password_hash, "
                    + "must_change_password, active, language) values (gen_random_uuid(), '" + organisation
                    + "', '" + COORDINATOR + "', 'Benchmark coördinator', 'COORDINATOR', 'x', false, true, 'DUTCH')");
            s.execute("insert into kring_group (id, organisation_id, name) select gen_random_uuid(), '"
                    + organisation + "', 'Groep ' || lpad(g::text, 2, '0') from generate_series(1, " + GROUPS + ") g");
            s.execute("insert into participant (id, group_id, display_name, status) "
                    + "select gen_random_uuid(), g.id, 'Deelnemer ' || n, case when n % 10 = 0 then 'LEFT' else 'ACTIVE' end "
                    + "from kring_group g cross join generate_series(1, " + PEOPLE_PER_GROUP + ") n "
                    + "where g.organisation_id = '" + organisation + "'");
            s.execute("insert into kring_session (id, group_id, title, scheduled_at, status) "
                    + "select gen_random_uuid(), g.id, 'Bijeenkomst ' || w, "
                    + "date_trunc('day', now()) - interval '10 hours' - (" + WEEKS + " - w) * interval '1 week', 'ENDED' "
                    + "from kring_group g cross join generate_series(1, " + WEEKS + ") w "
                    + "where g.organisation_id = '" + organisation + "'");
            s.execute("insert into attendance (session_id, participant_id, status) "
                    + "select s.id, p.id, case when h < 80 then 'PRESENT' when h < 95 then 'ABSENT' else 'EXCUSED' end "
                    + "from kring_group g join kring_session s on s.group_id = g.id join participant p on p.group_id = g.id "
                    + "cross join lateral (select abs(hashtext(s.id::text || p.id::text)) % 100 as h) r "
                    + "where g.organisation_id = '" + organisation + "'");
            s.execute("analyze");
            try (ResultSet rs = s.executeQuery("select id from kring_group where organisation_id = '" + organisation
                    + "' order by name limit 1")) {
                rs.next();
                return new GroupId(rs.getObject(1, UUID.class));
            }
        }
    }
}
