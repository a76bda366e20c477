package nl.kring.session.ui.activity;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The downward spiral of loneliness as the seed draws it ("Spelen met gedachten"): five
 * stages, each lower than the last, with arrows, and back to the start a step deeper. An
 * SVG made from the bundle's words (escaped), with the same stages as an ordered list for
 * screen readers. Every SVG element is closed explicitly: the {@code Html} component reads
 * the markup as HTML, where {@code <rect/>} would swallow what follows.
 */
class SpiralDiagram extends Div {

    static final int STAGES = 5;

    SpiralDiagram() {
        addClassName("kring-spiral");
        StringBuilder svg = new StringBuilder("<svg viewBox=\"0 0 700 445\" role=\"img\" aria-hidden=\"true\" "
                + "class=\"kring-spiral-drawing\"><defs><marker id=\"kring-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" "
                + "refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">"
                + "<path d=\"M0 0 L10 5 L0 10 z\"></path></marker></defs>");
        OrderedList words = new OrderedList();
        words.addClassName("kring-spiral-words");
        for (int i = 0; i < STAGES; i++) {
            String stage = getTranslation("spiral.stage." + (i + 1));
            words.add(new ListItem(stage.replace("|", " ")));
            int x = i % 2 == 0 ? 30 : 360;
            int y = 20 + i * 86;
            svg.append("<rect x=\"").append(x).append("\" y=\"").append(y)
                    .append("\" width=\"310\" height=\"66\" rx=\"14\"></rect>");
            String[] lines = stage.split("\\|");
            for (int line = 0; line < lines.length; line++) {
                svg.append("<text x=\"").append(x + 155).append("\" y=\"")
                        .append(y + 33 + (line - (lines.length - 1) / 2.0) * 26)
                        .append("\" text-anchor=\"middle\" dominant-baseline=\"middle\">")
                        .append(escape(lines[line])).append("</text>");
            }
            if (i < STAGES - 1) {
                int fromX = i % 2 == 0 ? x + 310 : x;
                int toX = i % 2 == 0 ? 360 : 340;
                svg.append("<path class=\"kring-spiral-arrow\" d=\"M").append(fromX).append(' ').append(y + 46)
                        .append(" L").append(toX).append(' ').append(y + 86 + 20)
                        .append("\" marker-end=\"url(#kring-arrow)\"></path>");
            }
        }
        // from the last stage back up to the first: round again, deeper
        svg.append("<path class=\"kring-spiral-arrow kring-spiral-back\" d=\"M30 400 C 0 300, 0 150, 28 55\" "
                + "marker-end=\"url(#kring-arrow)\"></path></svg>");
        Paragraph again = new Paragraph(getTranslation("spiral.again"));
        again.addClassName("kring-spiral-again");
        Paragraph source = new Paragraph(getTranslation("spiral.source"));
        source.addClassName("kring-source");
        add(new Html(svg.toString()), again, words, source);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
