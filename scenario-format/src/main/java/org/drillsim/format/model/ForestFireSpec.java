package org.drillsim.format.model;

import java.util.List;

/**
 * A forest fire spreading over fuel polygons (Rothermel rate of spread, Anderson or Scott &amp; Burgan fuel
 * models; model
 * in the hazard package, {@code FireParams}).
 *
 * @param id                   unique hazard id
 * @param name                 display name
 * @param ignition             ignition point (must lie in fuel)
 * @param ignitionMinutes      ignition time, minutes from scenario start
 * @param fuelSource           OSM landcover or the given polygons
 * @param fuelPolygonsLonLat   fuel polygons when fuelSource = polygons (burnt with fuelModelForest)
 * @param fuelModelForest      fuel model for forest / wood: Anderson (1982) 1–13 or Scott &amp; Burgan (2005)
 *                             101–204
 * @param fuelModelScrub       fuel model for scrub / heath
 * @param fuelModelGrass       fuel model for grass / meadow
 * @param moisture             fuel moisture
 * @param windAdjustmentFactor a measured midflame / 20-ft wind ratio for every fuel; absent: computed per fuel
 *                             model and canopy (Albini &amp; Baughman 1979)
 * @param canopyCoverPct       canopy cover over forest / wood areas, %
 * @param canopyHeightM        canopy height of forest / wood areas, m
 * @param crownRatio           crown ratio of forest / wood trees, 0–1
 * @param windLimit            apply Rothermel's wind limit
 * @param slopePct             terrain slope, %
 * @param upslopeDeg           direction the slope rises towards, degrees from north
 * @param cellSizeM            spread grid cell side, m
 * @param maxRadiusKm          the spread grid reaches this far from the ignition, km
 * @param evacuationBufferM    evacuation zone beyond the active front, m
 * @param burnoutMinutes       how long a cell stays in the active front, minutes
 * @param wind                 wind over time
 */
@Doc("Forest fire spreading over fuel polygons")
public record ForestFireSpec(
        @Doc("unique hazard id") String id,
        @Opt LocalizedText name,
        @Doc("ignition point; must lie in fuel") GeoPoint ignition,
        @Opt @Range(min = 0, max = 525_600) @Doc("ignition time, minutes; default 0") Double ignitionMinutes,
        @Opt @Doc("fuel from OSM landcover or the given polygons; default osm") FuelSource fuelSource,
        @Opt @Doc("fuel polygons as [lon, lat] rings (fuelSource polygons), burnt with fuelModelForest") List<List<List<Double>>> fuelPolygonsLonLat,
        @Opt @Range(min = 1, max = 204) @Doc("fuel model for forest/wood: Anderson 1-13 or Scott & Burgan 101-204 (GR1=101 … SB4=204); default 9 (hardwood litter)") Integer fuelModelForest,
        @Opt @Range(min = 1, max = 204) @Doc("fuel model for scrub (Anderson 1-13 or Scott & Burgan 101-204); default 6 (dormant brush)") Integer fuelModelScrub,
        @Opt @Range(min = 1, max = 204) @Doc("fuel model for grass (Anderson 1-13 or Scott & Burgan 101-204); default 1 (short grass)") Integer fuelModelGrass,
        @Doc("fuel moisture") FuelMoistureSpec moisture,
        @Opt @Range(min = 0.01, max = 1) @Doc("measured midflame / 20-ft wind ratio for every fuel; default: computed per fuel model and canopy (Albini & Baughman 1979)") Double windAdjustmentFactor,
        @Opt @Range(min = 0, max = 100) @Doc("canopy cover over forest/wood areas, %; default 50") Double canopyCoverPct,
        @Opt @Range(min = 1, max = 60) @Doc("canopy height of forest/wood areas, m; default 15") Double canopyHeightM,
        @Opt @Range(min = 0, max = 1) @Doc("crown ratio (crown length / tree height) of forest/wood trees; default 0.5") Double crownRatio,
        @Opt @Doc("apply Rothermel's wind limit (effective wind at most 0.9 x reaction intensity, ft/min); default true") Boolean windLimit,
        @Opt @Range(min = 0, max = 100) @Doc("slope, %; default 0") Double slopePct,
        @Opt @Range(min = 0, max = 360, maxExclusive = true) @Doc("direction the slope rises towards, degrees; default 0") Double upslopeDeg,
        @Opt @Range(min = 10, max = 200) @Doc("spread grid cell side, m; default 40") Double cellSizeM,
        @Opt @Range(min = 0.1, max = 50) @Doc("grid radius around the ignition, km; default 8") Double maxRadiusKm,
        @Opt @Range(min = 0, max = 10_000) @Doc("evacuation zone beyond the front, m; default 1000") Double evacuationBufferM,
        @Opt @Range(min = 1, max = 1440) @Doc("minutes a cell stays in the active front; default 60") Double burnoutMinutes,
        @Doc("wind over time") List<WindPoint> wind) implements HazardSpec {

    public ForestFireSpec {
        name = name == null ? new LocalizedText("森林火灾", "Forest fire") : name;
        ignitionMinutes = ignitionMinutes == null ? 0.0 : ignitionMinutes;
        fuelSource = fuelSource == null ? FuelSource.OSM : fuelSource;
        fuelPolygonsLonLat = fuelPolygonsLonLat == null ? List.of()
                : fuelPolygonsLonLat.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        fuelModelForest = fuelModelForest == null ? 9 : fuelModelForest;
        fuelModelScrub = fuelModelScrub == null ? 6 : fuelModelScrub;
        fuelModelGrass = fuelModelGrass == null ? 1 : fuelModelGrass;
        canopyCoverPct = canopyCoverPct == null ? 50.0 : canopyCoverPct;
        canopyHeightM = canopyHeightM == null ? 15.0 : canopyHeightM;
        crownRatio = crownRatio == null ? 0.5 : crownRatio;
        windLimit = windLimit == null ? Boolean.TRUE : windLimit;
        slopePct = slopePct == null ? 0.0 : slopePct;
        upslopeDeg = upslopeDeg == null ? 0.0 : upslopeDeg;
        cellSizeM = cellSizeM == null ? 40.0 : cellSizeM;
        maxRadiusKm = maxRadiusKm == null ? 8.0 : maxRadiusKm;
        evacuationBufferM = evacuationBufferM == null ? 1000.0 : evacuationBufferM;
        burnoutMinutes = burnoutMinutes == null ? 60.0 : burnoutMinutes;
        wind = List.copyOf(wind);
    }
}
