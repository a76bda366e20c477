package nl.kring.attendance;

import static nl.kring.testing.OnScreen.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.kring.attendance.ui.AttendanceView;
import nl.kring.attendance.ui.FollowUpView;
import nl.kring.attendance.ui.GroupAttendanceView;
import nl.kring.domain.attendance.FollowUpAction;
import nl.kring.domain.attendance.FollowUpReason;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.SessionPlanService;
import nl.kring.testing.KringBrowserlessTestBase;
import nl.kring.testing.SignedIn;
import nl.kring.testing.TestGroups;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Coordinators' and facilitators' attendance pages, the follow-up list, the exports and the
 * privacy duties, on the real services and database (each test has its own group).
 */
class AttendanceViewsTest extends KringBrowserlessTestBase {

    private static final Locale NL = Locale.of("nl");

    @Autowired
    TestGroups testGroups;
    @Autowired
    SessionPlanService plans;
    @Autowired
    AttendanceReportService reports;
    @Autowired
    FollowUpService followUps;
    @Autowired
    AttendanceExport exports;
    @Autowired
    PrivacyService privacy;
    @Autowired
    SessionRepository sessions;
    @Autowired
    SignedIn signedIn;

    /** Four weekly sessions registered without tablets: Annie comes twice then misses twice; Gerrit always comes. */
    private TestGroups.NewGroup groupWithHistory(String name) {
        TestGroups.NewGroup group = testGroups.create(name, true, "Annie", "Gerrit", "Riet");
        Participant annie = group.people().get(0);
        Participant gerrit = group.people().get(1);
        Participant riet = group.people().get(2);
        Instant first = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(60, ChronoUnit.DAYS);
        for (int week = 0; week < 4; week++) {
            Session s = plans.plan(group.group().id(), "Week " + (week + 1), first.plus(14L * week, ChronoUnit.DAYS),
                    Optional.empty());
            reports.registerHeldWithoutTablets(s.id(), week < 2
                    ? Map.of(annie.id(), AttendanceStatus.PRESENT, gerrit.id(), AttendanceStatus.PRESENT,
                            riet.id(), AttendanceStatus.PRESENT)
                    : Map.of(gerrit.id(), AttendanceStatus.PRESENT, riet.id(), AttendanceStatus.PRESENT));
        }
        return group;
    }

    @Test
    @WithUserDetails("a-facilitator")
    void theGroupsFiguresCourseAndFollowUpListShowWhatHappened() {
        UI.getCurrent().setLocale(NL);
        TestGroups.NewGroup group = groupWithHistory("Figuren");
        Participant annie = group.people().get(0);

        AttendanceView overview = navigate(AttendanceView.class);
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<AttendanceReportService.GroupRow>)
                $(com.vaadin.flow.component.grid.Grid.class).withClassName("kring-attendance-groups").single();
        assertThat(grid.getListDataView().getItems().map(AttendanceReportService.GroupRow::name).toList())
                .anyMatch(name -> name.startsWith("Figuren"));
        assertThat(text(overview)).doesNotContain("Er zijn (nog) geen groepen");
        var report = reports.group(group.group().id(), Period.lastYear());
        assertThat(report.figures().sessionsHeld()).isEqualTo(4);
        assertThat(report.figures().present()).isEqualTo(10);
        assertThat(report.figures().recorded()).isEqualTo(12);
        assertThat(report.people()).filteredOn(p -> p.name().equals("Gerrit")).singleElement()
                .satisfies(p -> assertThat(p.history().currentStreak()).isEqualTo(4));

        GroupAttendanceView page = navigate(GroupAttendanceView.class, group.group().id().toString());
        assertThat(text(page)).contains("4 bijeenkomsten", "Opkomst per maand", "Annie", "2 van 4 bijeenkomsten");

        var item = followUps.list().stream().filter(i -> i.id().equals(annie.id())).findFirst().orElseThrow();
        assertThat(item.reasons()).containsExactly(FollowUpReason.MISSED_TWO_IN_A_ROW);
        FollowUpView list = navigate(FollowUpView.class);
        assertThat(text(list)).contains("Annie", "Twee keer op rij gemist.", "Nog niet opgevolgd.");
        followUps.record(annie.id(), FollowUpAction.Kind.CALLED, java.time.LocalDate.now(), "Gaat op vakantie");
        assertThat(text(navigate(FollowUpView.class))).contains("Gebeld");
        assertThatThrownBy(() -> followUps.record(annie.id(), FollowUpAction.Kind.NOTE,
                java.time.LocalDate.now().plusDays(2), "later")).isInstanceOf(InvalidValueException.class);

