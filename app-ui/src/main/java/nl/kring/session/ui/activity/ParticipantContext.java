package nl.kring.session.ui.activity;

import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.TabletId;
import nl.kring.domain.session.TabletToken;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;

/**
 * Who the tablet is, for parts that let a participant contribute, and where what it sends goes.
 *
 * @param tabletId which tablet line of the snapshot is this one (whether it may show its person's
 *                 private history); {@code null} shows no history
 */
public record ParticipantContext(TabletToken token, ParticipantId participantId, TabletService tablets,
                                 TabletDelivery delivery, TabletId tabletId) {

    /** Whether the leader has seen who this tablet is, so that its person's own history may show. */
    public boolean showsHistory(LiveSnapshot snapshot) {
        return tabletId != null && snapshot.tablet(tabletId).map(LiveSnapshot.TabletLine::showsHistory).orElse(false);
    }
}
