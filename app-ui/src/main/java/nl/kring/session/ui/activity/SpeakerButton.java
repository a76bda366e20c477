package nl.kring.session.ui.activity;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Locale;

/**
 * A speaker beside one prompt or question on a tablet: it reads just that text aloud with
 * the browser's own speech synthesis (no server, no outside service), for someone who reads
 * with difficulty. "Lees voor" at the top reads the whole step; this reads one question.
 */
public final class SpeakerButton extends Button {

    /** The text is a parameter, never script: whatever a facilitator typed is only spoken. */
    private static final String SPEAK = """
            if (!('speechSynthesis' in window)) { return false; }
            speechSynthesis.cancel();
            const spoken = new SpeechSynthesisUtterance($0);
            spoken.lang = $1;
            spoken.rate = 0.9;
            speechSynthesis.speak(spoken);
            return true;""";

    private SpeakerButton(String text) {
        setIcon(VaadinIcon.VOLUME_UP.create());
        addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.LARGE);
        addClassName("kring-speaker");
        getElement().setAttribute("aria-label", getTranslation("tablet.read-this", text));
        getElement().setAttribute("title", getTranslation("tablet.read-this", text));
        addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().executeJs(SPEAK, text,
                speechLanguage(getLocale()))));
    }

    /** The voice the browser reads with: English for English readers, Dutch for everyone else. */
    public static String speechLanguage(Locale reader) {
        return "en".equals(reader.getLanguage()) ? "en-GB" : "nl-NL";
    }

    /** The prompt or question with its speaker after it, in one row that wraps on a narrow screen. */
    public static Div beside(Component prompt, String text) {
        Div row = new Div(prompt, new SpeakerButton(text));
        row.addClassName("kring-with-speaker");
        return row;
    }
}
