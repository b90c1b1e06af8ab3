package org.drillsim.format.model;

import java.util.List;

/**
 * The warning the plan issues (预警发布).
 *
 * @param level    blue, yellow, orange or red (蓝/黄/橙/红)
 * @param area     the area warned, as the plan words it
 * @param channels channels, e.g. sms, tv, radio, siren, wechat
 * @param atHours  when the automatic plan issues it, hours from the start; default the alert delay
 */
@Doc("Warning (预警): level, area, channels")
public record WarningPlan(
        @Doc("blue | yellow | orange | red") String level,
        @Doc("area warned") String area,
        @Opt @Doc("channels (sms, tv, radio, siren, wechat …)") List<String> channels,
        @Opt @Range(min = 0, max = 720) @Doc("hours from the start; default the alert delay") Double atHours) {

    /** The warning levels, lowest first. */
    public static final List<String> LEVELS = List.of("blue", "yellow", "orange", "red");

    public WarningPlan {
        channels = channels == null ? List.of() : List.copyOf(channels);
    }
}
