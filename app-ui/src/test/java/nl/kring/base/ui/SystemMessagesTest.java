package nl.kring.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.SystemMessages;
import java.util.Locale;
import nl.kring.base.KringI18NProvider;
import org.junit.jupiter.api.Test;

/** What Vaadin itself shows when something goes wrong below Kring's pages. */
class SystemMessagesTest {

    @Test
    void aLostMessageReloadsThePageInsteadOfAskingInEnglishForAClick() {
        SystemMessages dutch = KringServiceInitListener.systemMessages(KringI18NProvider.DUTCH);
        // no caption and no message: Vaadin's client reloads the page at once
        assertThat(dutch.getSyncErrorCaption()).isNull();
        assertThat(dutch.getSyncErrorMessage()).isNull();
        assertThat(dutch.getSessionExpiredCaption()).isNull();
        assertThat(dutch.getInternalErrorCaption()).isEqualTo("Er ging iets mis");
        assertThat(dutch.getInternalErrorMessage()).isEqualTo("Tik hier om de pagina opnieuw te laden.");
        assertThat(KringServiceInitListener.systemMessages(Locale.ENGLISH).getCookiesDisabledCaption())
                .isEqualTo("Cookies are off");
    }
}
