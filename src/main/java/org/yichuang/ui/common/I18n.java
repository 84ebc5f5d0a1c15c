package org.yichuang.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The UI's texts from {@code org/yichuang/ui/messages*.properties}, zh-CN first. */
public final class I18n {
    private final ResourceBundle bundle;
    private final Locale locale;

    public I18n(Locale locale) {
        this.locale = locale;
        // No fallback to the machine's default locale: a zh-CN hall on an English OS still reads Chinese.
        this.bundle = ResourceBundle.getBundle("org.yichuang.ui.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public String get(String key, Object... args) {
        try {
            String text = bundle.getString(key);
            return args.length == 0 ? text : new MessageFormat(text, locale).format(args);
        } catch (MissingResourceException e) {
            return "!" + key + "!"; // visible in the UI, and LocalisationConsistencyTest fails on it
        }
    }

    public Locale locale() {
        return locale;
    }
}
