package nl.kring.session;

/**
 * What the signed-in staff member may do with one session, so that screens show only what works.
 *
 * @param experienceExpert an experience expert of the group: may add thoughts of their own
 */
public record SessionPermissions(boolean plan, boolean lead, boolean facilitate, boolean experienceExpert) {
}
