package org.drillsim.exporters.text;

import java.util.Locale;

/** The language a report is written in: Chinese first (the default), English second. */
public enum Language {
    /** 简体中文 (zh-CN), the default. */
    ZH("zh-CN", Locale.SIMPLIFIED_CHINESE),
    /** English. */
    EN("en", Locale.ENGLISH);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    /** The BCP 47 tag, e.g. {@code zh-CN}, for HTML {@code lang} and document properties. */
    public String tag() {
        return tag;
    }

    /** The matching Java locale. */
    public Locale locale() {
        return locale;
    }

    /**
     * Parses a user's choice: {@code zh}, {@code zh-CN}, {@code cn}, {@code en}, {@code en-US} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and what is accepted
     */
    public static Language parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.equals("zh") || v.startsWith("zh-") || v.equals("cn") || v.equals("中文")) {
            return ZH;
        }
        if (v.equals("en") || v.startsWith("en-") || v.equals("english")) {
            return EN;
        }
        throw new IllegalArgumentException("语言无效 / unknown language '" + value + "': expected zh or en");
    }
}
