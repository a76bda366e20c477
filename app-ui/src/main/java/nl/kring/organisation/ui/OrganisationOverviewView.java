package nl.kring.organisation.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.text.NumberFormat;
import nl.kring.base.ui.MainLayout;
import nl.kring.organisation.OrganisationOverview;
import nl.kring.organisation.OrganisationOverviewService;
import nl.kring.security.Roles;

/** The coordinator's start page: the organisation in figures. */
@Route(value = "overzicht", layout = MainLayout.class)
@RolesAllowed(Roles.COORDINATOR)
public class OrganisationOverviewView extends VerticalLayout implements HasDynamicTitle {

    final Grid<OrganisationOverview.GroupAttendance> attendance = new Grid<>();

    public OrganisationOverviewView(OrganisationOverviewService service) {
        addClassName("kring-page");
        OrganisationOverview overview = service.overview();
        FlexLayout figures = new FlexLayout(
                figure(overview.groups(), "overview.groups"),
                figure(overview.activeParticipants(), "overview.participants"),
                figure(overview.staff(), "overview.staff"));
        figures.addClassName("kring-figures");
        figures.setFlexWrap(FlexLayout.FlexWrap.WRAP);

        NumberFormat percent = NumberFormat.getPercentInstance(getLocale());
        attendance.addColumn(OrganisationOverview.GroupAttendance::groupName)
                .setHeader(getTranslation("overview.group")).setFlexGrow(2);
        attendance.addColumn(OrganisationOverview.GroupAttendance::sessionsHeld)
                .setHeader(getTranslation("overview.sessions-held"));
        attendance.addColumn(a -> percent.format(a.attendanceRate()))
                .setHeader(getTranslation("overview.attendance-rate"));
        attendance.setItems(overview.attendance());
        attendance.setAllRowsVisible(true);

        add(new H1(overview.organisationName()), figures, new H2(getTranslation("overview.attendance")));
        if (overview.attendance().isEmpty()) {
            add(new Paragraph(getTranslation("overview.no-sessions")));
        } else {
            add(attendance);
        }
    }

    private Div figure(int value, String labelKey) {
        Span number = new Span(String.valueOf(value));
        number.addClassName("kring-figure-number");
        Span label = new Span(getTranslation(labelKey));
        Div figure = new Div(number, label);
        figure.addClassName("kring-figure");
        return figure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.overview") + " · Kring";
    }
}
