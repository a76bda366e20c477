package nl.kring.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.kring.session.ui.activity.SpeakerButton;

/**
 * Reads the step on a tablet aloud with the browser's own speech synthesis (no server, no
 * outside service): a "Lees voor" button, and a switch to read every new step by itself,
 * remembered on the tablet. Reads the step's headings, texts, questions and choices. The
 * strong-contrast switch sits beside them: the tablet's help for eyes and ears in one row.
 */
final class ReadAloud extends Div {

    /** Defines the reader once per page, then reads; {@code $0} is the language (nl-NL, en-GB). */
    private static final String READ = """
            window.kringRead = window.kringRead || function (language) {
              if (!('speechSynthesis' in window)) { return false; }
              const area = document.querySelector('.kring-tablet-step');
              if (!area) { return false; }
              const text = [...area.querySelectorAll('h1, h2, h3, p, li, label, vaadin-button.kring-choice')]
                .filter(e => e.offsetParent !== null)
                .map(e => e.innerText.trim()).filter(t => t).join('. ');
              if (!text) { return false; }
              speechSynthesis.cancel();
              const spoken = new SpeechSynthesisUtterance(text);
              spoken.lang = language;
              spoken.rate = 0.9;
              speechSynthesis.speak(spoken);
              return true;
            };
            return window.kringRead($0);""";
    private static final String STORED = "kringReadAloud";

    private final Button read = new Button();
    private final Button automatic = new Button();
    private boolean readsEveryStep;

    ReadAloud() {
        addClassName("kring-read-aloud");
        read.setText(getTranslation("tablet.read-aloud"));
        read.setIcon(VaadinIcon.VOLUME_UP.create());
        read.addThemeVariants(ButtonVariant.LARGE);
        read.addClassName("kring-read-aloud-now");
        read.addClickListener(e -> readStep());
        automatic.addThemeVariants(ButtonVariant.LARGE, ButtonVariant.TERTIARY);
        automatic.addClassName("kring-read-aloud-auto");
        automatic.addClickListener(e -> {
            readsEveryStep = !readsEveryStep;
            showAutomatic();
            UI.getCurrent().getPage().executeJs("localStorage.setItem($0, $1)", STORED, readsEveryStep ? "on" : "off");
            if (readsEveryStep) {
                readStep();
            }
        });
        showAutomatic();
        add(read, automatic, new HighContrast());
        addAttachListener(attached -> attached.getUI().getPage()
                .executeJs("return localStorage.getItem($0)", STORED)
                .then(String.class, stored -> {
                    readsEveryStep = "on".equals(stored);
                    showAutomatic();
                }));
    }

    /** A new step is on the screen: read it if this tablet reads every step. */
    void newStep() {
        if (readsEveryStep) {
            readStep();
        }
    }

    private void readStep() {
        getUI().ifPresent(ui -> ui.getPage().executeJs(READ,
                SpeakerButton.speechLanguage(getLocale())));
    }

    private void showAutomatic() {
        automatic.setText(getTranslation(readsEveryStep ? "tablet.read-aloud.auto-on" : "tablet.read-aloud.auto-off"));
        automatic.getElement().setAttribute("aria-pressed", String.valueOf(readsEveryStep));
    }
}
