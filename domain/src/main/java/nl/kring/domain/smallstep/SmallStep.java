package nl.kring.domain.smallstep;

import java.util.Objects;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.Distress;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.Texts;

/**
 * One person's small step, written in one session and looked back on in a later one.
 *
 * @param outcome     {@code null} until the person answered "Is het gelukt?"
 * @param revisitedIn the session in which they answered it, {@code null} until then
 * @param distress    whether the text suggests acute distress (a private alert on the console) and what the
 *                    leader decided; a small step is never on a shared screen, so only the alert depends on it
 */
public record SmallStep(SmallStepId id, SessionId sessionId, StepId stepId, ParticipantId participant, String text,
                        Outcome outcome, SessionId revisitedIn, Distress distress) {

    public static final int MAX_LENGTH = 200;
    /** What stands for the text where the viewer may know that a step was written, not what it says. */
    public static final String WITHHELD = "…";

    public SmallStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(participant, "participant");
        text = Texts.requireLine("text", text, MAX_LENGTH);
        distress = distress == null ? Distress.NONE : distress;
    }

    public static SmallStep written(SessionId session, StepId step, ParticipantId participant, String text) {
        return new SmallStep(SmallStepId.newId(), session, step, participant, text, null, null, Distress.NONE);
    }

    /** The same step without its words (for staff who are not the session's leaders). */
    public SmallStep withheld() {
        return new SmallStep(id, sessionId, stepId, participant, WITHHELD, outcome, revisitedIn, distress);
    }

    public boolean isWithheld() {
        return WITHHELD.equals(text);
    }

    public boolean isOpen() {
        return outcome == null;
    }

    public SmallStep answered(Outcome answer, SessionId in) {
        return new SmallStep(id, sessionId, stepId, participant, text, Objects.requireNonNull(answer), in, distress);
    }

    /** The text suggests acute distress: the leaders get a private alert. */
    public SmallStep heldForDistress() {
        return new SmallStep(id, sessionId, stepId, participant, text, outcome, revisitedIn, Distress.HELD);
    }

    /** The leader read the alert. */
    public SmallStep decided(Distress decision) {
        return new SmallStep(id, sessionId, stepId, participant, text, outcome, revisitedIn, decision);
    }
}
