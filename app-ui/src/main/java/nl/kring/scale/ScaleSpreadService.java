package nl.kring.scale;

import nl.kring.domain.scale.ScaleAnswerRepository;
import nl.kring.domain.scale.ScaleSpread;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.session.StepStateRepository;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.Roles;
import nl.kring.session.SessionAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The leader's "show the spread now" for a scale question, when fewer than a batch of new
 * answers came since the last showing (the screens otherwise wait, see {@link ScaleSpread}).
 * For the session's leaders only.
 */
@Service
@PreAuthorize(Roles.ANY_STAFF)
public class ScaleSpreadService {

    private final SessionAccess access;
    private final ScaleAnswerRepository answers;
    private final StepStateRepository stepStates;
    private final SessionEvents events;

    ScaleSpreadService(SessionAccess access, ScaleAnswerRepository answers, StepStateRepository stepStates,
                       SessionEvents events) {
        this.access = access;
        this.answers = answers;
        this.stepStates = stepStates;
        this.events = events;
    }

    @Transactional
    public void showNow(SessionId id, StepId step) {
        Session session = access.requireLeader(id);
        if (!session.isLive() || session.step(step).map(s -> s.activity().type() != ActivityType.SCALE_QUESTION)
                .orElse(true)) {
            throw new InvalidValueException("step", "validation.step-moved-on");
        }
        events.recordChange(id);
        stepStates.save(id, step, ActivityType.SCALE_QUESTION,
                ScaleSpread.shown(TabletScaleService.valuesNow(answers, id, step)));
    }
}
