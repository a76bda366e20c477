package nl.kring.moodboard.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.moodboard.CleanPhoto;
import nl.kring.moodboard.KeptPhoto;
import nl.kring.moodboard.PhotoPipeline;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Taking or choosing a photo for a card. Two big buttons: the camera, and the photos
 * already on the tablet. The upload shows its progress and can be cancelled (the upload
 * component does both); the server cleans the photo at once (see {@link PhotoPipeline}). A
 * leader's photo is kept only in this page until the card is put on the board; a tablet's
 * is kept by Kring at once, because its card comes through the tablet's outbox and may
 * arrive after this page is gone (see {@link nl.kring.moodboard.TabletMoodboardService}),
 * and it is deleted again when another photo or none is chosen. A cancelled or refused
 * photo leaves nothing behind. A refusal says why, in words, right here.
 */
class PhotoUpload extends Div {

    /** What becomes of a photo that arrived: cleaned, and kept in the page or by Kring. */
    interface Keeper {

        /** @throws InvalidValueException when it is no usable photo */
        KeptPhoto keep(byte[] upload);

        /** The photo is not wanted after all. */
        default void discard(KeptPhoto photo) {
        }
    }

    private static final Logger log = LoggerFactory.getLogger(PhotoUpload.class);
    private static final String[] ACCEPTED = {"image/jpeg", "image/png", "image/webp", ".jpg", ".jpeg", ".png",
            ".webp"};
    private static final String[] ACCEPTED_WITH_HEIC = {"image/jpeg", "image/png", "image/webp", "image/heic",
            "image/heif", ".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif"};

    private final Keeper keeper;
    private final String[] accepted;
    private final Div preview = new Div();
    private final Paragraph problem = new Paragraph();
    private final Upload camera = new Upload();
    private final Upload gallery = new Upload();
    private KeptPhoto photo;

    /**
     * @param readsHeic whether the server reads HEIC; if not, the page does not ask for it, and
     *                  Safari on an iPad then sends its HEIC photos as JPEG
     */
    PhotoUpload(Keeper keeper, boolean readsHeic) {
        this.keeper = keeper;
        this.accepted = readsHeic ? ACCEPTED_WITH_HEIC : ACCEPTED;
        addClassName("kring-photo-upload");
        getElement().setAttribute("data-outbox-value", "");
        configure(camera, "moodboard.photo.camera");
        camera.addClassName("kring-photo-camera");
        // the camera straight away, where the tablet has one
        camera.getElement().setProperty("capture", "environment");
        configure(gallery, "moodboard.photo.gallery");
        gallery.addClassName("kring-photo-gallery");
        problem.addClassName("kring-photo-problem");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        preview.addClassName("kring-photo-preview");
        add(camera, gallery, problem, preview);
    }

    /** The id under which Kring keeps the photo for its card; "" when none or kept in this page. */
    String keptId() {
        return photo == null || photo.id() == null ? "" : photo.id().value().toString();
    }

    /** The cleaned photo, once one was taken or chosen. */
    Optional<CleanPhoto> photo() {
        return Optional.ofNullable(photo).map(KeptPhoto::photo);
    }

    /** Takes the photo away; one Kring kept for a card goes too, unless the card is on the board. */
    void clear() {
        forget();
        preview.removeAll();
        problem.setVisible(false);
        camera.clearFileList();
        gallery.clearFileList();
    }

    private void configure(Upload upload, String buttonKey) {
        upload.setUploadHandler(new Handler());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(PhotoPipeline.MAX_BYTES);
        upload.setAcceptedFileTypes(accepted);
        upload.setDropAllowed(false);
        Button button = new Button(getTranslation(buttonKey));
        button.addThemeVariants(ButtonVariant.LARGE);
        button.addClassName("kring-big-button");
        upload.setUploadButton(button);
        upload.setI18n(dutch());
        upload.addFileRejectedListener(e -> showProblem(e.getErrorMessage()));
    }

