package nl.kring.session.ui;

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

/**
 * The privacy notice for participants, in plain Dutch (B1), linked from every step of the
 * join page: what Kring keeps about them, who sees it, for how long, and whom to ask.
 * Open to everyone (a participant has no account). The organisation's own processing
 * description for its privacy officer is docs/privacy.md; this page says the same in short.
 */
@Route(value = "privacyverklaring", autoLayout = false)
@AnonymousAllowed
public class PrivacyNoticeView extends VerticalLayout implements HasDynamicTitle {

    /** The sections of the notice, each a heading and its sentences, in the order read. */
    private static final String[][] SECTIONS = {
            {"who", "who.text"},
            {"what", "what.name", "what.named", "what.anonymous", "what.photo"},
            {"see", "see.leaders", "see.private"},
            {"how-long", "how-long.content", "how-long.name"},
            {"rights", "rights.ask", "rights.nothing-else"}};

    public PrivacyNoticeView() {
        addClassNames("kring-tablet", "kring-privacy-notice");
        getElement().setAttribute("role", "main");
        setMaxWidth("44rem");
        add(new H1(getTranslation("join.privacy.title")), new Paragraph(getTranslation("join.privacy.intro")));
        for (String[] section : SECTIONS) {
            add(new H2(getTranslation("join.privacy." + section[0])));
            UnorderedList sentences = new UnorderedList();
            for (int i = 1; i < section.length; i++) {
                sentences.add(new ListItem(getTranslation("join.privacy." + section[i])));
            }
            add(sentences);
        }
        Anchor back = new Anchor("join", getTranslation("join.privacy.back"));
        back.addClassName("kring-big-link");
        add(back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.privacy.title") + " · Kring";
    }
}
