package nl.kring.organisation;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused first-start setup into one clear message for the operator. */
class SetupRefusedFailureAnalyzer extends AbstractFailureAnalyzer<SetupRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SetupRefusedException cause) {
        return new FailureAnalysis("Kring cannot create the first organisation: " + cause.getMessage(),
                "Correct the KRING_SETUP_* variables and start Kring again, or leave KRING_SETUP_ORGANISATION"
                        + " empty to start without creating one.", null);
    }
}
