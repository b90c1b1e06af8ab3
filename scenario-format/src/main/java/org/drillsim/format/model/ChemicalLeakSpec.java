package org.drillsim.format.model;

import java.util.List;

/**
 * A continuous toxic-gas release dispersed as a Gaussian plume.
 *
 * @param id               unique hazard id
 * @param name             display name
 * @param chemical         chemical name from the hazard chemical table (chlorine, ammonia, hydrogen-sulfide, benzene)
 * @param source           release point
 * @param releaseRateGPerS release rate, g/s; null = from the tank's hole
 * @param releaseHeightM   effective release height, m
 * @param startMinutes     release start, minutes from scenario start
 * @param stopMinutes      release end; null = until a hazmat team stops it
 * @param stability        Pasquill–Gifford class for the whole release; null = hour by hour from wind, sun and cloud
 * @param terrain          Briggs rural or urban coefficients
 * @param wind             wind over time (first point at or before startMinutes)
 * @param maxDistanceM     threat zones are computed out to this downwind distance, m
 * @param localHourAtStart local clock time at scenario start, hours; decides the share of people indoors
 * @param startDate        local date at scenario start (ISO yyyy-MM-dd), for the sun's elevation
 * @param utcOffsetHours   local time minus UTC, hours; default 8 (China Standard Time)
 * @param cloudCoverTenths total cloud cover at the start, tenths; default 0 (clear)
 * @param cloudCeilingM    cloud ceiling, m; default 1000 (low cloud: Turner's "below 7000 ft")
 * @param tank             the tank the release comes from (inventory, hole); null = releaseRateGPerS until stopped
 */
@Doc("Toxic gas release (Gaussian plume)")
public record ChemicalLeakSpec(
        @Doc("unique hazard id") String id,
        @Opt LocalizedText name,
        @Doc("chemical: chlorine, ammonia, hydrogen-sulfide, benzene") String chemical,
        @Doc("release point") GeoPoint source,
        @Opt @Range(min = 0.001, max = 1e7) @Doc("release rate, g/s; default: from the tank's hole") Double releaseRateGPerS,
        @Opt @Range(min = 0, max = 300) @Doc("release height, m; default 0 (ground)") Double releaseHeightM,
        @Opt @Range(min = 0, max = 525_600) @Doc("release start, minutes; default 0") Double startMinutes,
        @Opt @Range(min = 0, max = 525_600) @Doc("release end, minutes; default: until a hazmat team stops it") Double stopMinutes,
        @Opt @Doc("Pasquill–Gifford class A–F for the whole release; default: hour by hour from wind speed, the sun's elevation (startDate, localHourAtStart) and cloud cover (Turner's method)") StabilityClass stability,
        @Opt @Doc("Briggs coefficients; default urban") TerrainType terrain,
        @Doc("wind over time; speeds at least 1 m/s (Gaussian plume limit)") List<WindPoint> wind,
        @Opt @Range(min = 100, max = 100_000) @Doc("zones computed out to this downwind distance, m; default 20000") Double maxDistanceM,
        @Opt @Range(min = 0, max = 24) @Doc("local clock time at scenario start, hours (people indoors by day and night); default 12") Double localHourAtStart,
        @Opt @Doc("local date at scenario start, yyyy-MM-dd (the sun's elevation; needed when stability is not given)") String startDate,
        @Opt @Range(min = -12, max = 14) @Doc("local time minus UTC, hours; default 8 (China Standard Time)") Double utcOffsetHours,
        @Opt @Range(min = 0, max = 10) @Doc("total cloud cover at the start, tenths; default 0 (clear sky)") Double cloudCoverTenths,
        @Opt @Range(min = 0, max = 20_000) @Doc("cloud ceiling, m; default 1000 (low cloud, below Turner's 7000 ft)") Double cloudCeilingM,
        @Opt @Doc("the tank: inventory (it empties) and hole (the rate); default: releaseRateGPerS until stopped") TankRelease tank) implements HazardSpec {

    public ChemicalLeakSpec {
        name = name == null ? new LocalizedText("危化品泄漏", "Chemical leak") : name;
        releaseHeightM = releaseHeightM == null ? 0.0 : releaseHeightM;
        startMinutes = startMinutes == null ? 0.0 : startMinutes;
        terrain = terrain == null ? TerrainType.URBAN : terrain;
        wind = List.copyOf(wind);
        maxDistanceM = maxDistanceM == null ? 20_000.0 : maxDistanceM;
        localHourAtStart = localHourAtStart == null ? 12.0 : localHourAtStart;
        utcOffsetHours = utcOffsetHours == null ? 8.0 : utcOffsetHours;
        cloudCoverTenths = cloudCoverTenths == null ? 0.0 : cloudCoverTenths;
        cloudCeilingM = cloudCeilingM == null ? 1000.0 : cloudCeilingM;
    }
}
