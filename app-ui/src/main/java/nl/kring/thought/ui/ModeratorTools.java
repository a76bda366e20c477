package nl.kring.thought.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import nl.kring.domain.session.SessionId;
import nl.kring.domain.thought.ThinkingPattern;
import nl.kring.session.LiveSnapshot.BoardItem;
import nl.kring.thought.ThoughtWorkService;

/** The leader's tools on a revealed card: tag a thinking pattern (with its explanation one tap away), hide. */
final class ModeratorTools {

    private ModeratorTools() {
    }

    static Component forThought(ThoughtWorkService work, SessionId session, BoardItem item) {
        Select<ThinkingPattern> pattern = new Select<>();
        pattern.setItems(ThinkingPattern.values());
        pattern.setEmptySelectionAllowed(true);
        pattern.setEmptySelectionCaption(pattern.getTranslation("pattern.none"));
        pattern.setItemLabelGenerator(p -> p == null ? pattern.getTranslation("pattern.none")
                : pattern.getTranslation("pattern." + p.name()));
        pattern.setAriaLabel(pattern.getTranslation("pattern.label"));
        pattern.setValue(item.pattern());
        pattern.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                work.tag(session, item.id(), e.getValue());
            }
        });
        Button explain = new Button(VaadinIcon.QUESTION_CIRCLE_O.create(),
                e -> PatternHelp.open(pattern.getValue()));
        explain.addThemeVariants(ButtonVariant.TERTIARY);
        explain.setAriaLabel(explain.getTranslation("pattern.explain"));
        explain.setTooltipText(explain.getTranslation("pattern.explain"));
        HorizontalLayout tools = new HorizontalLayout(pattern, explain, hideButton(work, session, item));
        tools.setAlignItems(FlexComponent.Alignment.CENTER);
        tools.addClassName("kring-moderator-tools");
        return tools;
    }

    static Component forAnswer(ThoughtWorkService work, SessionId session, BoardItem item) {
        HorizontalLayout tools = new HorizontalLayout(hideButton(work, session, item));
        tools.addClassName("kring-moderator-tools");
        return tools;
    }

    private static Button hideButton(ThoughtWorkService work, SessionId session, BoardItem item) {
        Button hide = new Button();
        hide.setText(hide.getTranslation("thought.hide"));
        hide.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
        hide.addClassName("kring-hide");
        hide.addClickListener(e -> {
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setHeader(hide.getTranslation("thought.hide-confirm.title"));
            dialog.setText(hide.getTranslation("thought.hide-confirm.text"));
            dialog.setCancelable(true);
            dialog.setCancelText(hide.getTranslation("action.cancel"));
            dialog.setConfirmText(hide.getTranslation("thought.hide"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.addConfirmListener(c -> work.hide(session, item.id()));
            dialog.open();
        });
        return hide;
    }
}
