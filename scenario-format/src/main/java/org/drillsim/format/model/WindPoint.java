package org.drillsim.format.model;

/**
 * Wind from a time on (held until the next point).
 *
 * @param atMinutes        minutes from scenario start
 * @param speedMPerS       wind speed at 10 m, m/s
 * @param fromDirectionDeg direction the wind blows FROM, degrees clockwise from north, [0, 360)
 * @param cloudCoverTenths total cloud cover from this time on, tenths (chemical plumes' stability); null = unchanged
 */
@Doc("Wind from a time on: speed and direction it blows from")
public record WindPoint(
        @Range(min = 0, max = 525_600) @Doc("minutes from scenario start") double atMinutes,
        @Range(min = 0, max = 60) @Doc("wind speed at 10 m, m/s") double speedMPerS,
        @Range(min = 0, max = 360, maxExclusive = true) @Doc("direction the wind blows FROM, degrees clockwise from north, [0, 360)") double fromDirectionDeg,
        @Opt @Range(min = 0, max = 10) @Doc("total cloud cover from this time on, tenths (stability of chemical plumes); default unchanged") Double cloudCoverTenths) {
}
