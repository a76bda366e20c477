package nl.kring.domain.organisation;

/** The roles of staff. Participants have no account and therefore no role. */
public enum Role {
    /** Runs the programme for the organisation: groups, staff, rosters, attendance. */
    COORDINATOR,
    /** Leads groups and their sessions (gespreksleider). */
    FACILITATOR,
    /** Co-leads sessions from lived experience (ervaringsdeskundige). */
    EXPERIENCE_EXPERT
}
