package nl.kring.session.ui.activity;

import nl.kring.domain.session.SessionId;
import nl.kring.session.SessionPermissions;

/** The session a console part leads, and what the person at the console may do in it. */
public record ConsoleContext(SessionId sessionId, SessionPermissions may) {
}
