package org.drillsim.ui.i18n;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The trainer's user-facing text, looked up in the {@code messages_zh_CN} / {@code messages_en} bundles
 * (UTF-8 properties). Chinese is the default; {@link #setLanguage} switches every bound label at once.
 * Views never hold string literals: they call {@link #get}, {@link #format} or bind to {@link #bind}.
 */
public final class Messages {
    /** Chinese (default). */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    /** English. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The languages the trainer ships with, Chinese first. */
    public static final List<Locale> LANGUAGES = List.of(CHINESE, ENGLISH);

    private static final String BUNDLE = "org.drillsim.ui.messages";
    // Without this control a missing key in English would fall back to the JVM's default locale.
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final ObjectProperty<Locale> language = new SimpleObjectProperty<>(this, "language");
    private ResourceBundle bundle;

    /** Messages in {@code locale} (Chinese or English). */
    public Messages(Locale locale) {
        setLanguage(locale);
    }

    /** Parses a {@code --lang} value: {@code zh}, {@code zh-CN}, {@code en}. */
    public static Locale parseLanguage(String tag) {
        if (tag == null || tag.isBlank()) return CHINESE;
        String t = tag.trim().toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.equals("zh-cn") || t.equals("zh_cn") || t.equals("cn")) return CHINESE;
        if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) return ENGLISH;
        throw new IllegalArgumentException("language '" + tag + "': expected zh or en / 语言应为 zh 或 en");
    }

    /** Switches the language; every binding made by {@link #bind} updates. */
    public void setLanguage(Locale locale) {
        Locale target = locale.getLanguage().equals("en") ? ENGLISH : CHINESE;
        bundle = ResourceBundle.getBundle(BUNDLE, target, NO_FALLBACK);
        language.set(target);
    }

    /** The current language. */
    public Locale language() {
        return language.get();
    }

    /** The current language as an observable property. */
    public ObjectProperty<Locale> languageProperty() {
        return language;
    }

    /** True when the interface is in English. */
    public boolean isEnglish() {
        return language.get().getLanguage().equals("en");
    }

    /** The text for {@code key} in the current language; a missing key is a programming error. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalArgumentException("no message '" + key + "' in " + BUNDLE + " for " + language.get(), e);
        }
    }

    /** True when the bundle has {@code key} (for lookups by enum name, e.g. road classes). */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** {@link MessageFormat} of the text for {@code key} with {@code args}, in the current language. */
    public String format(String key, Object... args) {
        return new MessageFormat(get(key), language.get()).format(args);
    }

    /** A binding that follows the language: bind a label's text to it. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> args.length == 0 ? get(key) : format(key, args), language);
    }
}
