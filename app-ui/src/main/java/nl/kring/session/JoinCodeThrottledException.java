package nl.kring.session;

/** Too many wrong join codes from one address: wait a minute. */
public class JoinCodeThrottledException extends RuntimeException {
    public JoinCodeThrottledException() {
        super("too many wrong join codes");
    }
}
