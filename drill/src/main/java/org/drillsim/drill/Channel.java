package org.drillsim.drill;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/** How a message reaches a seat: the channels of a Chinese tabletop drill, and the reports of the seat's own units. */
public enum Channel {
    /** 电话 */
    PHONE("phone", "电话"),
    /** 短信 */
    SMS("sms", "短信"),
    /** 新闻/微博 */
    NEWS("news", "新闻/微博"),
    /** 情况通报 */
    BRIEFING("briefing", "情况通报"),
    /** 单位报告: what the seat's own units report (never sent by the controller). */
    UNIT_REPORT("unit-report", "单位报告");

    private final String id;
    private final String zh;

    Channel(String id, String zh) {
        this.id = id;
        this.zh = zh;
    }

    /** Wire id, e.g. {@code phone}. */
    @JsonValue
    public String id() {
        return id;
    }

    /** Chinese label. */
    public String zh() {
        return zh;
    }

    /** Parses the wire id or the Chinese label ({@code 电话}, {@code 微博} …). */
    @JsonCreator
    public static Channel parse(String s) {
        if (s == null) throw new IllegalArgumentException("channel missing / 未指定渠道");
        String t = s.trim().toLowerCase(Locale.ROOT);
        for (Channel c : values()) {
            if (c.id.equals(t) || c.zh.equals(s.trim()) || (c == NEWS && (t.equals("新闻") || t.equals("微博")))) return c;
        }
        throw new IllegalArgumentException("unknown channel '" + s + "' / 未知渠道：应为 电话、短信、新闻/微博、情况通报");
    }
}
