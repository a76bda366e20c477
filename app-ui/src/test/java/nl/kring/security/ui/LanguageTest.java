package nl.kring.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import nl.kring.domain.organisation.Language;
import nl.kring.security.AccountService;
import nl.kring.testing.KringBrowserlessTestBase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Dutch is the default; a staff member who chose English gets English, and keeps it. */
class LanguageTest extends KringBrowserlessTestBase {

    @Autowired
    AccountService accounts;

    @Test
    @WithUserDetails("a-other")
    void aChosenLanguageIsKeptWithTheAccount() {
        navigate("groepen", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Mijn groepen");

        accounts.setLanguage(Language.ENGLISH);
        assertThat(accounts.language()).isEqualTo(Language.ENGLISH);
        UI.getCurrent().setLocale(Language.ENGLISH.locale());
        navigate("over", Component.class); // a fresh view, as after the reload the menu does
        navigate("groepen", Component.class);
        assertThat($(H1.class).first().getText()).isEqualTo("My groups");
        accounts.setLanguage(Language.DUTCH);
    }
}
