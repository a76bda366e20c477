package nl.kring.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, or that the signed-in person may not open: both look the
 * same (Vaadin's access control answers a forbidden view with "not found"), so a URL
 * reveals nothing about what exists.
 */
@AnonymousAllowed
public class NotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException> {

    public NotFoundView() {
        addClassName("kring-error-page");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        removeAll();
        add(new H1(getTranslation("error.not-found.title")), new Paragraph(getTranslation("error.not-found.text")),
                new Anchor("", getTranslation("error.to-start")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
