package nl.kring.session;

import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.TabletId;

/**
 * What a tablet is, as its rejoin cookie tells: in which session, as whom.
 *
 * @param participantId {@code null} while a newcomer waits for confirmation
 * @param ended         the session has ended: show the closing screen
 * @param blocked       the facilitator said "Klopt niet": this tablet takes no name in this session
 */
public record TabletState(TabletId tabletId, SessionId sessionId, JoinCode joinCode, ParticipantId participantId,
                          String name, boolean ended, boolean blocked) {

    public boolean waitsForConfirmation() {
        return participantId == null;
    }
}
