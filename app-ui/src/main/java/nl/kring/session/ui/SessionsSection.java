package nl.kring.session.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Optional;
import nl.kring.base.KringTime;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.session.Session;
import nl.kring.session.SessionPlanService;
import nl.kring.session.SessionSummary;

/** The sessions of a group, on the group's page: open one, or plan a new one (optionally as a copy). */
public class SessionsSection extends VerticalLayout {

    private final SessionPlanService plans;
    private final GroupId groupId;
    final Grid<SessionSummary> grid = new Grid<>();
    final Button planSession = new Button();

    public SessionsSection(SessionPlanService plans, GroupId groupId) {
        this.plans = plans;
        this.groupId = groupId;
        setPadding(false);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("sessions.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (plans.canPlanFor(groupId)) {
            planSession.setText(getTranslation("sessions.plan"));
            planSession.setIcon(VaadinIcon.PLUS.create());
            planSession.addThemeVariants(ButtonVariant.PRIMARY);
            planSession.addClickListener(e -> openPlanDialog());
            header.add(planSession);
        }
        grid.addColumn(s -> KringTime.shortDateTime(s.scheduledAt(), getLocale()))
                .setHeader(getTranslation("sessions.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionSummary::title).setHeader(getTranslation("sessions.session-title")).setFlexGrow(1);
        grid.addColumn(s -> getTranslation("session.status." + s.status().name()))
                .setHeader(getTranslation("sessions.status")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SessionSummary::stepCount).setHeader(getTranslation("sessions.steps")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(SessionPlanView.class, e.getItem().id().toString()));
        grid.setItems(plans.sessionsOf(groupId));
        add(header, grid);
    }

    void openPlanDialog() {
        TextField title = new TextField(getTranslation("sessions.session-title"));
        title.setMaxLength(Session.MAX_TITLE_LENGTH);
        title.setRequiredIndicatorVisible(true);
        DateTimePicker when = new DateTimePicker(getTranslation("sessions.when"));
        when.setLocale(getLocale());
        when.setStep(Duration.ofMinutes(15));
        when.setValue(LocalDateTime.now(KringTime.ZONE).plusDays(7).withHour(10).withMinute(0).withSecond(0)
                .withNano(0));
        ComboBox<SessionSummary> copyFrom = new ComboBox<>(getTranslation("sessions.copy-from"));
        copyFrom.setItems(plans.sessionsOf(groupId).stream().filter(s -> s.stepCount() > 0).toList());
        copyFrom.setItemLabelGenerator(s -> s.title() + " · " + KringTime.shortDateTime(s.scheduledAt(), getLocale()));
        copyFrom.setHelperText(getTranslation("sessions.copy-from.help"));
        copyFrom.setClearButtonVisible(true);
        ComboBox<SessionPlanService.Programme> programme = new ComboBox<>(getTranslation("sessions.programme"));
        programme.setItems(plans.programmes());
        programme.setItemLabelGenerator(p -> p.builtIn() ? getTranslation("template." + p.key() + ".name")
                : getTranslation("sessions.programme.own", p.name()));
        programme.setHelperText(getTranslation("sessions.programme.help"));
        programme.setClearButtonVisible(true);
        programme.addClassName("kring-programme-choice");
        programme.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                copyFrom.clear();
                programme.setHelperText(e.getValue().builtIn()
                        ? getTranslation("template." + e.getValue().key() + ".description")
                        : getTranslation("sessions.programme.own-help", e.getValue().steps()));
            } else {
                programme.setHelperText(getTranslation("sessions.programme.help"));
            }
        });
        copyFrom.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                programme.clear();
            }
        });
        FormErrors errors = new FormErrors(this).bind("title", title).bind("scheduledAt", when);
        new FormDialog(getTranslation("sessions.plan"), getTranslation("sessions.plan.save"),
                () -> errors.attempt(() -> {
                    Session planned = programme.getValue() != null
                            ? plans.planFromTemplate(groupId, title.getValue(), KringTime.instant(when.getValue()),
                                    programme.getValue().key(), getLocale())
                            : plans.plan(groupId, title.getValue(), KringTime.instant(when.getValue()),
                                    Optional.ofNullable(copyFrom.getValue()).map(SessionSummary::id));
                    UI.getCurrent().navigate(SessionPlanView.class, planned.id().toString());
                })).with(title, when, programme, copyFrom).open();
        title.focus();
    }
}
