package nl.kring.moodboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.kring.base.ui.FormErrors;
import nl.kring.domain.moodboard.Area;
import nl.kring.domain.moodboard.Moodboard;
import nl.kring.domain.session.Activity;
import nl.kring.session.ui.activity.ActivityUi.ActivityEditor;

/**
 * The moodboard in the session plan: the invitation, the worksheet's four quadrants (their
 * titles and questions may be changed, areas added up to six or removed) or a free board,
 * and whether cards show whose they are.
 */
class MoodboardEditor implements ActivityEditor {

    private enum Kind { QUADRANTS, FREE }

    private final VerticalLayout form = new VerticalLayout();
    private final TextField prompt = new TextField();
    private final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    private final VerticalLayout areaRows = new VerticalLayout();
    private final List<AreaRow> rows = new ArrayList<>();
    private final Button addArea = new Button();
    private final TextField freeTitle = new TextField();
    private final Checkbox anonymous = new Checkbox();
    private final TextField areasError = new TextField();

    MoodboardEditor(Moodboard existing, List<Area> seedQuadrants) {
        form.setPadding(false);
        prompt.setLabel(form.getTranslation("moodboard.editor.prompt"));
        prompt.setMaxLength(Moodboard.MAX_PROMPT_LENGTH);
        prompt.setWidthFull();
        kind.setLabel(form.getTranslation("moodboard.editor.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> form.getTranslation("moodboard.editor.kind." + k.name()));
        areaRows.setPadding(false);
        areaRows.addClassName("kring-area-rows");
        addArea.setText(form.getTranslation("moodboard.editor.add-area"));
        addArea.addThemeVariants(ButtonVariant.TERTIARY);
        addArea.addClickListener(e -> addRow(new Area(form.getTranslation("moodboard.editor.new-area"), List.of())));
        freeTitle.setLabel(form.getTranslation("moodboard.editor.free-title"));
        freeTitle.setMaxLength(Area.MAX_TITLE_LENGTH);
        anonymous.setLabel(form.getTranslation("moodboard.editor.anonymous"));
        // carries the areas' error message (there is no single field for "the areas")
        areasError.setReadOnly(true);
        areasError.setVisible(false);
        Paragraph source = new Paragraph(form.getTranslation("moodboard.editor.note"));
        source.addClassName("kring-muted");

        Moodboard start = existing != null ? existing
                : new Moodboard(form.getTranslation("moodboard.editor.prompt-default"), seedQuadrants, false);
        prompt.setValue(start.prompt());
        anonymous.setValue(start.anonymous());
        if (start.isFree()) {
            kind.setValue(Kind.FREE);
            freeTitle.setValue(start.areas().getFirst().title());
            seedQuadrants.forEach(this::addRow);
        } else {
            kind.setValue(Kind.QUADRANTS);
            freeTitle.setValue(form.getTranslation("moodboard.editor.free-default"));
            start.areas().forEach(this::addRow);
        }
        kind.addValueChangeListener(e -> showKind());
        form.add(prompt, kind, areaRows, addArea, freeTitle, areasError, anonymous, source);
        showKind();
    }

    private void showKind() {
        boolean quadrants = kind.getValue() != Kind.FREE;
        areaRows.setVisible(quadrants);
        addArea.setVisible(quadrants && rows.size() < Moodboard.MAX_AREAS);
        freeTitle.setVisible(!quadrants);
    }

    private void addRow(Area area) {
        AreaRow row = new AreaRow(area);
        rows.add(row);
        areaRows.add(row.box);
        addArea.setVisible(kind.getValue() != Kind.FREE && rows.size() < Moodboard.MAX_AREAS);
    }

    @Override
    public Component form() {
        return form;
    }

    @Override
    public Activity value() {
        if (kind.getValue() == Kind.FREE) {
            return Moodboard.free(prompt.getValue(), freeTitle.getValue(), anonymous.getValue());
        }
        List<Area> areas = rows.stream().map(AreaRow::value).toList();
        return new Moodboard(prompt.getValue(), areas, anonymous.getValue());
    }

    @Override
    public void bindErrors(FormErrors errors) {
        errors.bind("prompt", prompt);
        errors.bind("areas", new AreasError());
    }

    /** Shows an error about the areas below them. */
    private final class AreasError implements HasValidation {
        @Override
        public void setErrorMessage(String message) {
            areasError.setValue(message == null ? "" : message);
        }

        @Override
        public String getErrorMessage() {
            return areasError.getValue();
        }

        @Override
        public void setInvalid(boolean invalid) {
            areasError.setInvalid(invalid);
            areasError.setVisible(invalid);
        }

        @Override
        public boolean isInvalid() {
            return areasError.isInvalid();
        }
    }

    /** One area: its title and its questions, one per line. */
    private final class AreaRow {
        final Div box = new Div();
        final TextField title = new TextField();
        final TextArea questions = new TextArea();

        AreaRow(Area area) {
            box.addClassName("kring-area-row");
            title.setLabel(form.getTranslation("moodboard.editor.area-title"));
            title.setMaxLength(Area.MAX_TITLE_LENGTH);
            title.setValue(area.title());
            questions.setLabel(form.getTranslation("moodboard.editor.area-questions"));
            questions.setHelperText(form.getTranslation("moodboard.editor.area-questions-help"));
            questions.setValue(String.join("\n", area.questions()));
            questions.setWidthFull();
            Button remove = new Button(form.getTranslation("moodboard.editor.remove-area"), e -> {
                rows.remove(this);
                areaRows.remove(box);
                showKind();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            box.add(title, questions, remove);
        }

        Area value() {
            return new Area(title.getValue(), Arrays.stream(questions.getValue().split("\\R")).toList());
        }
    }
}
