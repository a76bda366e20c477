package nl.kring.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.LiveSessionService;
import nl.kring.session.LiveSnapshot;
import nl.kring.session.LiveSnapshot.TabletLine;

/**
 * On the console, what the leader decides about tablets, only when something is unusual
 * (docs/adr/0010): a newcomer (and, if the roster has the same name, which one it is); a tablet
 * that asks to be someone whose tablet is connected ("toestaan / weigeren"); and every new
 * binding of a tablet to a person, with "Klopt niet", until the leader has seen it or its
 * grace period has passed — the person's private history shows on the tablet only after that.
 */
final class TabletRequests extends Div {

    private final LiveSessionService live;
    private final SessionId session;

    TabletRequests(LiveSessionService live, SessionId session) {
        this.live = live;
        this.session = session;
        addClassName("kring-tablet-requests");
    }

    void show(LiveSnapshot snapshot) {
        removeAll();
        for (TabletLine tablet : snapshot.tablets()) {
            if (tablet.waitsForConfirmation()) {
                add(tablet.namesake() == null ? newcomer(tablet) : namesake(tablet));
            } else if (tablet.claims()) {
                add(claim(tablet));
            } else if (tablet.isNewBinding()) {
                add(newBinding(tablet));
            }
        }
    }

    private HorizontalLayout newcomer(TabletLine tablet) {
        return line("kring-newcomer", new Span(getTranslation("console.newcomer", tablet.name())),
                primary("console.newcomer-confirm", () -> live.confirmNewcomer(session, tablet.id())),
                plain("console.newcomer-reject", () -> live.rejectNewcomer(session, tablet.id())));
    }

    /** "De Riet van de lijst, of een nieuwe Riet?" — never merged without asking. */
    private HorizontalLayout namesake(TabletLine tablet) {
        return line("kring-newcomer", new Span(getTranslation("console.namesake", tablet.name())),
                primary("console.namesake-same", () -> live.confirmNewcomerAs(session, tablet.id(), tablet.namesake()),
                        tablet.name()),
                plain("console.namesake-new", () -> askName(tablet), tablet.name()),
                plain("console.newcomer-reject", () -> live.rejectNewcomer(session, tablet.id())));
    }

    private void askName(TabletLine tablet) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("console.namesake-new.title", tablet.name()));
        TextField name = new TextField(getTranslation("console.namesake-new.field"));
        name.setMaxLength(PersonName.MAX_LENGTH);
        name.setValue(tablet.name() + " 2");
        name.setHelperText(getTranslation("console.namesake-new.help", tablet.name()));
        name.setWidthFull();
        Button save = new Button(getTranslation("console.namesake-new.save"), e -> {
            try {
                live.confirmNewcomerNamed(session, tablet.id(), name.getValue());
                dialog.close();
            } catch (InvalidValueException refused) {
                name.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                name.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        dialog.add(name);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private HorizontalLayout claim(TabletLine tablet) {
        return line("kring-claim", new Span(getTranslation("console.claim", tablet.name())),
                primary("console.claim-allow", () -> live.allowClaim(session, tablet.id())),
                plain("console.claim-refuse", () -> live.release(session, tablet.id())));
    }

    private HorizontalLayout newBinding(TabletLine tablet) {
        return line("kring-new-binding", new Span(getTranslation("console.new-binding", tablet.name())),
                plain("console.binding-wrong", () -> live.rejectBinding(session, tablet.id())),
                plain("console.binding-right", () -> live.confirmBinding(session, tablet.id())));
    }

    private Button primary(String key, Runnable action, Object... arguments) {
        Button button = plain(key, action, arguments);
        button.addThemeVariants(ButtonVariant.PRIMARY);
        return button;
    }

    private Button plain(String key, Runnable action, Object... arguments) {
        Button button = new Button(getTranslation(key, arguments), e -> action.run());
        button.addThemeVariants(ButtonVariant.SMALL);
        return button;
    }

    private static HorizontalLayout line(String className, Span what, Button... actions) {
        HorizontalLayout line = new HorizontalLayout(what);
        line.add(actions);
        line.setAlignItems(FlexComponent.Alignment.CENTER);
        line.addClassName(className);
        line.setWrap(true);
        return line;
    }
}
