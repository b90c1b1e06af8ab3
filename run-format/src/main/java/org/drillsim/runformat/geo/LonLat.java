package org.drillsim.runformat.geo;

/**
 * A WGS84 position: longitude first, as GeoJSON (RFC 7946) orders it.
 *
 * @param lon longitude in degrees, -180..180
 * @param lat latitude in degrees, -90..90
 */
public record LonLat(double lon, double lat) {
    public LonLat {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
            throw new IllegalArgumentException("position out of WGS84 range (lon -180..180, lat -90..90): lon="
                    + lon + " lat=" + lat + " (were latitude and longitude swapped?)");
        }
    }

    /** The position with longitude first. */
    public static LonLat of(double lon, double lat) {
        return new LonLat(lon, lat);
    }
}
