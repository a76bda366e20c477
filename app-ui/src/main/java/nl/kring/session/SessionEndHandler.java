package nl.kring.session;

import nl.kring.domain.session.SessionId;

/**
 * Work that must happen in the same transaction as a session's end, e.g. destroying what
 * could link anonymous contributions to people. Spring beans implementing this are called
 * by {@link LiveSessionService#end}.
 */
public interface SessionEndHandler {

    void sessionEnded(SessionId session);
}
