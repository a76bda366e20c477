package nl.kring.domain.shared;

/** Port: does the database answer right now? Asked every second, so it must give up quickly. */
public interface DatabaseProbe {

    /** True when a trivial query came back within about two seconds. */
    boolean answers();
}
