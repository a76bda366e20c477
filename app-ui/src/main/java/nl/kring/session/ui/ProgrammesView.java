package nl.kring.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.security.Roles;
import nl.kring.session.SessionPlanService;
import nl.kring.session.SessionPlanService.Programme;

/**
 * The programmes a session can start from: the built-in ones from both Movisie
 * publications and the organisation's own. Explains how to make and change an own
 * programme, and removes one (its coordinator, or whoever saved it).
 */
@Route(value = "programmas", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR})
public class ProgrammesView extends VerticalLayout implements HasDynamicTitle {

    private final SessionPlanService plans;
    final Div own = new Div();

    public ProgrammesView(SessionPlanService plans) {
        this.plans = plans;
        addClassName("kring-programmes");
        List<Programme> all = plans.programmes();
        Div builtIn = new Div();
        all.stream().filter(Programme::builtIn).forEach(p -> builtIn.add(builtIn(p)));
        Paragraph how = new Paragraph(getTranslation("programmes.how"));
        how.addClassName("kring-muted");
        own.addClassName("kring-own-programmes");
        add(new H1(getTranslation("programmes.title")), new Paragraph(getTranslation("programmes.intro")),
                new H2(getTranslation("programmes.built-in")), builtIn,
                new H2(getTranslation("programmes.own")), how, own);
        showOwn(all);
    }

    private Div builtIn(Programme programme) {
        Div block = new Div(new H3(getTranslation("template." + programme.key() + ".name")),
                new Paragraph(getTranslation("template." + programme.key() + ".description")));
        block.addClassName("kring-programme");
        return block;
    }

    private void showOwn(List<Programme> all) {
        own.removeAll();
        List<Programme> mine = all.stream().filter(p -> !p.builtIn()).toList();
        if (mine.isEmpty()) {
            own.add(new Paragraph(getTranslation("programmes.none")));
        }
        for (Programme programme : mine) {
            Div block = new Div(new H3(programme.name()),
                    new Paragraph(getTranslation("sessions.programme.own-help", programme.steps())));
            block.addClassName("kring-programme");
            if (programme.mayReplace()) {
                Button remove = new Button(getTranslation("programmes.remove"), e -> confirmRemove(programme));
                remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
                block.add(remove);
            }
            own.add(block);
        }
    }

    private void confirmRemove(Programme programme) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("programmes.remove.title", programme.name()),
                getTranslation("programmes.remove.text"), getTranslation("programmes.remove"), e -> {
                    plans.deleteProgramme(programme.key());
                    Notifications.success(getTranslation("programmes.removed", programme.name()));
                    showOwn(plans.programmes());
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("programmes.title") + " · Kring";
    }
}
