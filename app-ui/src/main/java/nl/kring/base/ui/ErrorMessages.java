package nl.kring.base.ui;

import java.sql.SQLTransientConnectionException;
import java.net.ConnectException;
import nl.kring.domain.shared.ConcurrentChangeException;
import nl.kring.domain.shared.InvalidValueException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Which i18n message tells a person what went wrong and what to do, for any exception. */
public final class ErrorMessages {

    private ErrorMessages() {
    }

    public static String keyFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof AccessDeniedException) {
                return "error.access-denied";
            }
            if (t instanceof ConcurrentChangeException || t instanceof OptimisticLockingFailureException) {
                return "error.concurrent-change";
            }
            if (t instanceof InvalidValueException invalid) {
                return invalid.messageKey();
            }
            if (isDatabaseOutage(t)) {
                return "error.database-unavailable";
            }
        }
        return "error.unexpected";
    }

    /** Is this a passing loss of the database (as opposed to a bug)? */
    public static boolean isDatabaseOutage(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessException || t instanceof SQLTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** Arguments for the message of {@link #keyFor}. */
    public static Object[] argumentsFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InvalidValueException invalid) {
                return invalid.arguments();
            }
        }
        return new Object[0];
    }
}
