package org.drillsim.geodata;

import org.locationtech.jts.geom.Geometry;

/**
 * A polygon read from OSM (shelter candidate, land cover, water …).
 *
 * @param osmId   OSM way or relation id
 * @param name    {@code name:zh}, else {@code name}, else ""
 * @param kind    what it is, see {@link OsmExtractor} (school, park, square, stadium, industrial,
 *                forest, scrub, grass, water, residential)
 * @param polygon Polygon or MultiPolygon, WGS84 (x = lon, y = lat)
 * @param areaM2  area, m² (local equirectangular projection at the polygon's centroid)
 */
public record OsmArea(long osmId, String name, String kind, Geometry polygon, double areaM2) {
}
