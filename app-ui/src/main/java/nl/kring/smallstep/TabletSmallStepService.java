package nl.kring.smallstep;

import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionRepository;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.Tablet;
import nl.kring.domain.session.TabletRepository;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.smallstep.Outcome;
import nl.kring.domain.smallstep.SmallStep;
import nl.kring.domain.smallstep.SmallStepId;
import nl.kring.domain.smallstep.SmallStepRepository;
import nl.kring.domain.smallstep.SmallStepRound;
import nl.kring.session.DistressCheck;
import nl.kring.session.Delivered;
import nl.kring.session.SubmissionHandler;
import nl.kring.session.TabletAtStep;
import nl.kring.session.TabletSubmission;
import nl.kring.session.TabletService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tablet's small step, and its answer to "Is het gelukt?" at a later session. The same
 * rule as {@link TabletService}: only the tablet's own token in its live session, and only
 * the tablet's own person's steps.
 */
@Service
@PreAuthorize("permitAll()")
public class TabletSmallStepService implements SubmissionHandler {

    private final TabletService tablets;
    private final TabletRepository tabletRepository;
    private final SessionRepository sessions;
    private final SmallStepRepository steps;
    private final SessionEvents events;
    private final DistressCheck distress;

    TabletSmallStepService(TabletService tablets, TabletRepository tabletRepository, SessionRepository sessions,
                           SmallStepRepository steps, SessionEvents events, DistressCheck distress) {
        this.distress = distress;
        this.tablets = tablets;
        this.tabletRepository = tabletRepository;
        this.sessions = sessions;
        this.steps = steps;
        this.events = events;
    }

    @Override
    public TabletSubmission.Kind kind() {
        return TabletSubmission.Kind.SMALL_STEP;
    }

    @Override
    @Transactional
    public Delivered store(TabletToken token, TabletSubmission submission) {
        write(token, submission.step(), submission.text());
        return Delivered.kept();
    }

    /**
     * Writes (or rewrites) this person's small step at a step of the live session (the
     * current one, or one it moved on from while the text was on its way). A text that
     * suggests acute distress gives the leaders a private alert, as everywhere else.
     */
    @Transactional
    public void write(TabletToken token, StepId stepId, String text) {
        TabletAtStep at = tablets.atStepOfLiveSession(token, stepId, SmallStepRound.class, "text");
        SmallStep step = SmallStep.written(at.session().id(), stepId, at.participant(), text);
        if (distress.suggestsDistress(step.text())) {
            step = step.heldForDistress();
        }
        events.recordChange(at.session().id());
        steps.save(step);
    }

    /** "Is het gelukt?": this person's answer about their small step from an earlier session of the group. */
    @Transactional
    public void lookBack(TabletToken token, SmallStepId id, Outcome outcome) {
        Tablet tablet = tabletRepository.findByTokenHash(token.hash())
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
        ParticipantId person = tablet.participant()
                .orElseThrow(() -> new InvalidValueException("tablet", "validation.tablet-gone"));
        Session session = sessions.findById(tablet.sessionId()).filter(Session::isLive)
                .orElseThrow(() -> new InvalidValueException("session", "validation.session-not-live"));
        events.recordChange(session.id());
        SmallStep step = steps.findToLookBackOn(session.groupId(), session.id()).stream()
                .filter(s -> s.id().equals(id) && s.participant().equals(person))
                .findFirst().orElseThrow(() -> new InvalidValueException("step", "validation.small-step-gone"));
        steps.recordOutcome(step.answered(outcome, session.id()));
    }
}
