package nl.kring.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDate;
import nl.kring.attendance.FollowUpService;
import nl.kring.base.KringTime;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.attendance.FollowUpAction;
import nl.kring.domain.organisation.ParticipantId;

/** "Opgevolgd": record a call, a visit or a note (with the day), or that the person left the group. */
class FollowUpActions extends FlexLayout {

    FollowUpActions(FollowUpService service, ParticipantId participant, boolean active, Runnable changed) {
        addClassName("kring-follow-up-buttons");
        setFlexWrap(FlexWrap.WRAP);
        Button record = new Button(getTranslation("followup.record"), e -> open(service, participant, changed));
        record.addClassName("kring-follow-up-record");
        add(record);
        if (active) {
            Button left = new Button(getTranslation("followup.left"), e -> {
                service.markLeft(participant);
                Notifications.success(getTranslation("followup.left-done"));
                changed.run();
            });
            left.addClassName("kring-follow-up-left");
            add(left);
        }
    }

    private void open(FollowUpService service, ParticipantId participant, Runnable changed) {
        RadioButtonGroup<FollowUpAction.Kind> kind = new RadioButtonGroup<>(getTranslation("followup.what"));
        kind.setItems(FollowUpAction.Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("followup.kind." + k.name()));
        kind.setValue(FollowUpAction.Kind.CALLED);
        DatePicker day = new DatePicker(getTranslation("followup.when"));
        day.setValue(LocalDate.now(KringTime.ZONE));
        day.setMax(LocalDate.now(KringTime.ZONE));
        TextArea note = new TextArea(getTranslation("followup.note"));
        note.setMaxLength(FollowUpAction.MAX_NOTE_LENGTH);
        note.setWidthFull();
        FormErrors errors = new FormErrors(this).bind("doneOn", day).bind("note", note);
        new FormDialog(getTranslation("followup.record"), getTranslation("action.save"), () -> errors.attempt(() -> {
            service.record(participant, kind.getValue(), day.getValue(), note.getValue());
            Notifications.success(getTranslation("followup.recorded"));
            changed.run();
        })).with(kind, day, note).open();
    }
}
