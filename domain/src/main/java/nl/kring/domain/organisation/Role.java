package nl.kring.domain.organisation;

import java.util.List;

/** The roles of staff. Participants have no account and therefore no role. */
public enum Role {
    /** Runs the programme for the organisation: groups, staff, rosters, attendance. */
    COORDINATOR,
    /** Leads groups and their sessions (gespreksleider). */
    FACILITATOR,
    /** Co-leads sessions from lived experience (ervaringsdeskundige). */
    EXPERIENCE_EXPERT,
    /**
     * Runs the installation for several organisations (issue 22): adds, renames and suspends
     * them and makes their first coordinator; sees nothing inside an organisation.
     */
    PLATFORM_ADMIN;

    /** The roles inside an organisation, the ones a coordinator gives (never PLATFORM_ADMIN). */
    public static List<Role> organisationRoles() {
        return List.of(COORDINATOR, FACILITATOR, EXPERIENCE_EXPERT);
    }
}
