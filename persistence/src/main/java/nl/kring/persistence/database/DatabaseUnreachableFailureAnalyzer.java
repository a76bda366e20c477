package nl.kring.persistence.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an unreachable database at start-up into one clear message instead of a stack trace. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
        return new FailureAnalysis(
                "Kring cannot reach its database at " + cause.url() + " (" + cause.getCause().getMessage() + ").",
                "Start that PostgreSQL server or correct KRING_DB_URL, KRING_DB_USER and KRING_DB_PASSWORD."
                        + " Leave KRING_DB_URL unset to run on the embedded PostgreSQL with demo data instead.",
                null);
    }
}
