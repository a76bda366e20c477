package nl.kring.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any error while opening a page: a plain Dutch (or English) explanation and what to do,
 * never a stack trace. The database being away is told apart from a bug, because then
 * waiting a moment is the answer.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);
    static final int RETRY_AFTER_MILLIS = 5_000;

    public ErrorView() {
        addClassName("kring-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        Throwable error = parameter.getCaughtException();
        String key = ErrorMessages.keyFor(error);
        removeAll();
        if ("error.access-denied".equals(key)) {
            add(new H1(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")),
                    new Anchor("", getTranslation("error.to-start")));
            return HttpServletResponse.SC_NOT_FOUND;
        }
        if ("error.unexpected".equals(key)) {
            log.error("Unexpected error opening {}", event.getLocation().getPath(), error);
        } else {
            log.info("Page {} shown as {}: {}", event.getLocation().getPath(), key, error.toString());
        }
        add(new H1(getTranslation("error.title")),
                new Paragraph(getTranslation(key, ErrorMessages.argumentsFor(error))),
                new Anchor(event.getLocation().getPathWithQueryParameters(), getTranslation("error.try-again")));
        if (ErrorMessages.isDatabaseOutage(error)) {
            // A passing fault (the database away, or too busy for a moment after a restart) heals
            // without anyone touching the tablet: the page tries again by itself until it opens.
            Paragraph retrying = new Paragraph(getTranslation("error.retrying"));
            retrying.addClassName("kring-retrying");
            add(retrying);
            event.getUI().getPage().executeJs("setTimeout(() => location.reload(), $0)", RETRY_AFTER_MILLIS);
            return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
        }
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
