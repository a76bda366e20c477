package nl.kring.organisation;

/**
 * The operator's first-start variables (KRING_SETUP_*) ask for something Kring cannot do.
 * Kring stops with this one sentence ({@link SetupRefusedFailureAnalyzer}), never a stack
 * trace and never the password itself.
 */
class SetupRefusedException extends RuntimeException {

    SetupRefusedException(String whatToChange) {
        super(whatToChange);
    }
}
