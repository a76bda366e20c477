package nl.kring.attendance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.attendance.PrivacyService;
import nl.kring.base.KringTime;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.privacy.AuditEntry;
import nl.kring.security.Roles;

/** Coordinators: the retention periods, and the audit trail (read only). */
@Route(value = "privacy", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class PrivacyView extends VerticalLayout implements HasDynamicTitle {

    final IntegerField personal = new IntegerField();
    final IntegerField content = new IntegerField();
    final Grid<AuditEntry> trail = new Grid<>();

    public PrivacyView(PrivacyService privacy) {
        addClassName("kring-page");
        addClassName("kring-privacy");
        var organisation = privacy.retention();
        personal.setLabel(getTranslation("privacy.retention.personal"));
        personal.setHelperText(getTranslation("privacy.retention.personal-help"));
        content.setLabel(getTranslation("privacy.retention.content"));
        content.setHelperText(getTranslation("privacy.retention.content-help"));
        for (IntegerField field : new IntegerField[] {personal, content}) {
            field.setMin(1);
            field.setMax(120);
            field.setStepButtonsVisible(true);
            field.setSuffixComponent(new Span(getTranslation("privacy.months")));
        }
        personal.setValue(organisation.retentionMonths());
        content.setValue(organisation.contentRetentionMonths());
        FormErrors errors = new FormErrors(this).bind("retentionMonths", personal)
                .bind("contentRetentionMonths", content);
        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            privacy.changeRetention(personal.getValue() == null ? 0 : personal.getValue(),
                    content.getValue() == null ? 0 : content.getValue());
            Notifications.success(getTranslation("action.saved"));
            trail.setItems(privacy.auditTrail());
        }));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClassName("kring-save-retention");

        trail.addColumn(a -> KringTime.shortDateTime(a.at(), getLocale())).setHeader(getTranslation("privacy.trail.when"));
        trail.addColumn(AuditEntry::staffName).setHeader(getTranslation("privacy.trail.who"));
        trail.addColumn(a -> getTranslation("privacy.action." + a.action().name()))
                .setHeader(getTranslation("privacy.trail.what"));
        trail.addColumn(AuditEntry::subject).setHeader(getTranslation("privacy.trail.subject")).setFlexGrow(2);
        trail.setItems(privacy.auditTrail());
        trail.addClassName("kring-audit-trail");
        add(new H1(getTranslation("privacy.title")), new Paragraph(getTranslation("privacy.intro")),
                new H2(getTranslation("privacy.retention.title")), personal, content, save,
                new H2(getTranslation("privacy.trail.title")), new Paragraph(getTranslation("privacy.trail.intro")),
                trail);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " · Kring";
    }
}
