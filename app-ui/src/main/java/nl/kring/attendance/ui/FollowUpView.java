package nl.kring.attendance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.attendance.FollowUpService;
import nl.kring.base.KringTime;
import nl.kring.base.ui.MainLayout;
import nl.kring.security.Roles;

/**
 * The follow-up list (opvolgen): who may be dropping out and why, when they last came,
 * what was done, and buttons to record a call, visit or note, or that they left.
 */
@Route(value = "opvolgen", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR})
public class FollowUpView extends VerticalLayout implements HasDynamicTitle,
        BeforeEnterObserver {

    private final FollowUpService service;
    final Div list = new Div();

    public FollowUpView(FollowUpService service) {
        this.service = service;
        addClassName("kring-page");
        addClassName("kring-follow-up");
        list.addClassName("kring-follow-up-list");
        add(new H1(getTranslation("followup.title")), new Paragraph(getTranslation("followup.intro")), list);
    }

    /** Read again on every visit: the list changes whenever someone comes, misses or is followed up. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show();
    }

    private void show() {
        list.removeAll();
        var items = service.list();
        if (items.isEmpty()) {
            list.add(new Paragraph(getTranslation("followup.empty")));
        }
        for (FollowUpService.Item item : items) {
            Div card = new Div();
            card.addClassName("kring-follow-up-item");
            card.add(new H3(new RouterLink(item.name(), ParticipantRecordView.class, item.id().toString())));
            card.add(new Paragraph(item.groupName() + " · " + String.join(" ", item.reasons().stream()
                    .map(r -> getTranslation("followup.reason." + r.name())).toList())));
            card.add(new Paragraph(item.history().lastPresent()
                    .map(m -> getTranslation("followup.last-present", KringTime.shortDateTime(m.at(), getLocale())))
                    .orElse(getTranslation("followup.never-present"))));
            card.add(new Paragraph(item.lastAction()
                    .map(a -> getTranslation("followup.last-action", a.doneOn(),
                            getTranslation("followup.kind." + a.kind().name()), a.byName()))
                    .orElse(getTranslation("followup.nothing-yet"))));
            card.add(new FollowUpActions(service, item.id(), true, this::show));
            list.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("followup.title") + " · Kring";
    }
}
