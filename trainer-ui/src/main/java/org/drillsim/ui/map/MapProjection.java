package org.drillsim.ui.map;

import org.locationtech.jts.geom.Envelope;

/**
 * Local equirectangular projection of WGS84 longitude/latitude onto metres east ({@code x}) and north
 * ({@code y}) of an origin. Accurate to well under a pixel over a city-sized map (tens of km), which is
 * all the trainer draws.
 */
public final class MapProjection {
    private static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180.0;

    private final double originLon;
    private final double originLat;
    private final double metresPerDegLon;

    /** A projection centred on ({@code originLon}, {@code originLat}). */
    public MapProjection(double originLon, double originLat) {
        if (!Double.isFinite(originLon) || !Double.isFinite(originLat) || Math.abs(originLat) > 85)
            throw new IllegalArgumentException("projection origin (" + originLon + ", " + originLat + ") is not a usable lon/lat");
        this.originLon = originLon;
        this.originLat = originLat;
        this.metresPerDegLon = METRES_PER_DEGREE * Math.cos(Math.toRadians(originLat));
    }

    /** A projection centred on the middle of {@code lonLatBounds} (x = lon, y = lat). */
    public static MapProjection centredOn(Envelope lonLatBounds) {
        return new MapProjection((lonLatBounds.getMinX() + lonLatBounds.getMaxX()) / 2, (lonLatBounds.getMinY() + lonLatBounds.getMaxY()) / 2);
    }

    /** Metres east of the origin. */
    public double x(double lon) {
        return (lon - originLon) * metresPerDegLon;
    }

    /** Metres north of the origin. */
    public double y(double lat) {
        return (lat - originLat) * METRES_PER_DEGREE;
    }

    /** Longitude of a point {@code x} metres east of the origin. */
    public double lon(double x) {
        return originLon + x / metresPerDegLon;
    }

    /** Latitude of a point {@code y} metres north of the origin. */
    public double lat(double y) {
        return originLat + y / METRES_PER_DEGREE;
    }

    /** The envelope in projected metres of a lon/lat envelope. */
    public Envelope project(Envelope lonLat) {
        return new Envelope(x(lonLat.getMinX()), x(lonLat.getMaxX()), y(lonLat.getMinY()), y(lonLat.getMaxY()));
    }
}
