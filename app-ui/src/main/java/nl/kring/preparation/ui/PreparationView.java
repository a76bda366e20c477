package nl.kring.preparation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.ui.FormErrors;
import nl.kring.content.SeedTexts;
import nl.kring.content.SeedTexts.TextList;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.preparation.AttitudeReminder;
import nl.kring.preparation.PreparationService;
import nl.kring.security.Roles;

/**
 * The basishouding exercise ("In gesprek over eenzaamheid", step 1): pick the hindering
 * thought you recognise and a helping thought against it (from the seed's lists, or your
 * own). Kring keeps it as your own reminder and shows it on the console when you lead.
 */
@Route(value = "voorbereiding", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR, Roles.EXPERIENCE_EXPERT})
public class PreparationView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<String> hindering = new RadioButtonGroup<>();
    final TextField ownHindering = new TextField();
    final RadioButtonGroup<String> helping = new RadioButtonGroup<>();
    final TextField ownHelping = new TextField();
    final Div reminder = new Div();

    public PreparationView(PreparationService preparation, SeedTexts seeds) {
        addClassName("kring-preparation");
        H1 title = new H1(getTranslation("prep.title"));
        Paragraph intro = new Paragraph(getTranslation("prep.intro"));
        hindering.setLabel(getTranslation("prep.hindering"));
        hindering.setItems(seeds.items(TextList.FACILITATOR_HINDERING_THOUGHTS, getLocale()));
        ownHindering.setLabel(getTranslation("prep.own"));
        ownHindering.setMaxLength(AttitudeReminder.MAX_LENGTH);
        ownHindering.setWidthFull();
        helping.setLabel(getTranslation("prep.helping"));
        helping.setItems(seeds.items(TextList.FACILITATOR_HELPING_THOUGHTS, getLocale()));
        ownHelping.setLabel(getTranslation("prep.own"));
        ownHelping.setMaxLength(AttitudeReminder.MAX_LENGTH);
        ownHelping.setWidthFull();
        FormErrors errors = new FormErrors(this).bind("hinderingThought", ownHindering)
                .bind("helpingThought", ownHelping);
        Button keep = new Button(getTranslation("prep.keep"), e -> errors.attempt(() -> {
            AttitudeReminder kept = preparation.keep(chosen(hindering, ownHindering), chosen(helping, ownHelping));
            show(kept);
            Notifications.success(getTranslation("prep.kept"));
        }));
        keep.addThemeVariants(ButtonVariant.PRIMARY);
        Paragraph source = new Paragraph(getTranslation("prep.source"));
        source.addClassName("kring-source");
        reminder.addClassName("kring-attitude-reminder");
        add(title, intro, reminder, new H2(getTranslation("prep.step-hindering")), hindering, ownHindering,
                new H2(getTranslation("prep.step-helping")), helping, ownHelping, keep, source);
        preparation.myReminder().ifPresentOrElse(mine -> {
            show(mine);
            select(hindering, ownHindering, mine.hinderingThought());
            select(helping, ownHelping, mine.helpingThought());
        }, () -> reminder.setVisible(false));
    }

    /** Your own words win over a choice from the list. */
    private static String chosen(RadioButtonGroup<String> list, TextField own) {
        return own.getValue().isBlank() ? list.getValue() : own.getValue();
    }

    private static void select(RadioButtonGroup<String> list, TextField own, String thought) {
        if (list.getListDataView().contains(thought)) {
            list.setValue(thought);
        } else {
            own.setValue(thought);
        }
    }

    private void show(AttitudeReminder mine) {
        reminder.removeAll();
        reminder.add(new Paragraph(getTranslation("prep.reminder", mine.helpingThought(), mine.hinderingThought())));
        reminder.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("prep.title") + " · Kring";
    }
}
