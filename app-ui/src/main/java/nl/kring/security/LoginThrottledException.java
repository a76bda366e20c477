package nl.kring.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this account name or from this address; wait and retry. */
public class LoginThrottledException extends AuthenticationException {
    public LoginThrottledException() {
        super("too many failed sign-ins");
    }
}
