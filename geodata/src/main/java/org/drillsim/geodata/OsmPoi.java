package org.drillsim.geodata;

/**
 * A point facility read from OSM (hospital, fire station, police): a node, or the centroid of a
 * way or multipolygon mapped as an area.
 *
 * @param osmId OSM element id (node, way or relation id — the three id spaces may collide, which is rare)
 * @param name  {@code name:zh}, else {@code name}, else ""
 * @param lat   latitude, degrees
 * @param lon   longitude, degrees
 */
public record OsmPoi(long osmId, String name, double lat, double lon) {
}
