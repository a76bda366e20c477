package nl.kring.session.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import java.util.function.Supplier;
import nl.kring.domain.organisation.PersonName;
import nl.kring.domain.session.JoinCode;
import nl.kring.domain.session.TabletToken;
import nl.kring.domain.shared.InvalidValueException;
import nl.kring.session.JoinCodeThrottledException;
import nl.kring.session.JoinableSession;
import nl.kring.session.LiveSnapshot.RosterName;
import nl.kring.session.TabletService;
import nl.kring.session.TabletState;

/**
 * Joining from a tablet, without an account: type the code (large keys, case and spaces
 * do not matter) or scan the QR code that opens {@code /join/CODE}; then tap your name,
 * or "Ik ben nieuw" and type your first name. A tablet that already joined the live
 * session goes straight back to it (rejoin cookie).
 */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
public class JoinView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    /** The keys of the on-screen keyboard: the join-code alphabet, letters first. */
    static final String KEYS = JoinCode.ALPHABET;

    private final transient TabletService tablets;
    private JoinableSession joinable;

    final H1 heading = new H1();
    final Paragraph explanation = new Paragraph();
    final Paragraph error = new Paragraph();
    final TextField code = new TextField();
    final Button next = new Button();
    final Div keys = new Div();
    final Div names = new Div();
    final Button newcomer = new Button();

    public JoinView(TabletService tablets) {
        this.tablets = tablets;
        addClassNames("kring-tablet", "kring-join");
        getElement().setAttribute("role", "main");
        setAlignItems(Alignment.CENTER);
        error.addClassName("kring-tablet-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String typed) {
        Optional<TabletToken> token = TabletCookie.read();
        Optional<TabletState> state = token.flatMap(tablets::find);
        boolean sameSession = state.isPresent() && !state.get().ended()
                && (typed == null || JoinCode.parse(typed).equals(Optional.ofNullable(state.get().joinCode())));
        if (sameSession) {
            event.forwardTo(ParticipantView.class);
            return;
        }
        showCodeStep();
        if (typed != null && !typed.isBlank()) {
            code.setValue(typed);
            lookUp();
        }
    }

    private void showCodeStep() {
        removeAll();
        joinable = null;
        heading.setText(getTranslation("join.title"));
        explanation.setText(getTranslation("join.explanation"));
        code.setLabel(getTranslation("join.code"));
        code.addClassName("kring-code-field");
        code.setMaxLength(12);
        code.setAllowedCharPattern("[A-Za-z0-9 \\-]");
        code.getElement().setAttribute("autocapitalize", "characters");
        code.getElement().setAttribute("autocomplete", "off");
        code.getElement().setAttribute("spellcheck", "false");
        code.addKeyPressListener(Key.ENTER, e -> lookUp());
        next.setText(getTranslation("join.next"));
        next.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        next.addClassName("kring-big-button");
        next.addClickListener(e -> lookUp());
        keys.removeAll();
        keys.addClassName("kring-keys");
        for (char key : KEYS.toCharArray()) {
            Button button = new Button(String.valueOf(key), e -> type(key));
            button.addClassName("kring-key");
            keys.add(button);
        }
        Button erase = new Button(getTranslation("join.erase"), e -> erase());
        erase.addClassNames("kring-key", "kring-key-wide");
        keys.add(erase);
        add(heading, explanation, code, error, next, keys, privacyLink());
    }

    /** "Wat bewaart Kring over mij?": the privacy notice, on every step of joining. */
    private Anchor privacyLink() {
        Anchor link = new Anchor("privacyverklaring", getTranslation("join.privacy.link"));
        link.addClassName("kring-privacy-link");
        return link;
    }

    private void type(char key) {
        String current = code.getValue().replaceAll("\\s", "");
        if (current.length() < JoinCode.LENGTH) {
            code.setValue(current + key);
        }
        error.setVisible(false);
    }

    private void erase() {
        String current = code.getValue().replaceAll("\\s", "");
        code.setValue(current.isEmpty() ? "" : current.substring(0, current.length() - 1));
    }

    void lookUp() {
        try {
            Optional<JoinableSession> found = tablets.open(code.getValue(), clientAddress());
            if (found.isEmpty()) {
                showError(getTranslation("join.wrong-code"));
                return;
            }
            if (!found.get().open()) {
                showError(getTranslation("join.closed"));
                return;
            }
            showNames(found.get());
        } catch (JoinCodeThrottledException e) {
            showError(getTranslation("join.throttled"));
        }
    }

    private void showNames(JoinableSession session) {
        joinable = session;
        removeAll();
        error.setVisible(false);
        heading.setText(getTranslation("join.who"));
        explanation.setText(getTranslation("join.who.explanation", session.title()));
        names.removeAll();
        names.addClassName("kring-names");
        for (RosterName person : session.roster()) {
            Button name = new Button(person.name(), e -> choose(person));
            name.addClassName("kring-name-button");
            names.add(name);
        }
        newcomer.setText(getTranslation("join.newcomer"));
        newcomer.addClassNames("kring-big-button", "kring-newcomer-button");
        newcomer.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
        newcomer.addClickListener(e -> showNewcomerStep());
        add(heading, explanation, error, names, newcomer, privacyLink());
    }

    private void choose(RosterName person) {
        attempt(() -> tablets.chooseName(joinable.code(), person.id(), TabletCookie.read()));
    }

    private void showNewcomerStep() {
        removeAll();
        heading.setText(getTranslation("join.newcomer.title"));
        explanation.setText(getTranslation("join.newcomer.explanation"));
        TextField firstName = new TextField(getTranslation("join.first-name"));
        firstName.setMaxLength(PersonName.MAX_LENGTH);
        firstName.addClassName("kring-tablet-field");
        firstName.getElement().setAttribute("autocapitalize", "words");
        Button go = new Button(getTranslation("join.next"), e -> attempt(
                () -> tablets.arriveAsNewcomer(joinable.code(), firstName.getValue(), TabletCookie.read())));
        go.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.LARGE);
        go.addClassName("kring-big-button");
        firstName.addKeyPressListener(Key.ENTER, e -> go.click());
        Button back = new Button(getTranslation("join.back"), e -> showNames(joinable));
        back.addClassName("kring-big-button");
        error.setVisible(false);
        add(heading, explanation, firstName, error, new HorizontalLayout(back, go), privacyLink());
        firstName.focus();
    }

    /** Runs a join step; on success the tablet keeps its token and follows the session. */
    private void attempt(Supplier<TabletToken> join) {
        try {
            TabletCookie.write(join.get());
            UI.getCurrent().navigate(ParticipantView.class);
        } catch (InvalidValueException e) {
            if ("validation.join-code-expired".equals(e.messageKey())) {
                showCodeStep();
            }
            showError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void showError(String text) {
        error.setText(text);
        error.setVisible(true);
    }

    private static String clientAddress() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null || session.getBrowser() == null ? "unknown" : session.getBrowser().getAddress();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.page-title");
    }
}
