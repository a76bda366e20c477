package nl.kring.domain.shared;

/** Someone else changed the same thing in the meantime; reload and try again. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String what, Throwable cause) {
        super(what + " was changed by someone else", cause);
    }
}
