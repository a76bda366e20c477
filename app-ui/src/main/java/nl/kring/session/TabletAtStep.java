package nl.kring.session;

import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.Tablet;

/** A tablet whose token checked out, in its live session, at the step it contributes to. */
public record TabletAtStep(Tablet tablet, Session session, Step step, ParticipantId participant) {

    /** Whether the session still runs (a late submission may arrive just after its end). */
    public boolean isLive() {
        return session.isLive();
    }

    /** Whether the step is still the one everyone sees (a late submission's is not). */
    public boolean isCurrent() {
        return session.currentStep().map(current -> current.id().equals(step.id())).orElse(false);
    }
}
