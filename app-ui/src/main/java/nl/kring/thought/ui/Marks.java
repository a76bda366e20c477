package nl.kring.thought.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.kring.domain.thought.ContributionId;
import nl.kring.session.LiveSnapshot.BoardItem;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.thought.TabletContributionService;

/**
 * A tablet's "herken ik" marks: one per card per person. Which cards this person marked is
 * asked once per new card (after a reload the page does not know) and then remembered in
 * the page; the database only knows a key it cannot trace back.
 */
final class Marks {

    private final ParticipantContext context;
    private final TabletContributionService contributions;
    private final String buttonKey;
    private final Set<ContributionId> marked = new HashSet<>();
    private final Set<ContributionId> asked = new HashSet<>();

    Marks(ParticipantContext context, TabletContributionService contributions, String buttonKey) {
        this.context = context;
        this.contributions = contributions;
        this.buttonKey = buttonKey;
    }

    /** Learns which of these cards this person marked before, asking only about new ones. */
    void learn(Collection<BoardItem> items) {
        List<ContributionId> unknown = items.stream().map(BoardItem::id).filter(id -> !asked.contains(id)).toList();
        if (!unknown.isEmpty()) {
            asked.addAll(unknown);
            marked.addAll(contributions.marked(context.token(), unknown));
        }
    }

    /** A value that changes whenever a mark is added, for redrawing the cards. */
    Set<ContributionId> state() {
        return Set.copyOf(marked);
    }

    Component button(BoardItem item, Runnable redraw) {
        boolean done = marked.contains(item.id());
        Button button = new Button();
        button.setText(button.getTranslation(done ? "thought.recognised" : buttonKey));
        button.addClassName("kring-recognise");
        button.addThemeVariants(done ? ButtonVariant.TERTIARY : ButtonVariant.PRIMARY);
        button.setEnabled(!done);
        button.setDisableOnClick(true);
        button.addClickListener(e -> {
            contributions.recognise(context.token(), item.id());
            marked.add(item.id());
            redraw.run();
        });
        return button;
    }
}
