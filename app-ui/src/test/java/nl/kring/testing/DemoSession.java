package nl.kring.testing;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The demo facilitator starting the demo group's planned session in a real browser, as the README describes. */
public final class DemoSession {

    private DemoSession() {
    }

    /** Signs in as {@code gespreksleider} at {@code baseUrl}, starts "Volgende bijeenkomst" and returns its join code. */
    public static String start(Page console, String baseUrl) {
        console.navigate(baseUrl + "/login");
        console.locator("input[name=username]").fill("gespreksleider");
        console.locator("input[name=password]").fill("kring-demo");
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden")).click();
        console.waitForURL(url -> !url.contains("/login"));
        console.getByText("Dinsdagkring De Linde").click();
        console.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Volgende bijeenkomst"))
                .click();
        console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start de bijeenkomst")).click();
        Locator code = console.locator(".kring-join-code");
        code.waitFor(new Locator.WaitForOptions().setTimeout(10_000));
        return code.innerText().replace(" ", "");
    }
}
