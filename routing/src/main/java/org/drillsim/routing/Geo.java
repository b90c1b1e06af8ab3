package org.drillsim.routing;

/** Distances on the WGS84 sphere approximation used throughout routing. */
public final class Geo {
    /** Mean Earth radius in metres (GraphHopper uses the same value). */
    public static final double EARTH_RADIUS_M = 6_371_000.0;

    private Geo() {
    }

    /** Great-circle distance in metres (haversine formula). */
    public static double distanceM(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    /** Metres per degree of latitude. */
    public static double metresPerDegreeLat() {
        return Math.PI * EARTH_RADIUS_M / 180.0;
    }

    /** Metres per degree of longitude at latitude {@code lat}. */
    public static double metresPerDegreeLon(double lat) {
        return metresPerDegreeLat() * Math.cos(Math.toRadians(lat));
    }
}
