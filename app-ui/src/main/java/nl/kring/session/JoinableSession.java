package nl.kring.session;

import java.util.List;
import nl.kring.domain.session.JoinCode;

/**
 * What a tablet may see of a live session before a name is chosen: its title and the names
 * to tap, and whether new tablets may still join (the facilitator can close the door).
 */
public record JoinableSession(JoinCode code, String title, List<LiveSnapshot.RosterName> roster, boolean open) {
}
