package nl.kring.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import nl.kring.base.KringTime;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.domain.privacy.AuditTrail;
import nl.kring.domain.privacy.PersonalDataStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily retention job: for every organisation, removes the contents of sessions that
 * ended longer ago than its content period, and erases people who left longer ago than its
 * personal-data period; what it removed goes into the audit trail. Each organisation in a
 * transaction of its own, so that a failure in one does not keep the others' data past its
 * date (issue 21). With two nodes, a PostgreSQL advisory lock per transaction lets only one of
 * them work on an organisation at a time (doing one twice would remove nothing more).
 */
@Component
public class RetentionService {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionService.class);

    private final OrganisationRepository organisations;
    private final PersonalDataStore store;
    private final AuditTrail trail;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RetentionService(OrganisationRepository organisations, PersonalDataStore store, AuditTrail trail,
                     TransactionTemplate transactions, Clock clock) {
        this.organisations = organisations;
        this.store = store;
        this.trail = trail;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Every night at 03:30 (Kring's time zone). */
    @Scheduled(cron = "0 30 3 * * *", zone = "Europe/Amsterdam")
    public void nightly() {
        try {
            runForAll();
        } catch (RuntimeException e) {
            // tomorrow's run tries again; nothing is half removed (one transaction per organisation)
            LOG.warn("The retention job did not finish: {}", e.toString());
        }
    }

    /**
     * Runs the job for every organisation, each in its own transaction; returns how many it ran
     * for (fewer when another node held the lock, or one failed: the others are done anyway).
     */
    public int runForAll() {
        int ran = 0;
        for (Organisation organisation : organisations.findAll()) {
            try {
                Boolean done = transactions.execute(status -> {
                    if (!store.lockForRetention()) {
                        return false;
                    }
                    runFor(organisation);
                    return true;
                });
                ran += Boolean.TRUE.equals(done) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.warn("The retention job did not finish for organisation {}: {}", organisation.id(), e.toString());
            }
        }
        try {
            // pictures no plan uses any more (a day's margin for a plan being edited right now)
            Integer removed = transactions.execute(status -> store.removeUnusedCardImages(
                    clock.instant().minus(Duration.ofDays(1))));
            if (removed != null && removed > 0) {
                LOG.info("Retention: {} unused card picture(s) deleted", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Unused card pictures were not deleted: {}", e.toString());
        }
        return ran;
    }

    PersonalDataStore.RetentionResult runFor(Organisation organisation) {
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(KringTime.ZONE));
        var result = store.removeExpired(organisation.id(),
                now.minusMonths(organisation.contentRetentionMonths()).toInstant(),
                now.minusMonths(organisation.retentionMonths()).toInstant());
        trail.record(AuditEntry.now(organisation.id(), null, "Kring", AuditAction.RETENTION_RUN,
                result.sessionsCleared() + " / " + result.participantsErased()));
        return result;
    }
}
