package nl.kring.attendance;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import nl.kring.base.KringI18NProvider;
import nl.kring.base.KringTime;
import nl.kring.domain.organisation.Organisation;
import nl.kring.domain.organisation.OrganisationRepository;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantId;
import nl.kring.domain.privacy.AuditAction;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.domain.privacy.AuditTrail;
import nl.kring.domain.privacy.PersonalData;
import nl.kring.domain.privacy.PersonalDataStore;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.security.AuditLog;
import nl.kring.security.CurrentStaff;
import nl.kring.security.Roles;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The privacy duties (AVG) for coordinators: a participant's data as a readable file,
 * erasure, the retention periods, and the audit trail. Every export and erasure is in the
 * trail; the trail itself cannot be changed.
 */
@Service
public class PrivacyService {

    /** How many entries of the trail the page shows. */
    public static final int TRAIL_LENGTH = 500;

    private final ReportScope scope;
    private final PersonalDataStore store;
    private final AuditLog audit;
    private final AuditTrail trail;
    private final OrganisationRepository organisations;
    private final CurrentStaff currentStaff;
    private final KringI18NProvider i18n;

    PrivacyService(ReportScope scope, PersonalDataStore store, AuditLog audit, AuditTrail trail,
                   OrganisationRepository organisations, CurrentStaff currentStaff, KringI18NProvider i18n) {
        this.scope = scope;
        this.store = store;
        this.audit = audit;
        this.trail = trail;
        this.organisations = organisations;
        this.currentStaff = currentStaff;
        this.i18n = i18n;
    }

    /** Everything Kring holds about a participant, as a plain text file in the reader's language. */
    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional
    public byte[] exportPersonalData(ParticipantId id, Locale locale) {
        Participant participant = scope.requireParticipant(id);
        PersonalData data = store.collect(id).orElseThrow(ReportScope::refused);
        audit.record(AuditAction.EXPORTED_PARTICIPANT, AuditLog.subject(participant, data.groupName()));
        return new Writer(locale).write(data).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Erases a participant. Refused while they are on a tablet in a live session (their
     * answers would come in after the erasure) and, clearly, when already erased.
     */
    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional
    public void erase(ParticipantId id) {
        Participant participant;
        try {
            participant = scope.requireParticipant(id);
        } catch (AccessDeniedException gone) {
            throw new InvalidValueException("participant", "validation.participant-already-erased");
        }
        if (store.inLiveSession(id)) {
            throw new InvalidValueException("participant", "validation.participant-in-live-session");
        }
        String groupName = scope.requireGroup(participant.groupId()).name().value();
        if (!store.erase(id)) {
            throw new InvalidValueException("participant", "validation.participant-already-erased");
        }
        audit.record(AuditAction.ERASED_PARTICIPANT, AuditLog.subject(participant, groupName));
    }

    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional(readOnly = true)
    public Organisation retention() {
        return organisations.findById(currentStaff.require().organisationId()).orElseThrow();
    }

    /** Changes the retention periods (months): personal data of people who left, and session contents. */
    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional
    public Organisation changeRetention(int personalDataMonths, int contentMonths) {
        Organisation changed = organisations.save(retention().withRetention(personalDataMonths, contentMonths));
        audit.record(AuditAction.CHANGED_RETENTION, personalDataMonths + " / " + contentMonths);
        return changed;
    }

    @PreAuthorize(Roles.ONLY_COORDINATOR)
    @Transactional(readOnly = true)
    public List<AuditEntry> auditTrail() {
        return trail.latest(currentStaff.require().organisationId(), TRAIL_LENGTH);
    }

    /** The export as text: headings and dated lines, in plain words. */
    private final class Writer {
        private final Locale locale;
        private final DateTimeFormatter day;
        private final StringBuilder out = new StringBuilder();

        Writer(Locale locale) {
            this.locale = locale;
            this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(KringTime.ZONE);
        }

        String write(PersonalData data) {
            line(t("privacy.export.title", data.name()));
            line(t("privacy.export.made", KringTime.dateTime(Instant.now(), locale)));
            line("");
            line(t("privacy.export.group", data.groupName()));
            line(t("privacy.export.status", t("participant.status." + data.status())));
            line(t("privacy.export.joined", when(data.joinedAt())));
            if (data.leftAt() != null) {
                line(t("privacy.export.left", when(data.leftAt())));
            }
            line(t("privacy.export.note", data.privateNote().isEmpty() ? "–" : data.privateNote()));
            section("privacy.export.attendance", data.attendance());
            section("privacy.export.answers", data.answers());
            section("privacy.export.cards", data.moodCards());
            section("privacy.export.steps", data.smallSteps());
            section("privacy.export.scales", data.scaleAnswers());
            section("privacy.export.follow-ups", data.followUps());
            line("");
            line(t("privacy.export.anonymous"));
            return out.toString();
        }

        private void section(String key, List<PersonalData.Line> lines) {
            line("");
            line("== " + t(key) + " ==");
            if (lines.isEmpty()) {
                line(t("privacy.export.none"));
            }
            lines.forEach(l -> line("- " + when(l.at()) + " · " + l.session() + ": " + l.text()));
        }

        private String when(Instant at) {
            return at == null ? "–" : day.format(at);
        }

        private void line(String text) {
            out.append(text).append('\n');
        }

        private String t(String key, Object... arguments) {
            return i18n.getTranslation(key, locale, arguments);
        }
    }
}
