package nl.kring.session;

import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Session;
import nl.kring.domain.session.Step;
import nl.kring.domain.session.Tablet;

/** A tablet whose token checked out, in its live session, at the step it contributes to. */
public record TabletAtStep(Tablet tablet, Session session, Step step, ParticipantId participant) {
}
