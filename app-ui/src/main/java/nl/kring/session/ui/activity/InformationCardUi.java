package nl.kring.session.ui.activity;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.Notifications;
import nl.kring.base.ui.ReaderLocale;
import nl.kring.domain.session.Activity;
import nl.kring.domain.session.ActivityType;
import nl.kring.domain.session.Diagram;
import nl.kring.domain.session.ImageId;
import nl.kring.domain.session.InformationCard;
import nl.kring.domain.session.Step;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.CardImageService;
import nl.kring.session.CardLibrary;
import nl.kring.session.SessionPlanService;
import org.springframework.stereotype.Component;

/** An information card: a title, a text and optionally a picture, the same on every screen. */
@Component
class InformationCardUi implements ActivityUi {

    private final SessionPlanService plans;
    private final CardLibrary library;

    InformationCardUi(SessionPlanService plans, CardLibrary library) {
        this.plans = plans;
        this.library = library;
    }

    @Override
    public ActivityType type() {
        return ActivityType.INFORMATION_CARD;
    }

    @Override
    public ActivityEditor editor(Activity existing) {
        InformationCard card = (InformationCard) existing;
        return new Editor(card);
    }

    @Override
    public LivePart participantPart(Step step, ParticipantContext context) {
        return card((InformationCard) step.activity(), "kring-card-tablet", true);
    }

    @Override
    public LivePart screenPart(Step step) {
        InformationCard card = (InformationCard) step.activity();
        return card(card, "kring-card-screen", fitsTheScreen(card));
    }

    @Override
    public LivePart consolePart(Step step, ConsoleContext context) {
        InformationCard card = (InformationCard) step.activity();
        LivePart part = card(card, "kring-card-console", true);
        if (!fitsTheScreen(card)) {
            Paragraph note = new Paragraph(part.getTranslation("card.screen-without-text", SCREEN_WORDS));
            note.addClassName("kring-muted");
            part.addComponentAtIndex(1, note);
        }
        return part;
    }

    /**
     * The shared screen is read from across the room: a long text would need small letters
     * or scrolling, so past this many words it shows the title and picture only, and the
     * text stays on the tablets (with read-aloud) and the console.
     */
    static final int SCREEN_WORDS = 40;

    static boolean fitsTheScreen(InformationCard card) {
        return card.text().isBlank() || card.text().strip().split("\\s+").length <= SCREEN_WORDS;
    }

    private static LivePart card(InformationCard card, String className, boolean withText) {
        LivePart part = new LivePart(new H2(card.title()));
        if (card.image() != null) {
            Image image = new Image(CardImageService.address(card.image()), card.title());
            image.addClassName("kring-card-image");
            part.add(image);
        }
        if (card.diagram() == Diagram.DOWNWARD_SPIRAL) {
            part.add(new SpiralDiagram());
        }
        if (withText && !card.text().isEmpty()) {
            Paragraph text = new Paragraph(card.text());
            text.addClassName("kring-card-text");
            part.add(text);
        }
        part.addClassNames("kring-card", className);
        return part;
    }

    private final class Editor implements ActivityEditor {
        private final TextField title = new TextField();
        private final TextArea text = new TextArea();
        private final Checkbox spiral =
                new Checkbox();
        private final Div preview = new Div();
        private final Button removeImage = new Button();
        private ImageId image;
        private final VerticalLayout form = new VerticalLayout();

        Editor(InformationCard existing) {
            // a ready card from the seeds fills in the form; the facilitator may change it
            ComboBox<CardLibrary.LibraryCard> ready =
                    new ComboBox<>(form.getTranslation("card.library"));
            ready.setItems(library.all(ReaderLocale.of(ready)));
            ready.setItemLabelGenerator(c -> c.card().title());
            ready.setHelperText(form.getTranslation("card.library-help"));
            ready.setWidthFull();
            ready.addClassName("kring-card-library");
            ready.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    title.setValue(e.getValue().card().title());
                    text.setValue(e.getValue().card().text());
                    spiral.setValue(e.getValue().card().diagram() == Diagram.DOWNWARD_SPIRAL);
                }
            });
            form.add(ready);
            title.setLabel(form.getTranslation("card.title"));
            title.setMaxLength(InformationCard.MAX_TITLE_LENGTH);
            title.setRequiredIndicatorVisible(true);
            text.setLabel(form.getTranslation("card.text"));
            text.setMaxLength(InformationCard.MAX_TEXT_LENGTH);
            text.setMinHeight("8rem");
            if (existing != null) {
                title.setValue(existing.title());
                text.setValue(existing.text());
                image = existing.image();
            }
            Upload upload = new Upload();
            upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
                UI ui = UI.getCurrent();
                try {
                    ImageId stored = plans.storeImage(bytes);
                    ui.access(() -> showImage(stored));
                } catch (InvalidValueException e) {
                    ui.access(() -> Notifications.error(form.getTranslation(e.messageKey(), e.arguments())));
                } finally {
                    // one picture per card: make room for the next try
                    ui.access(upload::clearFileList);
                }
            }));
            upload.setMaxFiles(1);
            upload.setMaxFileSize(16 * 1024 * 1024);
            upload.setAcceptedFileTypes("image/jpeg", "image/png", "image/gif", ".jpg", ".jpeg", ".png", ".gif");
            upload.addFileRejectedListener(e -> Notifications.error(form.getTranslation("card.image-rejected")));
            upload.setUploadButton(new Button(form.getTranslation("card.image-choose")));
            upload.setDropLabel(new Span(form.getTranslation("card.image-drop")));
            removeImage.setText(form.getTranslation("card.image-remove"));
            removeImage.addThemeVariants(ButtonVariant.TERTIARY);
            removeImage.addClickListener(e -> showImage(null));
            preview.addClassName("kring-card-preview");
            showImage(image);
            form.setPadding(false);
            spiral.setLabel(form.getTranslation("card.spiral"));
            spiral.setValue(existing != null
                    && existing.diagram() == Diagram.DOWNWARD_SPIRAL);
            form.add(title, text, spiral, preview, removeImage, upload);
        }

        private void showImage(ImageId id) {
            image = id;
            preview.removeAll();
            if (id != null) {
                preview.add(new Image(CardImageService.address(id), form.getTranslation("card.image")));
            }
            removeImage.setVisible(id != null);
        }

        @Override
        public com.vaadin.flow.component.Component form() { // Spring's @Component is imported here
            return form;
        }

        @Override
        public Activity value() {
            return new InformationCard(title.getValue(), text.getValue(), image,
                    spiral.getValue() ? Diagram.DOWNWARD_SPIRAL : null);
        }

        @Override
        public void bindErrors(FormErrors errors) {
            errors.bind("title", title).bind("text", text);
        }
    }
}
