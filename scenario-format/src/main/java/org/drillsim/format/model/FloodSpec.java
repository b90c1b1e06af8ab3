package org.drillsim.format.model;

import java.util.List;

/**
 * A river flood: a stage hydrograph raising water over the low land next to the river (parametric
 * model: ground height above normal river level h(d) = groundHeightAtBankM + groundRiseMPerKm · d/1000,
 * depth = max(0, stage − h(d)) for d ≤ maxReachM), or a time series of extents from a GeoJSON file.
 *
 * @param id                  unique hazard id
 * @param name                display name
 * @param riverNames          names of OSM water / riverbank features that are the flood source (e.g. 松花江)
 * @param riverOsmIds         OSM ids of water / riverbank polygons that are the flood source (unnamed ones)
 * @param riverPolygonsLonLat explicit source water polygons ([lon, lat] rings), used with or instead of riverNames
 * @param hydrograph          stage over time (required unless extentsGeoJson)
 * @param groundHeightAtBankM ground height above the normal level at the water's edge, m
 * @param groundRiseMPerKm    rise of the ground per km of distance from the water, m/km
 * @param maxReachM           farthest distance from the water the flood can reach, m
 * @param levees              levee-protected areas
 * @param extentsGeoJson      GeoJSON time series of extents (hydraulic-model output) instead of the parametric model
 * @param depthBandsM         lower bounds of the reported depth bands, m (null = hazard default 0.1, 0.3, 0.5, 1, 2, 3)
 * @param exposedShare        share of the residents of a flooded cell who are exposed to the water — neither living
 *                            above the water on upper floors nor gone beforehand — the (1 − F_E)(1 − F_S) factor of
 *                            Jonkman et al. 2008: the injury and fatality fractions of the depth apply to them
 *                            (default 1: everyone present is exposed)
 */
@Doc("River flood: stage hydrograph over low land next to the river, or imported extents")
public record FloodSpec(
        @Doc("unique hazard id") String id,
        @Opt LocalizedText name,
        @Opt @Doc("names of OSM water/riverbank features that flood, e.g. 松花江") List<String> riverNames,
        @Opt @Doc("OSM way/relation ids of water polygons that flood (for unnamed ones)") List<Long> riverOsmIds,
        @Opt @Doc("explicit source water polygons as [lon, lat] rings") List<List<List<Double>>> riverPolygonsLonLat,
        @Opt @Doc("stage over time, piecewise linear; required unless extentsGeoJson") List<StagePoint> hydrograph,
        @Opt @Range(min = 0, max = 30) @Doc("ground height above normal river level at the water's edge, m; default 0.5") Double groundHeightAtBankM,
        @Opt @Range(min = 0, max = 100) @Doc("ground rise per km from the water, m/km; default 2.0") Double groundRiseMPerKm,
        @Opt @Range(min = 10, max = 50_000) @Doc("farthest reach from the water, m; default 3000") Double maxReachM,
        @Opt @Doc("levee-protected areas") List<Levee> levees,
        @Opt @Doc("GeoJSON file of flood extents over time (path relative to the scenario file)") String extentsGeoJson,
        @Opt @Range(min = 0.01, max = 20) @Doc("depth band lower bounds, m, increasing; default 0.1, 0.3, 0.5, 1, 2, 3") List<Double> depthBandsM,
        @Opt @Range(min = 0, max = 1) @Doc("share of residents of a flooded cell exposed to the water (not on upper floors, not gone beforehand); injuries and deaths apply to them; default 1") Double exposedShare) implements HazardSpec {

    public FloodSpec {
        name = name == null ? new LocalizedText("洪水", "Flood") : name;
        riverNames = riverNames == null ? List.of() : List.copyOf(riverNames);
        riverOsmIds = riverOsmIds == null ? List.of() : List.copyOf(riverOsmIds);
        riverPolygonsLonLat = riverPolygonsLonLat == null ? List.of()
                : riverPolygonsLonLat.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        hydrograph = hydrograph == null ? List.of() : List.copyOf(hydrograph);
        groundHeightAtBankM = groundHeightAtBankM == null ? 0.5 : groundHeightAtBankM;
        groundRiseMPerKm = groundRiseMPerKm == null ? 2.0 : groundRiseMPerKm;
        maxReachM = maxReachM == null ? 3000.0 : maxReachM;
        levees = levees == null ? List.of() : List.copyOf(levees);
        depthBandsM = depthBandsM == null ? null : List.copyOf(depthBandsM);
        exposedShare = exposedShare == null ? 1.0 : exposedShare;
    }
}
