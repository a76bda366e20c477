package nl.kring.session;

/**
 * What became of a {@link TabletSubmission}, for the tablet to say: stored (perhaps with a
 * remark, e.g. that the wall was shown already and the thought waits for the next showing),
 * or not placed and why. A text the rules refuse (empty, too long) is an
 * {@link nl.kring.domain.shared.InvalidValueException} instead.
 *
 * @param remarkKey the bundle key of what the tablet says about it; {@code null} when nothing needs saying
 */
public record Delivered(boolean stored, String remarkKey) {

    public static Delivered kept() {
        return new Delivered(true, null);
    }

    public static Delivered storedWith(String remarkKey) {
        return new Delivered(true, remarkKey);
    }

    public static Delivered notPlaced(String reasonKey) {
        return new Delivered(false, reasonKey);
    }
}
