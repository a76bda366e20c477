package nl.kring.session;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import nl.kring.domain.session.SessionEvents;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.TabletRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new binding of a tablet to a person shows on the console with "Klopt niet" for
 * {@code kring.session.binding-grace} (default 2 minutes); a binding the facilitator left
 * alone for that long counts as seen, and the tablet may show its person's private history
 * (docs/adr/0010). Not a service a person calls: Kring runs it every 15 s, on every node.
 */
@Component
class BindingGrace {

    private static final Logger LOG = LoggerFactory.getLogger(BindingGrace.class);

    private final TabletRepository tablets;
    private final SessionEvents events;
    private final TransactionTemplate transactions;
    private final Duration grace;
    private final Clock clock;

    BindingGrace(TabletRepository tablets, SessionEvents events, TransactionTemplate transactions,
                 @Value("${kring.session.binding-grace:2m}") Duration grace, Clock clock) {
        this.tablets = tablets;
        this.events = events;
        this.transactions = transactions;
        this.grace = grace;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 15, initialDelay = 15, timeUnit = TimeUnit.SECONDS)
    void confirmWhatWasLeftAlone() {
        try {
            transactions.executeWithoutResult(status -> {
                for (SessionId session : tablets.confirmBoundBefore(clock.instant().minus(grace), clock.instant())) {
                    events.recordChange(session);
                }
            });
        } catch (RuntimeException e) {
            LOG.debug("Bindings not confirmed this round: {}", e.toString()); // the next round tries again
        }
    }

    Duration grace() {
        return grace;
    }
}
