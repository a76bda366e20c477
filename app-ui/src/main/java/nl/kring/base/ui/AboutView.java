package nl.kring.base.ui;

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
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.info.BuildProperties;

/** What Kring is and where its content comes from: both Movisie publications are credited. */
@Route(value = "over", layout = MainLayout.class)
@AnonymousAllowed
public class AboutView extends VerticalLayout implements HasDynamicTitle {

    public AboutView(ObjectProvider<BuildProperties> build) {
        addClassName("kring-page");
        setMaxWidth("60rem");
        add(new H1(getTranslation("about.title")), new Paragraph(getTranslation("about.intro")),
                new H2(getTranslation("about.sources.title")), new Paragraph(getTranslation("about.sources.intro")));
        UnorderedList sources = new UnorderedList(
                new ListItem(getTranslation("about.source.in-gesprek")),
                new ListItem(getTranslation("about.source.spelen")));
        add(sources, new Paragraph(getTranslation("about.sources.credit")),
                new Anchor("https://www.movisie.nl", "www.movisie.nl"),
                new H2(getTranslation("about.help.title")), new Paragraph(getTranslation("about.help.text")));
        // for an IT department: which version runs, under which licence, and the documents to sign off
        String version = build.stream().map(BuildProperties::getVersion).findFirst().orElse("?");
        UnorderedList documents = new UnorderedList(
                new ListItem(new Anchor("privacyverklaring", getTranslation("about.documents.privacy"))),
                new ListItem(new Anchor("toegankelijkheid", getTranslation("about.documents.accessibility"))));
        add(new H2(getTranslation("about.documents.title")),
                new Paragraph(getTranslation("about.documents.version", version)), documents);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("about.title") + " · Kring";
    }
}
