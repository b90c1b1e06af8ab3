package org.drillsim.format.model;

/**
 * A WGS84 bounding box.
 *
 * @param minLon west edge, degrees east
 * @param minLat south edge, degrees north
 * @param maxLon east edge, degrees east
 * @param maxLat north edge, degrees north
 */
@Doc("WGS84 bounding box in degrees")
public record BBox(
        @Range(min = -180, max = 180) double minLon,
        @Range(min = -90, max = 90) double minLat,
        @Range(min = -180, max = 180) double maxLon,
        @Range(min = -90, max = 90) double maxLat) {

    /** Whether the point lies inside or on the edge of the box. */
    public boolean contains(double lat, double lon) {
        return lat >= minLat && lat <= maxLat && lon >= minLon && lon <= maxLon;
    }
}
