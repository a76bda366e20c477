package nl.kring.testing;

import java.util.Locale;
import nl.kring.content.SeedTexts;
import nl.kring.domain.organisation.Language;

/** The seeds' texts for tests that plan activities as the seeds set them up (in Dutch). */
public final class TestContent {

    public static final SeedTexts SEEDS = new SeedTexts();
    public static final Locale DUTCH = Language.DUTCH.locale();

    private TestContent() {
    }
}
