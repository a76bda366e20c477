package nl.kring.domain.organisation;

/** Whether a participant still belongs to the group. */
public enum ParticipantStatus {
    ACTIVE,
    /** Left the group; kept for attendance history until the retention period ends. */
    LEFT
}
