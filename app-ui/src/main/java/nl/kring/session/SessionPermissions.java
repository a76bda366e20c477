package nl.kring.session;

/** What the signed-in staff member may do with one session, so that screens show only what works. */
public record SessionPermissions(boolean plan, boolean lead, boolean facilitate) {
}
