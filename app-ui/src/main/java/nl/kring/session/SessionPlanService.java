package nl.kring.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.Language;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.CardImageRepository;
import nl.kring.domain.session.ImageId;
import nl.kring.domain.session.SavedProgramme;
import nl.kring.domain.session.SavedProgrammeRepository;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.SessionStatus;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.ConcurrentChangeException;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import nl.kring.security.StaffPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning sessions: when, what title, and the ordered steps. Coordinators and the group's
 * facilitators plan; everyone who works with the group can look. Steps can be changed
 * until the session starts.
 */
@Service
public class SessionPlanService {

    /** Live first, then planned (soonest first), then ended (latest first). */
    private static final Comparator<Session> LIST_ORDER = Comparator
            .comparingInt((Session s) -> switch (s.status()) {
                case LIVE -> 0;
                case PLANNED -> 1;
                case ENDED -> 2;
            })
            .thenComparingLong(s -> s.status() == SessionStatus.ENDED
                    ? -s.scheduledAt().getEpochSecond() : s.scheduledAt().getEpochSecond());

    private final SessionRepository sessions;
    private final CardImageRepository images;
    private final CardImages cleaner;
    private final SessionAccess access;
    private final BuiltInTemplates templates;
    private final SavedProgrammeRepository saved;
    private final CurrentStaff currentStaff;

    SessionPlanService(SessionRepository sessions, CardImageRepository images, CardImages cleaner,
                       SessionAccess access, BuiltInTemplates templates,
                       SavedProgrammeRepository saved,
                       CurrentStaff currentStaff) {
        this.templates = templates;
        this.saved = saved;
        this.currentStaff = currentStaff;
        this.sessions = sessions;
        this.images = images;
        this.cleaner = cleaner;
        this.access = access;
    }

