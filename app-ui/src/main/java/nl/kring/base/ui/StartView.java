package nl.kring.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import nl.kring.organisation.ui.GroupsView;
import nl.kring.organisation.ui.OrganisationOverviewView;
import nl.kring.organisation.ui.PlatformView;
import nl.kring.security.Roles;

/** The address "/" sends each role to the start page that fits it. */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class StartView extends Div implements BeforeEnterObserver {

    private final transient AuthenticationContext authentication;

    public StartView(AuthenticationContext authentication) {
        this.authentication = authentication;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.hasRole(Roles.PLATFORM_ADMIN)) {
            event.forwardTo(PlatformView.class);
        } else if (authentication.hasRole(Roles.COORDINATOR)) {
            event.forwardTo(OrganisationOverviewView.class);
        } else {
            event.forwardTo(GroupsView.class);
        }
    }
}