        // she leaves the group: off the list
        followUps.markLeft(annie.id());
        assertThat(followUps.list()).noneMatch(i -> i.id().equals(annie.id()));
    }

    @Test
    @WithUserDetails("a-facilitator")
    void aPeriodWithoutSessionsAndAGroupWithOneSessionStillReadWell() {
        UI.getCurrent().setLocale(NL);
        TestGroups.NewGroup group = testGroups.create("Leeg", false, "Annie");
        var empty = reports.group(group.group().id(), new Period(java.time.LocalDate.of(2020, 1, 1),
                java.time.LocalDate.of(2020, 12, 31)));
        assertThat(empty.figures().rate()).isZero();
        assertThat(empty.sessions()).isEmpty();
        GroupAttendanceView page = navigate(GroupAttendanceView.class, group.group().id().toString());
        assertThat(text(page)).contains("In deze periode zijn geen bijeenkomsten gehouden.",
                "Een verloop is pas te zien");
        assertThatThrownBy(() -> new Period(java.time.LocalDate.of(2021, 1, 1), java.time.LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    @WithUserDetails("a-facilitator")
    void exportsHoldTheRowsAndNeitherCsvNorXlsxRunsFormulas() throws Exception {
        TestGroups.NewGroup group = testGroups.create("Export", false, "=1+1", "Gerrit");
        Session s = plans.plan(group.group().id(), "Week 1", Instant.now().minus(3, ChronoUnit.DAYS), Optional.empty());
        reports.registerHeldWithoutTablets(s.id(), Map.of(group.people().get(0).id(), AttendanceStatus.PRESENT));

        String csv = new String(exports.csv(Optional.of(group.group().id()), Period.lastYear(), NL),
                StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFGroep;Datum;Bijeenkomst;Deelnemer;Aanwezigheid")
                .contains(";'=1+1;Aanwezig", ";Gerrit;Afwezig");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(
                exports.xlsx(Optional.of(group.group().id()), Period.lastYear(), NL)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).getCellText(3)).isEqualTo("=1+1");
            assertThat(rows.get(1).getCell(3).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
        }
        byte[] pdf = exports.pdf(group.group().id(), Period.lastYear(), NL);
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    @WithUserDetails("a-coordinator")
    void aCoordinatorExportsAndErasesAPersonAndEveryStepIsInTheTrail() {
        TestGroups.NewGroup group = signedIn.as("a-facilitator", () -> groupWithHistory("Wissen"));
        Participant annie = group.people().get(0);
        var before = reports.group(group.group().id(), Period.lastYear()).figures();

        reports.participant(annie.id());
        String data = new String(privacy.exportPersonalData(annie.id(), NL), StandardCharsets.UTF_8);
        assertThat(data).contains("Gegevens van Annie", "Aanwezigheid", "Week 1", "Anonieme bijdragen staan hier niet in");
        privacy.erase(annie.id());

        var after = reports.group(group.group().id(), Period.lastYear());
        assertThat(after.figures().present()).isEqualTo(before.present());
        assertThat(after.figures().recorded()).isEqualTo(before.recorded());
        assertThat(after.people()).noneMatch(p -> p.name().equals("Annie"));
        assertThat(after.sessions().getFirst().erased()).isOne();
        assertThatThrownBy(() -> privacy.erase(annie.id())).isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("validation.participant-already-erased");
        assertThat(privacy.auditTrail()).extracting(e -> e.action()).containsSubsequence(
                AuditAction.ERASED_PARTICIPANT, AuditAction.EXPORTED_PARTICIPANT, AuditAction.VIEWED_PARTICIPANT);
        assertThat(privacy.auditTrail()).allSatisfy(e -> assertThat(e.subject()).doesNotContain("Annie"));
    }

    @Test
    @WithUserDetails("a-other")
    void aFacilitatorSeesOnlyTheGroupsTheyLeadAndNoPrivacyDuties() {
        TestGroups.NewGroup notMine = signedIn.as("a-facilitator", () -> testGroups.create("Niet van mij", false,
                "Annie"));
        assertThat(reports.overview(Period.lastYear(), Optional.empty()).groups())
                .noneMatch(g -> g.id().equals(notMine.group().id()));
        assertThatThrownBy(() -> reports.group(notMine.group().id(), Period.lastYear()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.participant(notMine.people().getFirst().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> privacy.erase(notMine.people().getFirst().id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("a-expert", () -> reports.overview(Period.lastYear(), Optional.empty())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
