package nl.kring.base;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import nl.kring.domain.organisation.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Every user-facing text comes from {@code i18n/messages*.properties}: Dutch first (the
 * default bundle), English second. A missing key shows as {@code !key!} so it is spotted
 * in tests, never as an exception.
 */
@Component
public class KringI18NProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(KringI18NProvider.class);
    private static final String BUNDLE = "i18n.messages";
    public static final Locale DUTCH = Language.DUTCH.locale();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.DUTCH.locale(), Language.ENGLISH.locale());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Language.of(locale).locale();
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation {} for {}", key, supported);
            return "!" + key + "!";
        }
    }
}
