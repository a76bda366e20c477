package nl.kring.thought.ui;

import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import nl.kring.domain.thought.Contribution;
import nl.kring.session.TabletSubmission;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.session.ui.activity.SendButton;
import nl.kring.session.ui.activity.TapChoices;

/**
 * Where a participant writes anonymously: the promise of anonymity, a box, a send button,
 * and what they sent — kept only in this page, because the database does not know whose
 * it is. What is sent goes through the tablet's outbox ({@link SendButton}): kept until
 * stored, stored once, also when the step moved on or Kring restarted meanwhile.
 */
class ContributionBox extends VerticalLayout {

    private final TextArea text = new TextArea();
    private final UnorderedList mine = new UnorderedList();

    /** With the usual "Dit is mijn antwoord" on its button. */
    ContributionBox(String label, ParticipantContext context, TabletSubmission.Draft draft) {
        this(label, "round.send", context, draft);
    }

    /** @param sendKey the bundle key of the button's words, e.g. "Dit is mijn gedachte" on the wall */
    ContributionBox(String label, String sendKey, ParticipantContext context, TabletSubmission.Draft draft) {
        addClassName("kring-contribution-box");
        setPadding(false);
        Paragraph anonymous = new Paragraph(getTranslation("round.anonymous-note"));
        anonymous.addClassName("kring-reassure");
        text.setLabel(label);
        text.setMaxLength(Contribution.MAX_LENGTH);
        text.setHelperText(getTranslation("round.answer-help", Contribution.MAX_LENGTH));
        text.setWidthFull();
        text.addClassName("kring-answer-field");
        SendButton send = new SendButton(getTranslation(sendKey), context, draft, text, this::sent);
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClassName("kring-big-button");
        mine.addClassName("kring-my-answers");
        add(anonymous, text, send, mine);
    }

    /**
     * Ready-made texts to tap (the seed's examples), so that someone who does not type still
     * takes part: a tap puts the text in the box, where it can be changed or sent as it is.
     */
    ContributionBox withChoices(String caption, List<String> choices, String source) {
        TapChoices row = new TapChoices(choices, text::setValue);
        Paragraph from = new Paragraph(source);
        from.addClassName("kring-source");
        addComponentAtIndex(1, new Paragraph(caption));
        addComponentAtIndex(2, row);
        addComponentAtIndex(3, from);
        return this;
    }

    private void sent(SendButton.Result result) {
        if (result.refused() != null) {
            text.setErrorMessage(getTranslation(result.refused().messageKey(), result.refused().arguments()));
            text.setInvalid(true);
            return;
        }
        text.setInvalid(false);
        if (result.stored()) {
            if (mine.getChildren().findAny().isEmpty()) {
                mine.add(new ListItem(new Span(getTranslation("round.you-sent"))));
            }
            mine.add(new ListItem(result.submission().text().strip()));
        }
        text.clear();
        text.focus();
    }
}
