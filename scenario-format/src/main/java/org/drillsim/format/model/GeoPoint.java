package org.drillsim.format.model;

/**
 * A WGS84 position.
 *
 * @param lat latitude in degrees north
 * @param lon longitude in degrees east
 */
@Doc("WGS84 position in degrees")
public record GeoPoint(
        @Range(min = -90, max = 90) @Doc("latitude, degrees north") double lat,
        @Range(min = -180, max = 180) @Doc("longitude, degrees east") double lon) {
}
