package nl.kring.session.ui.activity;

import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.session.TabletToken;
import nl.kring.session.TabletDelivery;
import nl.kring.session.TabletService;

/** Who the tablet is, for parts that let a participant contribute, and where what it sends goes. */
public record ParticipantContext(TabletToken token, ParticipantId participantId, TabletService tablets,
                                 TabletDelivery delivery) {
}