    /** The page no longer holds the photo; the outbox reads {@code data-outbox-value} for a card's photo. */
    private void forget() {
        if (photo != null) {
            keeper.discard(photo);
        }
        photo = null;
        getElement().setAttribute("data-outbox-value", "");
    }

    private void cleaned(KeptPhoto kept) {
        forget();
        photo = kept;
        getElement().setAttribute("data-outbox-value", kept.id() == null ? "" : kept.id().value().toString());
        CleanPhoto clean = kept.photo();
        problem.setVisible(false);
        // the preview shows it now; an empty list lets the person pick another photo straight away
        camera.clearFileList();
        gallery.clearFileList();
        preview.removeAll();
        byte[] thumbnail = clean.thumbnail();
        Image image = new Image(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(thumbnail), "foto.jpg", "image/jpeg", thumbnail.length)),
                getTranslation("moodboard.photo.preview-alt"));
        Button remove = new Button(getTranslation("moodboard.photo.other"), e -> clear());
        remove.addThemeVariants(ButtonVariant.TERTIARY);
        preview.add(image, new Span(getTranslation("moodboard.photo.ready")), remove);
    }

    void showProblem(String message) {
        forget();
        preview.removeAll();
        problem.setText(message);
        problem.setVisible(true);
        camera.clearFileList();
        gallery.clearFileList();
    }

    /**
     * Reads at most {@link PhotoPipeline#MAX_BYTES} + 1 bytes of the upload, whatever size
     * the browser announced, and cleans it outside the page's lock.
     */
    private final class Handler implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            UI ui = event.getUI();
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = in.readNBytes(PhotoPipeline.MAX_BYTES + 1);
            }
            try {
                if (bytes.length > PhotoPipeline.MAX_BYTES) {
                    throw new InvalidValueException("photo", "validation.photo-too-large",
                            PhotoPipeline.MAX_BYTES / (1024 * 1024));
                }
                KeptPhoto kept = keeper.keep(bytes);
                ui.access(() -> cleaned(kept));
            } catch (InvalidValueException e) {
                ui.access(() -> showProblem(getTranslation(e.messageKey(), e.arguments())));
            } catch (RuntimeException e) {
                log.warn("A photo could not be processed", e);
                ui.access(() -> showProblem(getTranslation("validation.photo-failed")));
            }
        }

        @Override
        public long getFileSizeMax() {
            return PhotoPipeline.MAX_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return PhotoPipeline.MAX_BYTES + 64 * 1024;
        }
    }

    private UploadI18N dutch() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("moodboard.upload.drop"))
                        .setMany(getTranslation("moodboard.upload.drop")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("moodboard.upload.add"))
                        .setMany(getTranslation("moodboard.upload.add")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("moodboard.upload.too-many"))
                        .setFileIsTooBig(getTranslation("validation.photo-too-large",
                                PhotoPipeline.MAX_BYTES / (1024 * 1024)))
                        .setIncorrectFileType(getTranslation("validation.photo-not-a-photo")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("moodboard.upload.connecting"))
                                .setStalled(getTranslation("moodboard.upload.stalled"))
                                .setProcessing(getTranslation("moodboard.upload.processing"))
                                .setHeld(getTranslation("moodboard.upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("moodboard.upload.remaining"))
                                .setUnknown(getTranslation("moodboard.upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("moodboard.upload.server-unavailable"))
                                .setUnexpectedServerError(getTranslation("moodboard.upload.server-error"))
                                .setForbidden(getTranslation("moodboard.upload.forbidden"))
                                .setFileTooLarge(getTranslation("validation.photo-too-large",
                                        PhotoPipeline.MAX_BYTES / (1024 * 1024)))))
                .setFile(new UploadI18N.File().setRetry(getTranslation("moodboard.upload.retry"))
                        .setStart(getTranslation("moodboard.upload.start"))
                        .setRemove(getTranslation("moodboard.upload.cancel")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB"));
    }
}
