package nl.kring.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import java.util.function.BooleanSupplier;

/**
 * A dialog with a form, a save and a cancel button. The save action answers whether it
 * succeeded: on failure (a validation message on a field) the dialog stays open, so
 * nothing that was typed is lost.
 */
public class FormDialog extends Dialog {

    private final FormLayout form = new FormLayout();
    private final Button save;

    public FormDialog(String title, String saveText, BooleanSupplier saveAction) {
        setHeaderTitle(title);
        setWidth("min(36rem, 95vw)");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        save = new Button(saveText, e -> {
            if (saveAction.getAsBoolean()) {
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("kring-dialog-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    public FormDialog with(Component... fields) {
        form.add(fields);
        return this;
    }
}
