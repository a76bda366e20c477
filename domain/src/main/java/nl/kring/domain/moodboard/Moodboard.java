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
 * questions; the facilitator may rename them, change the questions, or choose a free board
 * (one area).
 *
 * @param anonymous whether cards hide whose they are (the facilitator's choice)
 */
public record Moodboard(String prompt, List<Area> areas, boolean anonymous) implements Activity {

    public static final int MAX_PROMPT_LENGTH = 200;
    public static final int MAX_AREAS = 6;

    /** The worksheet's quadrants and questions, word for word (Bron: Movisie). */
    public static final List<Area> SEED_QUADRANTS = List.of(
            new Area("Hart", List.of("Waar word je blij van of geeft je energie?", "Wie zijn belangrijk voor je?",
                    "Wat inspireert jou?")),
            new Area("Ziel", List.of("Wat geeft zin aan je leven?", "Waar ben je trots op?",
                    "Waar zou je graag aan willen bijdragen?")),
            new Area("Lichaam", List.of("Hoe zit je in je vel?", "Wat doe je om te ontspannen?",
                    "Hou je van sporten of bewegen?")),
            new Area("Hoofd", List.of("Van wie in je leven heb je veel geleerd?",
                    "Is er iets wat je nog heel graag wil leren of doen?",
                    "Zijn er hobby’s waar je van geniet of die je vroeger hebt gedaan?")));

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

    /** The worksheet's board: the four quadrants with the seed's questions. */
    public static Moodboard quadrants(String prompt, boolean anonymous) {
        return new Moodboard(prompt, SEED_QUADRANTS, anonymous);
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
