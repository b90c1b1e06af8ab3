package org.drillsim.exporters.text;

import org.drillsim.exporters.text.Language;

import java.util.Objects;

/**
 * A bilingual piece of text: Chinese and English. Every label shown in a report is one of these,
 * so one document renders in either language.
 *
 * @param zh the Chinese text (never null)
 * @param en the English text (never null)
 */
public record Text(String zh, String en) {
    /** The empty text. */
    public static final Text EMPTY = new Text("", "");

    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    /** A label with its Chinese and English wording. */
    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** Text that reads the same in both languages (numbers, names, identifiers, scenario text). */
    public static Text same(String text) {
        return new Text(text, text);
    }

    /** The wording in the given language. */
    public String in(Language language) {
        return language == Language.EN ? en : zh;
    }

    /** Both wordings, Chinese first, e.g. {@code 达标 / pass}; just one when they are equal. */
    public String both() {
        return zh.equals(en) ? zh : zh + " / " + en;
    }

    /** True when both wordings are empty. */
    public boolean isEmpty() {
        return zh.isEmpty() && en.isEmpty();
    }
}
