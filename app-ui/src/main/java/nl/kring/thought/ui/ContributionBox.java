package nl.kring.thought.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.UUID;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.domain.thought.Contribution;
import nl.kring.session.ui.activity.TapChoices;

/**
 * Where a participant writes anonymously: the promise of anonymity, a box, a send button,
 * and what they sent — kept only in this page, because the database does not know whose
 * it is. Tapping "send" twice (or a resend after a reconnect) carries the same submission
 * key, so the text is stored once.
 */
class ContributionBox extends VerticalLayout {

    /** Sends one text; throws {@link InvalidValueException} when it is refused. */
    interface Sender {
        void send(String text, UUID submissionKey);
    }

    private final TextArea text = new TextArea();
    private final Button send = new Button();
    private final UnorderedList mine = new UnorderedList();
    private UUID submissionKey = UUID.randomUUID();

    /** With the usual "Dit is mijn antwoord" on its button. */
    ContributionBox(String label, Sender sender) {
        this(label, "round.send", sender);
    }

    /** @param sendKey the bundle key of the button's words, e.g. "Dit is mijn gedachte" on the wall */
    ContributionBox(String label, String sendKey, Sender sender) {
        addClassName("kring-contribution-box");
        setPadding(false);
        Paragraph anonymous = new Paragraph(getTranslation("round.anonymous-note"));
        anonymous.addClassName("kring-reassure");
        text.setLabel(label);
        text.setMaxLength(Contribution.MAX_LENGTH);
        text.setHelperText(getTranslation("round.answer-help", Contribution.MAX_LENGTH));
        text.setWidthFull();
        text.addClassName("kring-answer-field");
        // a changed text is a new submission; the same text sent again is not
        text.addValueChangeListener(e -> submissionKey = UUID.randomUUID());
        send.setText(getTranslation(sendKey));
        send.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        send.addClassName("kring-big-button");
        send.setDisableOnClick(true);
        send.addClickListener(e -> submit(sender));
        mine.addClassName("kring-my-answers");
        add(anonymous, text, send, mine);
    }

    /**
     * Ready-made texts to tap (the seed's examples), so that someone who does not type still
     * takes part: a tap puts the text in the box, where it can be changed or sent as it is.
     */
    ContributionBox withChoices(String caption, java.util.List<String> choices, String source) {
        TapChoices row = new TapChoices(choices, text::setValue);
        Paragraph from = new Paragraph(source);
        from.addClassName("kring-source");
        addComponentAtIndex(1, new Paragraph(caption));
        addComponentAtIndex(2, row);
        addComponentAtIndex(3, from);
        return this;
    }

    private void submit(Sender sender) {
        try {
            text.setInvalid(false);
            String value = text.getValue();
            sender.send(value, submissionKey);
            if (mine.getChildren().findAny().isEmpty()) {
                mine.add(new ListItem(new Span(getTranslation("round.you-sent"))));
            }
            mine.add(new ListItem(value.strip()));
            text.clear();
            submissionKey = UUID.randomUUID();
            text.focus();
        } catch (InvalidValueException e) {
            text.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
            text.setInvalid(true);
        } finally {
            send.setEnabled(true);
        }
    }
}
