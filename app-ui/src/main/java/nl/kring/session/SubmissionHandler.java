package nl.kring.session;

import nl.kring.domain.session.TabletToken;

/**
 * Stores one kind of {@link TabletSubmission}. The activity's tablet service implements it;
 * {@link TabletDelivery} finds it by kind. The rule for all of them: the tablet's own token,
 * its live session, and the step the submission names — not necessarily the current one.
 */
public interface SubmissionHandler {

    TabletSubmission.Kind kind();

    /**
     * @throws nl.kring.domain.shared.InvalidValueException when the text breaks a rule, the tablet
     *         was released or the session is over
     */
    Delivered store(TabletToken token, TabletSubmission submission);
}
