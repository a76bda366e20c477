package nl.kring.session.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/**
 * A switch for strong contrast on a tablet (black on white, dark buttons, thick outlines),
 * for poor eyesight or a bright room; remembered on the tablet, so the next page and the
 * next session start the same way.
 */
final class HighContrast extends Button {

    private static final String STORED = "kringHighContrast";
    /** Applies the choice to the whole page; {@code $0} is "on" or "off". */
    private static final String APPLY = "document.documentElement.classList.toggle('kring-high-contrast', $0 === 'on');"
            + " localStorage.setItem('" + STORED + "', $0);";

    private boolean on;

    HighContrast() {
        addThemeVariants(ButtonVariant.LARGE, ButtonVariant.TERTIARY);
        addClassName("kring-high-contrast-switch");
        addClickListener(e -> {
            on = !on;
            show();
            getUI().ifPresent(ui -> ui.getPage().executeJs(APPLY, on ? "on" : "off"));
        });
        show();
        addAttachListener(attached -> attached.getUI().getPage()
                .executeJs("const v = localStorage.getItem($0);"
                        + " document.documentElement.classList.toggle('kring-high-contrast', v === 'on'); return v;", STORED)
                .then(String.class, stored -> {
                    on = "on".equals(stored);
                    show();
                }));
    }

    private void show() {
        setText(getTranslation(on ? "tablet.contrast-on" : "tablet.contrast-off"));
        getElement().setAttribute("aria-pressed", String.valueOf(on));
    }
}
