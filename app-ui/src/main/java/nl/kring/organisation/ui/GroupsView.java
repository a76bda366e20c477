package nl.kring.organisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import nl.kring.base.ui.FormDialog;
import nl.kring.base.ui.FormErrors;
import nl.kring.base.ui.MainLayout;
import nl.kring.base.ui.Notifications;
import nl.kring.domain.organisation.Group;
import nl.kring.domain.organisation.GroupName;
import nl.kring.organisation.GroupService;
import nl.kring.organisation.GroupSummary;
import nl.kring.security.Roles;

/**
 * The groups a person works with: all groups of the organisation for a coordinator (who
 * can add groups here), "my groups" for facilitators and experience experts.
 */
@Route(value = "groepen", layout = MainLayout.class)
@RolesAllowed({Roles.COORDINATOR, Roles.FACILITATOR, Roles.EXPERIENCE_EXPERT})
public class GroupsView extends VerticalLayout implements HasDynamicTitle {

    private final transient GroupService groups;
    private final boolean coordinator;
    final Grid<GroupSummary> grid = new Grid<>();
    final Button newGroup = new Button();

    public GroupsView(GroupService groups, AuthenticationContext authentication) {
        this.groups = groups;
        this.coordinator = authentication.hasRole(Roles.COORDINATOR);
        addClassName("kring-page");
        setSizeFull();

        grid.addColumn(GroupSummary::name).setHeader(getTranslation("groups.name")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(g -> String.join(", ", g.facilitatorNames())).setHeader(getTranslation("groups.facilitators"));
        grid.addColumn(g -> String.join(", ", g.experienceExpertNames()))
                .setHeader(getTranslation("groups.experience-experts"));
        grid.addColumn(GroupSummary::activeParticipants).setHeader(getTranslation("groups.participants"))
                .setFlexGrow(0).setWidth("9rem");
        grid.addItemClickListener(e -> UI.getCurrent().navigate(GroupView.class, e.getItem().id().toString()));
        grid.setEmptyStateText(getTranslation(coordinator ? "groups.empty.coordinator" : "groups.empty.staff"));

        HorizontalLayout header = new HorizontalLayout(new H1(getPageTitleText()));
        header.setWidthFull();
        header.setAlignItems(Alignment.BASELINE);
        if (coordinator) {
            newGroup.setText(getTranslation("groups.new"));
            newGroup.setIcon(VaadinIcon.PLUS.create());
            newGroup.addThemeVariants(ButtonVariant.PRIMARY);
            newGroup.addClickListener(e -> openNewGroupDialog());
            header.add(newGroup);
        }
        add(header, new Paragraph(getTranslation(coordinator ? "groups.intro.coordinator" : "groups.intro.staff")),
                grid);
        refresh();
    }

    void openNewGroupDialog() {
        TextField name = new TextField(getTranslation("groups.name"));
        name.setMaxLength(GroupName.MAX_LENGTH);
        name.setRequiredIndicatorVisible(true);
        TextArea description = new TextArea(getTranslation("groups.description"));
        description.setMaxLength(Group.MAX_DESCRIPTION_LENGTH);
        description.setHelperText(getTranslation("groups.description.help"));
        FormErrors errors = new FormErrors(this).bind("name", name).bind("description", description);
        FormDialog dialog = new FormDialog(getTranslation("groups.new"), getTranslation("action.save"),
                () -> errors.attempt(() -> {
                    GroupSummary created = groups.create(name.getValue(), description.getValue());
                    Notifications.success(getTranslation("groups.created", created.name()));
                    refresh();
                }));
        dialog.with(name, description).open();
        name.focus();
    }

    private void refresh() {
        grid.setItems(groups.listVisible());
    }

    private String getPageTitleText() {
        return getTranslation(coordinator ? "nav.groups" : "nav.my-groups");
    }

    @Override
    public String getPageTitle() {
        return getPageTitleText() + " · Kring";
    }
}
