package nl.kring.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Set;
import nl.kring.base.DatabaseWatch;
import nl.kring.base.KringI18NProvider;
import nl.kring.security.AccountService;
import nl.kring.security.CurrentStaff;
import nl.kring.security.ui.ChangePasswordView;
import nl.kring.security.ui.LoginView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Per Vaadin session and UI: the language (Dutch unless the person chose English), the
 * friendly error handling (never a stack trace), and the rule that a first password must
 * be changed before anything else.
 */
@Component
class KringServiceInitListener implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(KringServiceInitListener.class);
    private static final String PASSWORD_CHECKED = "kring.password-checked";
    /** Pages that someone with a first password may still open. */
    private static final Set<Class<?>> OPEN_WITH_FIRST_PASSWORD = Set.of(ChangePasswordView.class, LoginView.class,
            AboutView.class);

    private static final String CONNECTED_AGAIN = "const c = window.Vaadin && window.Vaadin.connectionState;"
            + " if (c && c.state === 'reconnecting') { c.state = 'connected'; }"
            // a tablet's outbox (session/ui/activity/outbox.js) sends what waits, if anything does
            + " if (window.kringOutbox) { window.kringOutbox.flushIfWaiting(); }";

    private final CurrentStaff currentStaff;
    private final AccountService accounts;
    private final DatabaseWatch databaseWatch;

    KringServiceInitListener(CurrentStaff currentStaff, AccountService accounts, DatabaseWatch databaseWatch) {
        this.currentStaff = currentStaff;
        this.accounts = accounts;
        this.databaseWatch = databaseWatch;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> systemMessages(info.getLocale()));
        event.getSource().addSessionInitListener(init -> {
            init.getSession().setLocale(KringI18NProvider.DUTCH);
            init.getSession().setErrorHandler(error -> showFriendly(error.getThrowable()));
        });
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            // from the account, not the principal: the principal is a snapshot taken at sign-in
            if (currentStaff.find().isPresent()) {
                Locale chosen = accounts.language().locale();
                ui.setLocale(chosen);
                ui.getSession().setLocale(chosen);
            }
            // calm words instead of a technical message when a tablet's Wi-Fi drops
            ui.getReconnectDialogConfiguration().setDialogText(ui.getTranslation("connection.reconnecting"));
            ui.getReconnectDialogConfiguration().setDialogTextGaveUp(ui.getTranslation("connection.gave-up"));
            ui.getReconnectDialogConfiguration().setReconnectAttempts(10_000);
            // every 2 s instead of Vaadin's 5 s: a tablet is back sooner after Kring restarts,
            // and a failed try costs one small request (scenario 1 in docs/reliability.md)
            ui.getReconnectDialogConfiguration().setReconnectInterval(2_000);
            // The push connection retries on its own clock (Atmosphere's, 5 s in Vaadin's client);
            // after a restart it is that retry that finds the new Kring and reloads the page, so it
            // follows the same 2 s (measured: pages reloaded 3.8 s after Kring was ready, before)
            ui.getPushConfiguration().setParameter("reconnectInterval", "2000");
            DatabaseBanner.addTo(ui, databaseWatch);
            // After a real network cut Vaadin's client can keep saying "reconnecting" although
            // messages flow again (docs/reliability.md, scenario 2). A heartbeat that reaches us
            // proves the way here; this answer, arriving, proves the way back.
            ui.addHeartbeatListener(beat -> ui.getPage().executeJs(CONNECTED_AGAIN));
            ui.addBeforeEnterListener(this::requireOwnPassword);
        });
    }

    /**
     * Vaadin's own messages, for what goes wrong below Kring's pages. A lost message after a
     * network cut ("synchronisation error") reloads the page by itself instead of asking, in
     * English, for a click that a participant would not understand: the reload brings the tablet
     * back to its step, and its outbox sends again what waits (DeliveryIT saw a tablet stuck on
     * that box). The rest are in the person's language.
     */
    static SystemMessages systemMessages(Locale locale) {
        Locale language = locale == null ? KringI18NProvider.DUTCH : locale;
        KringI18NProvider texts = new KringI18NProvider();
        CustomizedSystemMessages messages = new CustomizedSystemMessages();
        messages.setSyncErrorNotificationEnabled(false);
        messages.setSessionExpiredNotificationEnabled(false);
        messages.setInternalErrorCaption(texts.getTranslation("system.internal-error.caption", language));
        messages.setInternalErrorMessage(texts.getTranslation("system.internal-error.message", language));
        messages.setCookiesDisabledCaption(texts.getTranslation("system.cookies-disabled.caption", language));
        messages.setCookiesDisabledMessage(texts.getTranslation("system.cookies-disabled.message", language));
        return messages;
    }

    private void requireOwnPassword(BeforeEnterEvent event) {
        VaadinSession session = VaadinSession.getCurrent();
        if (currentStaff.find().isEmpty() || currentStaff.signedInWithOrganisationAccount()
                || OPEN_WITH_FIRST_PASSWORD.contains(event.getNavigationTarget())
                || Boolean.TRUE.equals(session.getAttribute(PASSWORD_CHECKED))) {
            return;
        }
        if (accounts.mustChangePassword()) {
            event.rerouteTo(ChangePasswordView.class);
        } else {
            session.setAttribute(PASSWORD_CHECKED, Boolean.TRUE);
        }
    }

    private static void showFriendly(Throwable error) {
        String key = ErrorMessages.keyFor(error);
        if ("error.unexpected".equals(key)) {
            log.error("Unexpected error in the UI", error);
        } else {
            log.info("Shown to the user as {}: {}", key, error.toString());
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Locale locale = ui.getLocale();
            Notifications.error(ui.getTranslation(locale, key, ErrorMessages.argumentsFor(error)));
        }
    }
}
