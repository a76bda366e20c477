package nl.kring.moodboard.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.IntStream;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.moodboard.CardColour;
import nl.kring.domain.moodboard.CardKind;
import nl.kring.domain.moodboard.MoodCard;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.moodboard.PhotoId;
import nl.kring.domain.session.StepId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.moodboard.CardFields;
import nl.kring.moodboard.CleanPhoto;
import nl.kring.moodboard.KeptPhoto;
import nl.kring.moodboard.TabletMoodboardService;
import nl.kring.session.TabletSubmission;
import nl.kring.session.ui.activity.ParticipantContext;
import nl.kring.session.ui.activity.SendButton;

/**
 * Making a card: first what kind (words, a photo, a song, a colour — four big buttons),
 * then the fields for that kind, then where on the board it goes, then "Op het bord".
 * Nothing is kept when the card is refused; the fields stay filled so nothing is lost.
 */
class CardForm extends VerticalLayout {

    /** Puts the card on the board; throws {@link InvalidValueException} when it is refused. */
    interface Placer {
        void place(int area, MoodCard.Content content, CleanPhoto photo);
    }

    private final Moodboard board;
    private final Map<CardKind, Button> kindButtons = new EnumMap<>(CardKind.class);
    private final Map<CardKind, Div> kindFields = new EnumMap<>(CardKind.class);
    private final TextArea words = new TextArea();
    private final PhotoUpload photo;
    private final TextField caption = new TextField();
    private final TextField songTitle = new TextField();
    private final TextField artist = new TextField();
    private final RadioButtonGroup<CardColour> colour = new RadioButtonGroup<>();
    private final TextField colourWords = new TextField();
    private final RadioButtonGroup<Integer> area = new RadioButtonGroup<>();
    private final Div kinds = new Div();
    private final Button place;
    private final Paragraph placed = new Paragraph();
    private CardKind kind = CardKind.TEXT;

    /** A leader's form: the card is put on the board by {@code placer}, the photo kept in this page. */
    CardForm(Moodboard board, Function<byte[], CleanPhoto> cleaner, boolean readsHeic, Placer placer) {
        this(board, bytes -> KeptPhoto.inPage(cleaner.apply(bytes)), readsHeic, form -> {
            Button button = new Button();
            button.setDisableOnClick(true);
            button.addClickListener(e -> {
                form.clearErrors();
                try {
                    placer.place(form.chosenArea(), form.content(), form.photo.photo().orElse(null));
                    form.clearAfterPlacing();
                } catch (InvalidValueException refused) {
                    form.showError(refused);
                } finally {
                    button.setEnabled(true);
                }
            });
            return button;
        });
    }

    /**
     * A tablet's form: the card goes through the tablet's outbox (docs/adr/0010), so it reaches
     * the board it was made for also after a lost connection or the group moving on; its photo
     * is kept by Kring as soon as it arrived.
     */
    static CardForm forTablet(Moodboard board, StepId step, ParticipantContext context,
                              TabletMoodboardService service, boolean readsHeic) {
        PhotoUpload.Keeper keeper = new PhotoUpload.Keeper() {
            @Override
            public KeptPhoto keep(byte[] upload) {
                return service.keepPhoto(context.token(), step, upload);
            }

            @Override
            public void discard(KeptPhoto photo) {
                if (photo.id() != null) {
                    service.discardPhoto(context.token(), photo.id());
                }
            }
        };
        return new CardForm(board, keeper, readsHeic, form -> new SendButton(form.getTranslation("moodboard.form.place"),
                context, TabletSubmission.Draft.moodCard(step), form.outboxFields(), result -> {
                    form.clearErrors();
                    if (result.refused() != null) {
                        form.showError(result.refused());
                    } else if (result.stored()) {
                        form.clearAfterPlacing();
                    }
                }));
    }

    private CardForm(Moodboard board, PhotoUpload.Keeper keeper, boolean readsHeic,
                     Function<CardForm, Button> placeButton) {
        this.board = board;
        this.photo = new PhotoUpload(keeper, readsHeic);
        addClassName("kring-card-form");
        setPadding(false);
        H3 title = new H3(getTranslation("moodboard.form.title"));
        kinds.addClassName("kring-card-kinds");
        kinds.getElement().setAttribute("role", "group");
        kinds.getElement().setAttribute("aria-label", getTranslation("moodboard.form.kind"));
        // the outbox reads the pressed kind from the page (outbox.js, readField)
        kinds.getElement().setAttribute("data-outbox-choice", true);
        for (CardKind k : CardKind.values()) {
            Button button = new Button(getTranslation("moodboard.kind." + k.name()), e -> choose(k));
            button.addClassName("kring-big-button");
            button.addClassName("kring-card-kind");
            button.getElement().setAttribute("data-outbox-value", k.name());
            kindButtons.put(k, button);
            kinds.add(button);
        }
        words.setLabel(getTranslation("moodboard.form.words"));
        words.setMaxLength(MoodCard.MAX_TEXT_LENGTH);
        words.setHelperText(getTranslation("moodboard.form.max", MoodCard.MAX_TEXT_LENGTH));
        words.setWidthFull();
        caption.setLabel(getTranslation("moodboard.form.caption"));
        caption.setMaxLength(MoodCard.MAX_TEXT_LENGTH);
        caption.setWidthFull();
        songTitle.setLabel(getTranslation("moodboard.form.song-title"));
        songTitle.setMaxLength(MoodCard.MAX_TEXT_LENGTH);
        songTitle.setWidthFull();
        artist.setLabel(getTranslation("moodboard.form.artist"));
        artist.setMaxLength(MoodCard.MAX_ARTIST_LENGTH);
        artist.setWidthFull();
        colour.setLabel(getTranslation("moodboard.form.colour"));
        colour.setItems(CardColour.values());
        colour.setRenderer(new ComponentRenderer<>(c -> {
            Span swatch = new Span(getTranslation("moodboard.colour." + c.name()));
            swatch.addClassName("kring-colour-swatch");
            swatch.getStyle().set("background-color", c.hex());
            return swatch;
        }));
        colour.addClassName("kring-colour-choice");
        colourWords.setLabel(getTranslation("moodboard.form.colour-words"));
        colourWords.setMaxLength(MoodCard.MAX_TEXT_LENGTH);
        colourWords.setWidthFull();
        kindFields.put(CardKind.TEXT, new Div(words));
        kindFields.put(CardKind.PHOTO, new Div(photo, caption));
        kindFields.put(CardKind.SONG, new Div(songTitle, artist));
        kindFields.put(CardKind.COLOUR, new Div(colour, colourWords));
        kindFields.values().forEach(d -> d.addClassName("kring-card-fields"));
        area.setLabel(getTranslation("moodboard.form.area"));
        area.setItems(IntStream.range(0, board.areas().size()).boxed().toList());
        area.setItemLabelGenerator(i -> board.areas().get(i).title());
        area.addClassName("kring-area-choice");
        if (board.areas().size() == 1) {
            area.setValue(0);
            area.setVisible(false);
        }
        place = placeButton.apply(this);
        place.setText(getTranslation("moodboard.form.place"));
        place.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        place.addClassName("kring-big-button");
        placed.addClassName("kring-reassure");
        placed.getElement().setAttribute("role", "status");
        add(title, kinds);
        kindFields.values().forEach(this::add);
        add(area, place, placed);
        choose(CardKind.TEXT);
    }

