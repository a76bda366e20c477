package nl.kring.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import nl.kring.content.SeedTexts;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupName;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantRepository;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffAccountRepository;
import nl.kring.domain.organisation.Username;
import nl.kring.domain.session.AnswerVisibility;
import nl.kring.domain.session.Attendance;
import nl.kring.domain.session.AttendanceStatus;
import nl.kring.domain.session.Diagram;
import nl.kring.domain.session.InformationCard;
import nl.kring.domain.session.QuestionRound;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.Step;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.domain.thought.ThoughtChallenge;
import nl.kring.domain.thought.ThoughtWall;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation "Welzijn Demo", created once on the embedded default so that a
 * newcomer can sign in as every role and find groups, rosters, past sessions and a planned
 * session to start. It is not created on a configured database unless KRING_DEMO_DATA=true
 * (a try-out with docker compose). All names are made up.
 */
@Component
// the same condition as the embedded database (persistence is not visible from here on purpose),
// unless KRING_DEMO_DATA says otherwise (true: also on a configured database, e.g. docker compose)
@ConditionalOnExpression("'${kring.demo-data:}' == 'true' or ('${kring.demo-data:}' != 'false'"
        + " and '${spring.datasource.url:}'.isBlank())")
class DemoData implements ApplicationRunner {

    /** The demo is a Dutch organisation: its plans use the seeds in Dutch. */
    private static final Locale DUTCH = Language.DUTCH.locale();

    static final String ORGANISATION = "Welzijn Demo";
    /** The password of every demo account; printed in the README. */
    static final String PASSWORD = "kring-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final OrganisationRepository organisations;
    private final StaffAccountRepository accounts;
    private final GroupRepository groups;
    private final ParticipantRepository participants;
    private final SessionRepository sessions;
    private final PasswordEncoder passwordEncoder;
    private final SeedTexts seeds;

    DemoData(OrganisationRepository organisations, StaffAccountRepository accounts, GroupRepository groups,
             ParticipantRepository participants, SessionRepository sessions, PasswordEncoder passwordEncoder,
             SeedTexts seeds) {
        this.seeds = seeds;
        this.organisations = organisations;
        this.accounts = accounts;
        this.groups = groups;
        this.participants = participants;
        this.sessions = sessions;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (organisations.findByName(ORGANISATION).isPresent()) {
            return;
        }
        Organisation demo = organisations.save(Organisation.create(ORGANISATION));
        account(demo, "coordinator", "Carla Coördinator", Role.COORDINATOR);
        StaffAccount petra = account(demo, "gespreksleider", "Petra de Gespreksleider", Role.FACILITATOR);
        StaffAccount kees = account(demo, "kees", "Kees Vrijwilliger", Role.FACILITATOR);
        StaffAccount johan = account(demo, "ervaringsdeskundige", "Johan Ervaringsdeskundige",
                Role.EXPERIENCE_EXPERT);

        Group linde = groups.save(Group.create(demo.id(), new GroupName("Dinsdagkring De Linde"),
                "Buurthuis De Linde, dinsdag 10.00–11.30 uur").withStaff(Set.of(petra), Set.of(johan)));
        Group oost = groups.save(Group.create(demo.id(), new GroupName("Koffie & Praat Oost"),
                "Wijkcentrum Oost, donderdag 14.00–15.30 uur").withStaff(Set.of(kees), Set.of()));

        List<Participant> lindeRoster = roster(linde, "Annie", "Gerrit", "Riet", "Henk", "Joke", "Wim", "Truus", "Bep");
        List<Participant> oostRoster = roster(oost, "Ans", "Cor", "Dini", "Jan", "Marja", "Piet", "Toos");
        pastSessions(linde, lindeRoster, DayOfWeek.TUESDAY, LocalTime.of(10, 0), 6, new Random(7));
        pastSessions(oost, oostRoster, DayOfWeek.THURSDAY, LocalTime.of(14, 0), 4, new Random(11));
        log.info("Demo organisation '{}' created; demo logins are in the README", ORGANISATION);
    }

