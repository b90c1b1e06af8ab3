package org.drillsim.format.model;

/**
 * A text shown to users in Chinese first and English second.
 *
 * @param zh Chinese (zh-CN) text, required
 * @param en English text, optional (falls back to the Chinese)
 */
@Doc("Text in Chinese (zh) and English (en)")
public record LocalizedText(
        @Doc("Chinese (zh-CN) text") String zh,
        @Opt @Doc("English text; defaults to the Chinese") String en) {

    public LocalizedText {
        if (en == null || en.isBlank()) {
            en = zh;
        }
    }

    /** Both languages as "zh / en" (just zh when they are equal). */
    public String both() {
        return zh.equals(en) ? zh : zh + " / " + en;
    }
}