    private void choose(CardKind chosen) {
        kind = chosen;
        kindButtons.forEach((k, button) -> {
            button.getElement().setAttribute("aria-pressed", String.valueOf(k == chosen));
            if (k == chosen) {
                button.addThemeVariants(ButtonVariant.PRIMARY);
            } else {
                button.removeThemeVariants(ButtonVariant.PRIMARY);
            }
        });
        kindFields.forEach((k, fields) -> fields.setVisible(k == chosen));
        placed.setText("");
    }

    /** The form as a tablet's outbox sends it: every field by name, choices by their place in the list. */
    private Map<String, SendButton.FormField> outboxFields() {
        Map<String, SendButton.FormField> fields = new LinkedHashMap<>();
        fields.put(CardFields.KIND, new SendButton.FormField(kinds, () -> kind.name()));
        fields.put(CardFields.WORDS, new SendButton.FormField(words, words::getValue));
        fields.put(CardFields.CAPTION, new SendButton.FormField(caption, caption::getValue));
        fields.put(CardFields.SONG, new SendButton.FormField(songTitle, songTitle::getValue));
        fields.put(CardFields.ARTIST, new SendButton.FormField(artist, artist::getValue));
        fields.put(CardFields.COLOUR, new SendButton.FormField(colour,
                () -> colour.getValue() == null ? "" : String.valueOf(colour.getValue().ordinal())));
        fields.put(CardFields.COLOUR_WORDS, new SendButton.FormField(colourWords, colourWords::getValue));
        fields.put(CardFields.AREA, new SendButton.FormField(area,
                () -> area.getValue() == null ? "" : String.valueOf(area.getValue())));
        fields.put(CardFields.PHOTO, new SendButton.FormField(photo, photo::keptId));
        return fields;
    }

    private int chosenArea() {
        if (area.getValue() == null) {
            throw new InvalidValueException("area", "validation.choose-area");
        }
        return area.getValue();
    }

    /** What was entered for the chosen kind, checked by the domain. */
    private MoodCard.Content content() {
        return switch (kind) {
            case TEXT -> MoodCard.Content.text(words.getValue());
            case PHOTO -> {
                if (photo.photo().isEmpty()) {
                    throw new InvalidValueException("photo", "validation.photo-missing");
                }
                // the photo's id is given when it is stored with the card
                yield MoodCard.Content.photo(new PhotoId(UUID.randomUUID()), caption.getValue());
            }
            case SONG -> MoodCard.Content.song(songTitle.getValue(), artist.getValue());
            case COLOUR -> MoodCard.Content.colour(colour.getValue(), colourWords.getValue());
        };
    }

    /** Shows a refusal at the field it is about; what is not about a field, as a message. */
    private void showError(InvalidValueException error) {
        String message = getTranslation(error.messageKey(), error.arguments());
        HasValidation field = switch (error.field()) {
            case "text" -> switch (kind) {
                case TEXT -> words;
                case PHOTO -> caption;
                case SONG -> songTitle;
                case COLOUR -> colourWords;
            };
            case "artist" -> artist;
            case "colour" -> colour;
            case "area" -> area;
            default -> null;
        };
        if (field != null) {
            field.setErrorMessage(message);
            field.setInvalid(true);
        } else if (error.field().equals("photo")) {
            photo.showProblem(message);
        } else {
            Notifications.error(message);
        }
    }

    private void clearErrors() {
        for (HasValidation field : new HasValidation[] {words, caption, songTitle, artist, colour, colourWords, area}) {
            field.setInvalid(false);
        }
    }

    private void clearAfterPlacing() {
        words.clear();
        caption.clear();
        songTitle.clear();
        artist.clear();
        colour.clear();
        colourWords.clear();
        photo.clear();
        placed.setText(getTranslation("moodboard.form.placed"));
    }
}
