package nl.kring.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The accessibility statement (toegankelijkheidsverklaring), open to everyone. Its figures
 * come from {@code accessibility/checked.txt}: the screens the test suite checks with axe-core
 * at every build, which {@code ParticipantScreensAccessibilityIT} compares with what it really
 * checked, so the page cannot claim a check that no longer runs. An organisation that uses Kring
 * copies these facts into its own statement at digitoegankelijk.nl.
 */
@Route(value = "toegankelijkheid", layout = MainLayout.class)
@AnonymousAllowed
public class AccessibilityStatementView extends VerticalLayout implements HasDynamicTitle {

    /** What the suite checked: a first line "# axe-core VERSION", then "impacts | screen" per check. */
    record Checks(String axeVersion, List<String> participantScreens, List<String> staffScreens) {

        static Checks read() {
            try (InputStream in = AccessibilityStatementView.class.getResourceAsStream("/accessibility/checked.txt")) {
                if (in == null) {
                    throw new IllegalStateException("accessibility/checked.txt is missing from the jar");
                }
                List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank()).toList();
                String version = lines.getFirst().replace("# axe-core", "").strip();
                List<String> checks = lines.stream().skip(1).toList();
                return new Checks(version, screens(checks, true), screens(checks, false));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> screens(List<String> checks, boolean serious) {
            return checks.stream().filter(line -> line.startsWith("serious") == serious)
                    .map(line -> line.substring(line.indexOf('|') + 1).strip()).toList();
        }
    }

    public AccessibilityStatementView() {
        addClassName("kring-page");
        setMaxWidth("60rem");
        Checks checks = Checks.read();
        add(new H1(getTranslation("accessibility.title")),
                new Paragraph(getTranslation("accessibility.intro")),
                new H2(getTranslation("accessibility.status.title")),
                new Paragraph(getTranslation("accessibility.status.text")),
                new H2(getTranslation("accessibility.checked.title")),
                new Paragraph(getTranslation("accessibility.checked.text", checks.axeVersion(),
                        checks.participantScreens().size(), checks.staffScreens().size())),
                list("accessibility.also.", 5),
                new H2(getTranslation("accessibility.limits.title")),
                list("accessibility.limit.", 4),
                new H2(getTranslation("accessibility.contact.title")),
                new Paragraph(getTranslation("accessibility.contact.text")),
                new Anchor("https://www.digitoegankelijk.nl", "www.digitoegankelijk.nl"),
                screens("accessibility.list.participant", checks.participantScreens()),
                screens("accessibility.list.staff", checks.staffScreens()));
    }

    private UnorderedList list(String prefix, int count) {
        UnorderedList list = new UnorderedList();
        for (int i = 1; i <= count; i++) {
            list.add(new ListItem(getTranslation(prefix + i)));
        }
        return list;
    }

    private Details screens(String summaryKey, List<String> screens) {
        UnorderedList list = new UnorderedList();
        screens.forEach(screen -> list.add(new ListItem(screen)));
        return new Details(getTranslation(summaryKey, screens.size()), list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accessibility.title") + " · Kring";
    }
}