    /** The group's sessions: live ones first, then planned (soonest first), then ended (newest first). */
    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public List<SessionSummary> sessionsOf(GroupId groupId) {
        access.requireVisibleGroup(groupId);
        return sessions.findByGroup(groupId).stream()
                .sorted(LIST_ORDER)
                .map(s -> new SessionSummary(s.id(), s.title(), s.scheduledAt(), s.status(), s.steps().size()))
                .toList();
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public boolean canPlanFor(GroupId groupId) {
        return access.canPlan(access.requireVisibleGroup(groupId));
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public Session get(SessionId id) {
        return access.requireVisible(id);
    }

    @PreAuthorize(Roles.ANY_STAFF)
    @Transactional(readOnly = true)
    public SessionPermissions permissions(SessionId id) {
        return access.permissions(id);
    }

    /**
     * Plans a new session; with {@code copyFrom}, it gets a copy of that earlier session's
     * steps (which must belong to the same group).
     */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Session plan(GroupId groupId, String title, Instant scheduledAt, Optional<SessionId> copyFrom) {
        access.requirePlannableGroup(groupId);
        Session session = Session.plan(groupId, title, requireTime(scheduledAt));
        if (copyFrom.isPresent()) {
            Session source = access.requireVisible(copyFrom.get());
            if (!source.groupId().equals(groupId)) {
                throw SessionAccess.refused();
            }
            session = source.copyAs(session.title(), session.scheduledAt());
        }
        return sessions.save(session);
    }

    /**
     * A programme to start a session from: built in (its name and description are in the
     * bundles under {@code template.<key>}) or saved by the organisation (key {@code saved:<id>}).
     */
    public record Programme(String key, boolean builtIn, String name, int steps, boolean mayReplace) {
    }

    private static final String SAVED = "saved:";

    /**
     * Plans a new session with the steps of a programme (see {@link #programmes()}); a
     * built-in programme in the planner's language, an own programme in the words it was saved with.
     */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Session planFromTemplate(GroupId groupId, String title, Instant scheduledAt, String programmeKey,
                                    Locale language) {
        var group = access.requirePlannableGroup(groupId);
        List<Step> steps;
        if (programmeKey.startsWith(SAVED)) {
            steps = savedProgramme(programmeKey).filter(p -> p.organisation().equals(group.organisationId()))
                    .orElseThrow(() -> new InvalidValueException("template", "validation.template-unknown")).steps();
        } else {
            steps = templates.find(programmeKey, language)
                    .orElseThrow(() -> new InvalidValueException("template", "validation.template-unknown")).steps();
        }
        Session session = Session.plan(groupId, title, requireTime(scheduledAt));
        for (Step step : steps) {
            session = session.withStepAdded(Step.of(step.activity(), step.timer()));
        }
        return sessions.save(session);
    }

    /** The built-in programmes, then the organisation's own, by name. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional(readOnly = true)
    public List<Programme> programmes() {
        List<Programme> all = new ArrayList<>();
        // every language holds the same programmes with the same steps (ContentFilesTest)
        templates.all(Language.DUTCH.locale()).forEach(t ->
                all.add(new Programme(t.key(), true, null, t.steps().size(), false)));
        var me = currentStaff.require();
        saved.findByOrganisation(me.organisationId()).forEach(p -> all.add(programme(p, me)));
        return all;
    }

    private Programme programme(SavedProgramme saved, StaffPrincipal me) {
        return new Programme(SAVED + saved.id(), false, saved.name(), saved.steps().size(), mayChange(saved, me));
    }

    /** An own programme is changed or removed by a coordinator or by whoever saved it. */
    private static boolean mayChange(SavedProgramme programme, StaffPrincipal me) {
        return me.is(Role.COORDINATOR) || programme.savedBy().equals(me.staffId());
    }

    /**
     * Saves a session's plan as a programme of the organisation, for anyone who may plan it
     * (a facilitator of the group, or a coordinator: so a built-in programme can be copied,
     * changed and kept).
     */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Programme saveAsProgramme(SessionId id, String name) {
        Session session = access.requirePlannable(id);
        var me = currentStaff.require();
        var programme = SavedProgramme.of(me.organisationId(), name, me.staffId(),
                session.steps());
        saved.save(programme);
        return programme(programme, me);
    }

    /**
     * Changes one of the organisation's own programmes in place: it takes the steps (and the
     * name) of a session's plan. This is how a programme is edited: plan a session from it,
     * change the plan, and save it over the programme. Sessions planned from it earlier keep
     * their own copy.
     */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Programme replaceProgramme(String programmeKey, SessionId id, String name) {
        Session session = access.requirePlannable(id);
        var me = currentStaff.require();
        var programme = savedProgramme(programmeKey).filter(p -> p.organisation().equals(me.organisationId()))
                .orElseThrow(() -> new InvalidValueException("template", "validation.template-unknown"));
        if (!mayChange(programme, me)) {
            throw SessionAccess.refused();
        }
        var changed = new SavedProgramme(programme.id(), programme.organisation(), name,
                programme.savedBy(), session.steps());
        saved.save(changed);
        return programme(changed, me);
    }

    /** Removes one of the organisation's own programmes: its coordinator or whoever saved it. */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public void deleteProgramme(String programmeKey) {
        var me = currentStaff.require();
        var programme = savedProgramme(programmeKey).filter(p -> p.organisation().equals(me.organisationId()))
                .orElseThrow(() -> new InvalidValueException("template", "validation.template-unknown"));
        if (!mayChange(programme, me)) {
            throw SessionAccess.refused();
        }
        saved.delete(programme.id());
    }

    private Optional<SavedProgramme> savedProgramme(String key) {
        if (!key.startsWith(SAVED)) {
            return Optional.empty();
        }
        try {
            return saved.findById(UUID.fromString(key.substring(SAVED.length())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Session updateDetails(SessionId id, String title, Instant scheduledAt, long expectedVersion) {
        return save(plannable(id, expectedVersion).withDetails(title, requireTime(scheduledAt)));
    }

    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Session addStep(SessionId id, Activity activity, Duration timer, long expectedVersion) {
        return save(plannable(id, expectedVersion).withStepAdded(Step.of(activity, timer)));
    }

    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Session updateStep(SessionId id, StepId stepId, Activity activity, Duration timer, long expectedVersion) {
        Session session = plannable(id, expectedVersion);
        Step step = session.step(stepId).orElseThrow(() -> new InvalidValueException("step", "validation.step-unknown"));
        return save(session.withStepReplaced(step.with(activity, timer)));
    }

    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Session removeStep(SessionId id, StepId stepId, long expectedVersion) {
        return save(plannable(id, expectedVersion).withStepRemoved(stepId));
    }

    /** Moves a step one place up ({@code -1}) or down ({@code +1}). */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public Session moveStep(SessionId id, StepId stepId, int by, long expectedVersion) {
        return save(plannable(id, expectedVersion).withStepMoved(stepId, Integer.signum(by)));
    }

    /**
     * Stores a picture for an information card after cleaning it (see {@link CardImages}).
     *
     * @throws InvalidValueException when the file is empty, too large or not a picture
     */
    @PreAuthorize(Roles.COORDINATOR_OR_FACILITATOR)
    @Transactional
    public ImageId storeImage(byte[] upload) {
        return images.save(cleaner.clean(upload)).id();
    }

    private Session plannable(SessionId id, long expectedVersion) {
        Session session = access.requirePlannable(id);
        if (session.version() != expectedVersion) {
            throw new ConcurrentChangeException("session", null);
        }
        return session;
    }

    private Session save(Session session) {
        return sessions.save(session);
    }

    private static Instant requireTime(Instant scheduledAt) {
        if (scheduledAt == null) {
            throw new InvalidValueException("scheduledAt", "validation.required");
        }
        return scheduledAt;
    }
}
