package org.drillsim.format.model;

/**
 * How the scorecard divides the area: per district (区县) as well as for the whole area, and optionally for one
 * district only (a district bureau's own drill).
 *
 * @param district         score the headline targets for this district only (its residents, shelters, teams and
 *                         clocks); default none: the whole area. Every district still gets its own rows.
 * @param districtsGeoJson a boundary file (GeoJSON FeatureCollection of Polygon / MultiPolygon features, WGS-84,
 *                         path relative to the scenario file) instead of the OSM extract's district boundaries
 * @param nameProperty     the feature property holding a district's name; default {@code name}
 */
@Doc("Scoring per district (分区县评分)")
public record Scoring(
        @Opt @Doc("score the headline targets for this district only, e.g. 松北区; default the whole area") String district,
        @Opt @Doc("district boundaries: GeoJSON FeatureCollection of (Multi)Polygons, WGS-84, path relative to the scenario file; default the OSM extract's admin_level=6 boundaries") String districtsGeoJson,
        @Opt @Doc("feature property holding the district name; default name") String nameProperty) {

    public Scoring {
        nameProperty = nameProperty == null || nameProperty.isBlank() ? "name" : nameProperty;
    }
}
