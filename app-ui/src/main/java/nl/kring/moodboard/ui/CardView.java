package nl.kring.moodboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.kring.domain.moodboard.CardKind;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.session.Distress;
import nl.kring.moodboard.PhotoAddress;

/**
 * One card as every screen draws it: its colour, its photo, its words (texts are always
 * set as text, never as HTML), a song with a note sign, and whose it is unless the board is
 * anonymous. Tools (move, hide …) are added below by the screen that may use them.
 */
class CardView extends Div {

    /**
     * @param leader whether this is a leader's screen, which also says why a card is not on the
     *               shared screen (hidden, or held for a distress decision)
     */
    CardView(MoodCard card, boolean anonymous, boolean largePhoto, boolean leader, Component tools) {
        addClassName("kring-mood-card");
        getElement().setAttribute("data-card", card.id().toString());
        if (card.colour() != null) {
            addClassName("kring-mood-colour");
            getStyle().set("background-color", card.colour().hex());
            Span colourName = new Span(getTranslation("moodboard.colour." + card.colour().name()));
            colourName.addClassName("kring-mood-colour-name");
            add(colourName);
        }
        if (card.highlighted()) {
            addClassName("kring-mood-highlighted");
            Span star = new Span(getTranslation("moodboard.highlighted"));
            star.addClassName("kring-mood-badge");
            add(star);
        }
        if (card.hidden()) {
            addClassName("kring-mood-hidden");
            Span hidden = new Span(getTranslation("moodboard.hidden-badge"));
            hidden.addClassName("kring-mood-badge");
            add(hidden);
        }
        if (leader && card.distress() == Distress.HELD) {
            addClassName("kring-mood-held");
            Span held = new Span(getTranslation("moodboard.held-badge"));
            held.addClassName("kring-mood-badge");
            add(held);
        }
        if (card.kind() == CardKind.PHOTO && card.photo() != null) {
            Image photo = new Image(largePhoto ? PhotoAddress.of(card.photo()) : PhotoAddress.thumbnailOf(card.photo()),
                    card.text().isEmpty() ? getTranslation("moodboard.photo.alt") : card.text());
            photo.addClassName("kring-mood-photo");
            add(photo);
        }
        if (card.kind() == CardKind.SONG) {
            Paragraph song = new Paragraph();
            song.addClassName("kring-mood-song");
            Span note = new Span("♪ ");
            note.getElement().setAttribute("aria-label", getTranslation("moodboard.kind.SONG"));
            song.add(note, new Span(card.text()));
            add(song);
            if (!card.artist().isEmpty()) {
                Paragraph artist = new Paragraph(card.artist());
                artist.addClassName("kring-mood-artist");
                add(artist);
            }
        } else if (!card.text().isEmpty()) {
            Paragraph text = new Paragraph(card.text());
            text.addClassName("kring-mood-text");
            add(text);
        }
        if (!anonymous) {
            Span owner = new Span(card.owner().firstName());
            owner.addClassName("kring-mood-owner");
            add(owner);
        }
        if (tools != null) {
            tools.addClassName("kring-mood-tools");
            add(tools);
        }
    }
}
