package nl.kring.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import nl.kring.base.ui.ErrorMessages;
import nl.kring.domain.shared.ConcurrentChangeException;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** What a person is told when something goes wrong: in Dutch, what happened and what to do. */
class ErrorMessagesTest {

    private final KringI18NProvider texts = new KringI18NProvider();

    @Test
    void aDatabaseThatIsAwayIsToldApartFromABug() {
        var outage = new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available",
                        new ConnectException("Connection refused")));
        assertThat(ErrorMessages.isDatabaseOutage(outage)).isTrue();
        assertThat(dutch(outage)).isEqualTo(
                "Kring kan de gegevens nu even niet bereiken. Er is niets verloren. Wacht een minuut en probeer het opnieuw.");
        assertThat(ErrorMessages.isDatabaseOutage(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void everyOtherKindOfErrorHasItsOwnPlainMessageWithoutTechnicalWords() {
        assertThat(dutch(new AccessDeniedException("x"))).isEqualTo("Dat mag je met jouw account niet doen.");
        assertThat(dutch(new ConcurrentChangeException("group", null))).startsWith("Iemand anders heeft dit net gewijzigd.");
        assertThat(dutch(new NullPointerException("boom")))
                .startsWith("Er ging iets mis aan onze kant. Er is niets verloren.")
                .doesNotContain("NullPointer").doesNotContain("boom");
    }

    private String dutch(Throwable error) {
        return texts.getTranslation(ErrorMessages.keyFor(error), Locale.of("nl"), ErrorMessages.argumentsFor(error));
    }
}
