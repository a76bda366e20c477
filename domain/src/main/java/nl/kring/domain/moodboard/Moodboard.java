package nl.kring.domain.moodboard;

import java.util.List;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.shared.Texts;

/**
 * A shared moodboard ("In gesprek over eenzaamheid", step 3, een gesprek van waarde):
 * participants put cards (a text, a photo, a song, a colour) in the board's areas, live on
 * every screen. By default the areas are the worksheet's four quadrants with their
 * questions (content/seeds.json); the facilitator may rename them, change the questions, or choose a free board
 * (one area).
 *
 * @param anonymous whether cards hide whose they are (the facilitator's choice)
 */
public record Moodboard(String prompt, List<Area> areas, boolean anonymous) implements Activity {

    public static final int MAX_PROMPT_LENGTH = 200;
    public static final int MAX_AREAS = 6;

    public Moodboard {
        prompt = Texts.requireLine("prompt", prompt, MAX_PROMPT_LENGTH);
        areas = List.copyOf(areas == null ? List.of() : areas);
        if (areas.isEmpty()) {
            throw new InvalidValueException("areas", "validation.board-needs-area");
        }
        if (areas.size() > MAX_AREAS) {
            throw new InvalidValueException("areas", "validation.too-many-areas", MAX_AREAS);
        }
    }

    /** A free board: one area, no questions. */
    public static Moodboard free(String prompt, String areaTitle, boolean anonymous) {
        return new Moodboard(prompt, List.of(new Area(areaTitle, List.of())), anonymous);
    }

    /** Whether the board is one free area rather than quadrants. */
    public boolean isFree() {
        return areas.size() == 1 && areas.getFirst().questions().isEmpty();
    }

    /** Whether an area number exists on this board. */
    public boolean hasArea(int area) {
        return area >= 0 && area < areas.size();
    }

    @Override
    public ActivityType type() {
        return ActivityType.MOODBOARD;
    }

    @Override
    public String headline() {
        return prompt;
    }
}
