package nl.kring.testing;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The demo facilitator starting the demo group's planned session in a real browser, as the README describes. */
public final class DemoSession {

    private DemoSession() {
    }

    /** Signs in with a demo login (password kring-demo) and waits until the sign-in page is left. */
    public static Page signIn(Page page, String baseUrl, String username) {
        return signIn(page, baseUrl, username, true);
    }

    /**
     * Signs in with the demo password; {@code staySignedIn} ticks "Aangemeld blijven", as a
     * facilitator does on their own laptop (a console then comes back by itself after a restart).
     */
    public static Page signIn(Page page, String baseUrl, String username, boolean staySignedIn) {
        page.navigate(baseUrl + "/login");
        page.locator("input[name=username]").fill(username);
        page.locator("input[name=password]").fill("kring-demo");
        if (staySignedIn) {
            page.getByText("Aangemeld blijven", new Page.GetByTextOptions().setExact(true)).click();
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        page.waitForURL(url -> !url.contains("/login"));
        return page;
    }

    /** A tablet opens the join address of {@code joinCode} and taps {@code name}. */
    public static Page join(Page tablet, String baseUrl, String joinCode, String name) {
        tablet.navigate(baseUrl + "/join/" + joinCode);
        tablet.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
        return tablet;
    }

    /** Signs in as {@code gespreksleider} at {@code baseUrl}, starts "Volgende bijeenkomst" and returns its join code. */
    public static String start(Page console, String baseUrl) {
        signIn(console, baseUrl, "gespreksleider");
        console.getByText("Dinsdagkring De Linde").click();
        console.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Volgende bijeenkomst"))
                .click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start de bijeenkomst")).click();
        Locator code = console.locator(".kring-join-code");
        code.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        return code.innerText().replace(" ", "");
    }
}
