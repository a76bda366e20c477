package nl.kring.thought;

import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.SessionSecrets;
import nl.kring.domain.session.StepStateRepository;
import nl.kring.domain.swap.SwapState;
import nl.kring.domain.thought.ContributionRepository;
import nl.kring.session.SessionEndHandler;
import org.springframework.stereotype.Component;

/**
 * When a session ends, destroys everything that could still link an anonymous
 * contribution to a person: the "herken ik" marks (the counts stay), who held which
 * perspective card, and the session secret those keys were derived from.
 */
@Component
class AnonymityCleanup implements SessionEndHandler {

    private final ContributionRepository contributions;
    private final StepStateRepository stepStates;
    private final SessionSecrets secrets;

    AnonymityCleanup(ContributionRepository contributions, StepStateRepository stepStates, SessionSecrets secrets) {
        this.contributions = contributions;
        this.stepStates = stepStates;
        this.secrets = secrets;
    }

    @Override
    public void sessionEnded(SessionId session) {
        contributions.forgetMarks(session);
        stepStates.findBySession(session).forEach((step, state) -> {
            if (state instanceof SwapState swap) {
                stepStates.save(session, step, ActivityType.PERSPECTIVE_SWAP,
                        swap.forgetHolders());
            }
        });
        secrets.destroy(session);
    }
}
