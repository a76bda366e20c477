package nl.kring.moodboard.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.session.StepId;
import nl.kring.moodboard.MoodboardService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** "Download als afbeelding (PNG)" and "… als PDF": the board as it is at the moment of the click. */
class ExportLinks extends Div {

    private static final Logger log = LoggerFactory.getLogger(ExportLinks.class);

    ExportLinks(MoodboardService boards, SessionId session, StepId step) {
        addClassName("kring-mood-export");
        Locale locale = getLocale();
        add(link(boards, session, step, false, locale), link(boards, session, step, true, locale));
    }

    private Anchor link(MoodboardService boards, SessionId session, StepId step, boolean pdf, Locale locale) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                byte[] bytes = boards.export(session, step, pdf, locale);
                return new DownloadResponse(new ByteArrayInputStream(bytes), pdf ? "kring-moodboard.pdf" : "kring-moodboard.png",
                        pdf ? "application/pdf" : "image/png", bytes.length);
            } catch (RuntimeException e) {
                log.warn("Exporting a moodboard failed", e);
                return DownloadResponse.error(500, "export failed");
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD,
                getTranslation(pdf ? "moodboard.export.pdf" : "moodboard.export.png"));
        anchor.addClassName(pdf ? "kring-export-pdf" : "kring-export-png");
        return anchor;
    }
}
