package nl.kring.thought.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.kring.domain.thought.ThinkingPattern;

/**
 * The thinking patterns of "Spelen met gedachten" §3 with the seed's explanation and
 * example, one tap away from the tag on the console.
 */
final class PatternHelp {

    private PatternHelp() {
    }

    /** @param selected the pattern to show first; {@code null} shows all */
    static void open(ThinkingPattern selected) {
        Dialog dialog = new Dialog();
        dialog.addClassName("kring-pattern-help");
        dialog.setHeaderTitle(dialog.getTranslation("pattern.help.title"));
        List<ThinkingPattern> patterns = selected == null ? List.of(ThinkingPattern.values()) : List.of(selected);
        Div content = new Div();
        for (ThinkingPattern pattern : patterns) {
            String key = "pattern." + pattern.name();
            content.add(new H3(dialog.getTranslation(key)), new Paragraph(dialog.getTranslation(key + ".explanation")));
            Paragraph example = new Paragraph(dialog.getTranslation(key + ".example"));
            example.addClassName("kring-pattern-example");
            content.add(example);
        }
        Paragraph source = new Paragraph(dialog.getTranslation("pattern.source"));
        source.addClassName("kring-muted");
        content.add(source);
        dialog.add(content);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }
}
