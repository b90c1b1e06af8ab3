package org.drillsim.runformat;

/**
 * A text in Chinese and English, as the run files store labels and notes: {@code {"zh": …, "en": …}}.
 *
 * @param zh Chinese
 * @param en English
 */
public record Bilingual(String zh, String en) {
    /** Empty text. */
    public static final Bilingual EMPTY = new Bilingual("", "");
}
