package nl.kring.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import nl.kring.attendance.ui.AttendanceView;
import nl.kring.attendance.ui.FollowUpView;
import nl.kring.attendance.ui.PrivacyView;
import nl.kring.domain.organisation.Language;
import nl.kring.organisation.ui.GroupsView;
import nl.kring.organisation.ui.OrganisationOverviewView;
import nl.kring.organisation.ui.PlatformView;
import nl.kring.organisation.ui.StaffView;
import nl.kring.preparation.ui.PreparationView;
import nl.kring.security.AccountService;
import nl.kring.security.Roles;
import nl.kring.security.StaffPrincipal;
import nl.kring.security.ui.ChangePasswordView;
import nl.kring.session.ui.ProgrammesView;

/**
 * The frame around every staff page: the navigation fits the role, the menu holds the
 * person's own settings (password, language) and sign-out. Works from a 768 px tablet up:
 * below that the navigation folds into the drawer.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    private final AuthenticationContext authentication;
    private final AccountService accounts;

    public MainLayout(AuthenticationContext authentication, AccountService accounts) {
        this.authentication = authentication;
        this.accounts = accounts;
        setPrimarySection(Section.DRAWER);
        if (authentication.isAuthenticated()) {
            addToNavbar(new DrawerToggle(), title(), userMenu());
            addToDrawer(brand(), navigation());
        } else {
            // the About page is open to everyone: show no staff navigation there
            Anchor signIn = new Anchor("login", getTranslation("login.sign-in"));
            signIn.addClassName("kring-navbar-end");
            addToNavbar(title(), signIn);
            setDrawerOpened(false);
        }
    }

    private Span title() {
        Span title = new Span("Kring");
        title.addClassName("kring-navbar-title");
        return title;
    }

    private Span brand() {
        Span brand = new Span("Kring");
        brand.addClassName("kring-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        if (authentication.hasRole(Roles.PLATFORM_ADMIN)) {
            // a platform administrator sees the organisations, never anything inside one
            nav.addItem(new SideNavItem(getTranslation("nav.platform"), PlatformView.class,
                    VaadinIcon.BUILDING.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.about"), AboutView.class, VaadinIcon.INFO_CIRCLE.create()));
            return nav;
        }
        if (authentication.hasRole(Roles.COORDINATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.overview"), OrganisationOverviewView.class,
                    VaadinIcon.DASHBOARD.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.groups"), GroupsView.class, VaadinIcon.USERS.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.staff"), StaffView.class, VaadinIcon.USER_CARD.create()));
        } else {
            nav.addItem(new SideNavItem(getTranslation("nav.my-groups"), GroupsView.class, VaadinIcon.USERS.create()));
        }
        if (authentication.hasRole(Roles.COORDINATOR) || authentication.hasRole(Roles.FACILITATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.attendance"), AttendanceView.class,
                    VaadinIcon.CHART.create()));
            nav.addItem(new SideNavItem(getTranslation("nav.follow-up"), FollowUpView.class,
                    VaadinIcon.PHONE.create()));
        }
        if (authentication.hasRole(Roles.COORDINATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.privacy"), PrivacyView.class,
                    VaadinIcon.SHIELD.create()));
        }
        if (authentication.hasRole(Roles.COORDINATOR) || authentication.hasRole(Roles.FACILITATOR)) {
            nav.addItem(new SideNavItem(getTranslation("nav.programmes"), ProgrammesView.class,
                    VaadinIcon.BOOK.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.preparation"), PreparationView.class,
                VaadinIcon.LIGHTBULB.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.about"), AboutView.class, VaadinIcon.INFO_CIRCLE.create()));
        return nav;
    }

    private HorizontalLayout userMenu() {
        String name = authentication.getAuthenticatedUser(StaffPrincipal.class).map(StaffPrincipal::name).orElse("");
        MenuBar menu = new MenuBar();
        menu.addThemeVariants(MenuBarVariant.TERTIARY);
        menu.getElement().setAttribute("aria-label", getTranslation("menu.account"));
        MenuItem me = menu.addItem(name);
        me.addClassName("kring-user-menu");
        SubMenu sub = me.getSubMenu();
        sub.addItem(getTranslation("menu.change-password"), e -> UI.getCurrent().navigate(ChangePasswordView.class));
        MenuItem language = sub.addItem(getTranslation("menu.language"));
        language.getSubMenu().addItem("Nederlands", e -> switchTo(Language.DUTCH));
        language.getSubMenu().addItem("English", e -> switchTo(Language.ENGLISH));
        sub.addItem(getTranslation("menu.logout"), e -> authentication.logout());
        // a phone or a community-centre laptop still signed in: every device signs out within seconds
        sub.addItem(getTranslation("menu.logout-everywhere"), e -> {
            accounts.signOutEverywhere();
            authentication.logout();
        });
        HorizontalLayout wrapper = new HorizontalLayout(menu);
        wrapper.setAlignItems(FlexComponent.Alignment.CENTER);
        wrapper.addClassName("kring-navbar-end");
        return wrapper;
    }

    private void switchTo(Language language) {
        accounts.setLanguage(language);
        VaadinSession.getCurrent().setLocale(language.locale());
        // every text on the page was rendered in the old language: load it afresh
        UI.getCurrent().getPage().reload();
    }
}
