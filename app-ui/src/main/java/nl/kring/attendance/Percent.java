package nl.kring.attendance;

/** A rate as whole percent ("81 %"), the same on the pages and in the exports. */
public final class Percent {

    private Percent() {
    }

    public static String of(double rate) {
        return Math.round(rate * 100) + " %";
    }
}
