package nl.kring.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupId;
import nl.kring.domain.organisation.GroupName;
import nl.kring.domain.organisation.Participant;
import nl.kring.domain.organisation.ParticipantStatus;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.organisation.Role;
import nl.kring.domain.organisation.StaffAccount;
import nl.kring.domain.organisation.StaffId;
import nl.kring.organisation.GroupService;
import nl.kring.organisation.GroupSummary;
import nl.kring.organisation.RosterEntry;
import nl.kring.organisation.RosterService;
import nl.kring.security.Roles;
import nl.kring.session.SessionPlanService;
import nl.kring.session.ui.SessionsSection;

/**
 * One group: who leads it and its roster. Coordinators edit the group and its staff;
 * coordinators and the group's facilitators manage the roster; experience experts see
 * the names only (never private notes).
 */
@Route(value = "groepen", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR, Roles.EXPERIENCE_EXPERT})
public class GroupView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final transient GroupService groups;
    private final transient RosterService roster;
    private final transient SessionPlanService plans;
    private final boolean coordinator;
    private GroupSummary group;
    private boolean canManageRoster;

    final H1 title = new H1();
    final Paragraph description = new Paragraph();
    final Span staffLine = new Span();
    final Grid<RosterEntry> rosterGrid = new Grid<>();
    final Button editGroup = new Button();
    final Button editStaff = new Button();
    final Button addParticipant = new Button();

    public GroupView(GroupService groups, RosterService roster, SessionPlanService plans,
                     AuthenticationContext authentication) {
        this.groups = groups;
        this.roster = roster;
        this.plans = plans;
        this.coordinator = authentication.hasRole(Roles.COORDINATOR);
        addClassName("kring-page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        GroupId id;
        try {
            id = new GroupId(UUID.fromString(parameter));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException();
        }
        group = groups.get(id);
        canManageRoster = groups.canManageRoster(id);
        build();
    }

    private void build() {
        removeAll();
        rosterGrid.removeAllColumns();
        HorizontalLayout actions = new HorizontalLayout();
        if (coordinator) {
            editGroup.setText(getTranslation("group.edit"));
            editGroup.addClickListener(e -> openEditGroupDialog());
            editStaff.setText(getTranslation("group.edit-staff"));
            editStaff.addClickListener(e -> openStaffDialog());
            actions.add(editGroup, editStaff);
        }
        add(title, description, staffLine, actions, new SessionsSection(plans, group.id()), rosterSection());
        showGroup();
    }

    private void showGroup() {
        title.setText(group.name());
        description.setText(group.description());
        description.setVisible(!group.description().isEmpty());
        staffLine.setText(getTranslation("group.staff-line",
                group.facilitatorNames().isEmpty() ? "–" : String.join(", ", group.facilitatorNames()),
                group.experienceExpertNames().isEmpty() ? "–" : String.join(", ", group.experienceExpertNames())));
    }

    private VerticalLayout rosterSection() {
        rosterGrid.addColumn(RosterEntry::displayName).setHeader(getTranslation("roster.name")).setFlexGrow(1);
        rosterGrid.addColumn(e -> getTranslation("roster.status." + e.status().name()))
                .setHeader(getTranslation("roster.status")).setWidth("9rem").setFlexGrow(0);
        if (canManageRoster) {
            rosterGrid.addColumn(e -> e.privateNote().orElse("")).setHeader(getTranslation("roster.note"))
                    .setFlexGrow(2);
            rosterGrid.addComponentColumn(this::rowActions).setHeader(getTranslation("roster.actions"))
                    .setAutoWidth(true).setFlexGrow(0);
        }
        rosterGrid.setAllRowsVisible(true);
        rosterGrid.setEmptyStateText(getTranslation("roster.empty"));
        refreshRoster();

        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("roster.title")));
        header.setAlignItems(Alignment.BASELINE);
        if (canManageRoster) {
            addParticipant.setText(getTranslation("roster.add"));
            addParticipant.setIcon(VaadinIcon.PLUS.create());
            addParticipant.addThemeVariants(ButtonVariant.PRIMARY);
            addParticipant.addClickListener(e -> openParticipantDialog(null));
            header.add(addParticipant);
        }
        VerticalLayout section = new VerticalLayout(header, rosterGrid);
        section.setPadding(false);
        return section;
    }

    private HorizontalLayout rowActions(RosterEntry entry) {
        Button edit = new Button(getTranslation("roster.edit"), e -> openParticipantDialog(entry));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        boolean active = entry.status() == ParticipantStatus.ACTIVE;
        Button status = new Button(getTranslation(active ? "roster.mark-left" : "roster.mark-back"), e -> {
            roster.setStatus(entry.id(), active ? ParticipantStatus.LEFT : ParticipantStatus.ACTIVE, entry.version());
            refreshRoster();
        });
        status.addThemeVariants(ButtonVariant.TERTIARY);
        return new HorizontalLayout(edit, status);
    }

    void openParticipantDialog(RosterEntry existing) {
        TextField name = new TextField(getTranslation("roster.name"));
        name.setMaxLength(PersonName.MAX_LENGTH);
        name.setHelperText(getTranslation("roster.name.help"));
        name.setRequiredIndicatorVisible(true);
        TextArea note = new TextArea(getTranslation("roster.note"));
        note.setMaxLength(Participant.MAX_NOTE_LENGTH);
        note.setHelperText(getTranslation("roster.note.help"));
        if (existing != null) {
            name.setValue(existing.displayName());
            note.setValue(existing.privateNote().orElse(""));
        }
        FormErrors errors = new FormErrors(this).bind("name", name).bind("privateNote", note);
        FormDialog dialog = new FormDialog(getTranslation(existing == null ? "roster.add" : "roster.edit"),
                getTranslation("action.save"), () -> errors.attempt(() -> {
                    if (existing == null) {
                        roster.add(group.id(), name.getValue(), note.getValue());
                    } else {
                        roster.update(existing.id(), name.getValue(), note.getValue(), existing.version());
                    }
                    refreshRoster();
                }));
        dialog.with(name, note).open();
        name.focus();
    }

    void openEditGroupDialog() {
        TextField name = new TextField(getTranslation("groups.name"));
        name.setMaxLength(GroupName.MAX_LENGTH);
        name.setValue(group.name());
        TextArea text = new TextArea(getTranslation("groups.description"));
        text.setMaxLength(Group.MAX_DESCRIPTION_LENGTH);
        text.setValue(group.description());
        FormErrors errors = new FormErrors(this).bind("name", name).bind("description", text);
        new FormDialog(getTranslation("group.edit"), getTranslation("action.save"), () -> errors.attempt(() -> {
            group = groups.update(group.id(), name.getValue(), text.getValue(), group.version());
            showGroup();
            Notifications.success(getTranslation("action.saved"));
        })).with(name, text).open();
    }

    void openStaffDialog() {
        MultiSelectComboBox<StaffAccount> facilitators = staffPicker("groups.facilitators", Role.FACILITATOR,
                group.facilitators());
        MultiSelectComboBox<StaffAccount> experts = staffPicker("groups.experience-experts", Role.EXPERIENCE_EXPERT,
                group.experienceExperts());
        FormErrors errors = new FormErrors(this).bind("staff", facilitators);
        new FormDialog(getTranslation("group.edit-staff"), getTranslation("action.save"), () -> errors.attempt(() -> {
            group = groups.assignStaff(group.id(), ids(facilitators), ids(experts), group.version());
            showGroup();
            Notifications.success(getTranslation("action.saved"));
        })).with(facilitators, experts).open();
    }

    private MultiSelectComboBox<StaffAccount> staffPicker(String labelKey, Role role,
                                                          List<GroupSummary.StaffMember> current) {
        Set<StaffId> currentIds = current.stream().map(GroupSummary.StaffMember::id).collect(Collectors.toSet());
        MultiSelectComboBox<StaffAccount> picker = new MultiSelectComboBox<>(getTranslation(labelKey));
        var options = groups.assignableStaff(role);
        picker.setItems(options);
        picker.setItemLabelGenerator(a -> a.name().value());
        picker.select(options.stream().filter(a -> currentIds.contains(a.id())).toList());
        return picker;
    }

    private static Set<StaffId> ids(MultiSelectComboBox<StaffAccount> picker) {
        return picker.getSelectedItems().stream().map(StaffAccount::id).collect(Collectors.toSet());
    }

    private void refreshRoster() {
        rosterGrid.setItems(roster.roster(group.id()));
    }

    @Override
    public String getPageTitle() {
        return (group == null ? "" : group.name() + " · ") + "Kring";
    }
}
