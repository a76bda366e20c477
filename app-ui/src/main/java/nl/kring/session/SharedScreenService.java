package nl.kring.session;

import java.util.Optional;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupRepository;
import nl.kring.domain.organisation.OrganisationId;
import nl.kring.domain.organisation.OrganisationLogos;
import nl.kring.domain.session.SessionRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The shared screen (TV or projector) has no account: the unguessable token in its
 * address (256 random bits, shown only on the console) is the key. It sees what the room
 * sees anyway: the current step, the join code, the answers as the round shows them.
 */
@Service
@PreAuthorize("permitAll()")
public class SharedScreenService {

    private final SessionRepository sessions;
    private final LiveSessionReader reader;
    private final GroupRepository groups;
    private final OrganisationLogos logos;

    SharedScreenService(SessionRepository sessions, LiveSessionReader reader, GroupRepository groups,
                        OrganisationLogos logos) {
        this.sessions = sessions;
        this.reader = reader;
        this.groups = groups;
        this.logos = logos;
    }

    /** The organisation whose logo this screen shows, if it has one (issue 22); empty for an unknown token. */
    @Transactional(readOnly = true)
    public Optional<OrganisationId> logoOf(String screenToken) {
        if (screenToken == null || screenToken.length() < 40) {
            return Optional.empty();
        }
        return sessions.findByScreenToken(screenToken).flatMap(session -> groups.findById(session.groupId()))
                .map(Group::organisationId).filter(logos::exists);
    }

    /** The session behind a shared-screen address; empty for an unknown token. */
    @Transactional(readOnly = true)
    public Optional<LiveSnapshot> snapshot(String screenToken) {
        if (screenToken == null || screenToken.length() < 40) {
            return Optional.empty();
        }
        return sessions.findByScreenToken(screenToken).flatMap(session -> reader.load(session.id()));
    }
}