    /**
     * A short plan to try the live session with: a welcome, a question round, an explanation
     * from the seed, the thought work of "Spelen met gedachten" (wall, challenge, swap), and the
     * moodboard of "een gesprek van waarde", a small step, the scale questions,
     * the look back, and wishes and ideas.
     */
    List<Step> demoPlan() {
        return List.of(
                Step.of(new InformationCard("Welkom bij de kring",
                        "Fijn dat je er bent. We praten vandaag over hoe het met ons gaat."
                                + " Alles wat hier gezegd wordt, blijft in de groep.", null), null),
                Step.of(new QuestionRound(List.of("Hoe is het met je?", "Wat heb je deze week gedaan?"),
                        AnswerVisibility.NAMED, List.of(List.of("Goed", "Gaat wel", "Niet zo goed"))),
                        Duration.ofMinutes(10)),
                Step.of(new InformationCard("De neerwaartse spiraal van eenzaamheid",
                        "Ervaar je niet genoeg verbinding of heb je het gevoel er niet bij te horen, dan ben je"
                                + " extra alert op signalen die daarop wijzen. Zelfs als afwijzing er niet is,"
                                + " neem je deze wel waar. Hierdoor kun je je gaan terugtrekken. Eenzaamheid houdt"
                                + " zichzelf zo in stand en versterkt zichzelf.\n\nBron: Movisie, Spelen met"
                                + " gedachten.", null, Diagram.DOWNWARD_SPIRAL), null),
                Step.of(new QuestionRound(List.of("Herken je dit? Schrijf een gedachte op die je soms hebt."),
                        AnswerVisibility.ANONYMOUS), Duration.ofMinutes(5)),
                Step.of(new ThoughtWall("Welke gedachte zit je soms dwars?"), Duration.ofMinutes(10)),
                Step.of(new ThoughtChallenge("We kiezen samen een gedachte van de muur en stellen er drie vragen"
                        + " over."), null),
                Step.of(seeds.perspectiveSwap("Je buurvrouw groet je niet terug op straat.", DUTCH), null),
                Step.of(seeds.quadrantBoard("Wat is voor jou van waarde?", false, DUTCH), Duration.ofMinutes(20)),
                Step.of(new SmallStepRound("Welke kleine stap wil jij de komende tijd zetten?"), null),
                Step.of(seeds.scaleQuestion(DUTCH), null),
                Step.of(seeds.lookBack(DUTCH), null),
                Step.of(seeds.wishesAndIdeas(AnswerVisibility.NAMED, DUTCH), null));
    }

    private StaffAccount account(Organisation organisation, String username, String name, Role role) {
        // demo accounts may sign in straight away; real accounts must change their first password
        return accounts.save(StaffAccount.create(organisation.id(), new Username(username), new PersonName(name), role,
                passwordEncoder.encode(PASSWORD)).withOwnPassword(passwordEncoder.encode(PASSWORD)));
    }

    private List<Participant> roster(Group group, String... names) {
        List<Participant> roster = new ArrayList<>();
        for (String name : names) {
            roster.add(participants.save(Participant.join(group.id(), new PersonName(name))));
        }
        return roster;
    }

    /**
     * Weekly ended sessions with mostly-present attendance; the last person on each roster
     * missed the two most recent sessions, so that follow-up has someone to show.
     */
    private void pastSessions(Group group, List<Participant> roster, DayOfWeek day, LocalTime time, int count,
                              Random random) {
        LocalDate last = LocalDate.now(AMSTERDAM).with(TemporalAdjusters.previous(day));
        for (int week = count; week >= 1; week--) {
            LocalDate date = last.minusWeeks(week - 1L);
            Session session = sessions.save(Session.plan(group.id(), "Bijeenkomst " + (count - week + 1),
                    date.atTime(time).atZone(AMSTERDAM).toInstant()).ended());
            for (int i = 0; i < roster.size(); i++) {
                boolean droppingOut = i == roster.size() - 1 && week <= 2;
                int roll = random.nextInt(10);
                AttendanceStatus status = droppingOut ? AttendanceStatus.ABSENT
                        : roll < 8 ? AttendanceStatus.PRESENT : roll < 9 ? AttendanceStatus.EXCUSED
                        : AttendanceStatus.ABSENT;
                sessions.saveAttendance(new Attendance(session.id(), roster.get(i).id(), status,
                        status == AttendanceStatus.EXCUSED ? "Afgemeld" : ""));
            }
        }
        sessions.save(Session.plan(group.id(), "Volgende bijeenkomst",
                last.plusWeeks(1).atTime(time).atZone(AMSTERDAM).toInstant()).withSteps(demoPlan()));
    }
}
