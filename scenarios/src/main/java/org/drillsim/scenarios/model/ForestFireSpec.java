package org.drillsim.scenarios.model;

import java.util.List;

/**
 * A forest fire spreading over fuel polygons (Rothermel rate of spread, Anderson fuel models).
 *
 * @param id                  unique hazard id
 * @param name                display name
 * @param ignitions           ignition points
 * @param ignitionMinutes     ignition time, minutes from scenario start
 * @param fuelSource          OSM landcover or the given polygons
 * @param fuelPolygonsLonLat  fuel polygons when fuelSource = polygons
 * @param fuelModelForest     Anderson (1982) fuel model 1–13 for forest / wood
 * @param fuelModelScrub      fuel model for scrub / heath
 * @param fuelModelGrass      fuel model for grass / meadow
 * @param deadFuelMoisturePct 1-h dead fuel moisture, % of dry weight
 * @param liveFuelMoisturePct live fuel moisture, %
 * @param slopePct            terrain slope, %
 * @param cellSizeM           spread grid cell side, m
 * @param wind                wind over time
 */
@Doc("Forest fire spreading over fuel polygons")
public record ForestFireSpec(
        @Doc("unique hazard id") String id,
        @Opt LocalizedText name,
        @Doc("ignition points") List<GeoPoint> ignitions,
        @Opt @Range(min = 0, max = 525_600) @Doc("ignition time, minutes; default 0") Double ignitionMinutes,
        @Opt @Doc("fuel from OSM landcover or the given polygons; default osm") FuelSource fuelSource,
        @Opt @Doc("fuel polygons as [lon, lat] rings (fuelSource polygons), burnt with fuelModelForest") List<List<List<Double>>> fuelPolygonsLonLat,
        @Opt @Range(min = 1, max = 13) @Doc("Anderson fuel model for forest/wood; default 9 (hardwood litter)") Integer fuelModelForest,
        @Opt @Range(min = 1, max = 13) @Doc("Anderson fuel model for scrub; default 6 (dormant brush)") Integer fuelModelScrub,
        @Opt @Range(min = 1, max = 13) @Doc("Anderson fuel model for grass; default 1 (short grass)") Integer fuelModelGrass,
        @Range(min = 1, max = 60) @Doc("1-h dead fuel moisture, % of dry weight") double deadFuelMoisturePct,
        @Opt @Range(min = 30, max = 300) @Doc("live fuel moisture, %; default 100") Double liveFuelMoisturePct,
        @Opt @Range(min = 0, max = 100) @Doc("slope, %; default 0") Double slopePct,
        @Opt @Range(min = 5, max = 500) @Doc("spread grid cell side, m; default 40") Double cellSizeM,
        @Doc("wind over time") List<WindPoint> wind) implements HazardSpec {

    public ForestFireSpec {
        name = name == null ? new LocalizedText("森林火灾", "Forest fire") : name;
        ignitions = List.copyOf(ignitions);
        ignitionMinutes = ignitionMinutes == null ? 0.0 : ignitionMinutes;
        fuelSource = fuelSource == null ? FuelSource.OSM : fuelSource;
        fuelPolygonsLonLat = fuelPolygonsLonLat == null ? List.of()
                : fuelPolygonsLonLat.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        fuelModelForest = fuelModelForest == null ? 9 : fuelModelForest;
        fuelModelScrub = fuelModelScrub == null ? 6 : fuelModelScrub;
        fuelModelGrass = fuelModelGrass == null ? 1 : fuelModelGrass;
        liveFuelMoisturePct = liveFuelMoisturePct == null ? 100.0 : liveFuelMoisturePct;
        slopePct = slopePct == null ? 0.0 : slopePct;
        cellSizeM = cellSizeM == null ? 40.0 : cellSizeM;
        wind = List.copyOf(wind);
    }
}
