package nl.kring.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.kring.domain.shared.InvalidValueException;

/**
 * Puts the domain's validation errors on the form fields they belong to, translated, so a
 * person sees next to the field what is wrong. Nothing is saved when an error is shown.
 */
public final class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    /** Binds a domain field name (as in {@link InvalidValueException#field()}) to a form field. */
    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Shows the error on its field, or as a notification when no field is bound to it. */
    public void show(InvalidValueException error) {
        String message = owner.getTranslation(error.messageKey(), error.arguments());
        HasValidation field = fields.get(error.field());
        if (field == null) {
            Notifications.error(message);
        } else {
            field.setErrorMessage(message);
            field.setInvalid(true);
        }
    }

    /** Runs a save; on a validation error shows it and answers false. */
    public boolean attempt(Runnable save) {
        clear();
        try {
            save.run();
            return true;
        } catch (InvalidValueException e) {
            show(e);
            return false;
        }
    }
}
