package org.drillsim.drill;

/**
 * A circle on the map, for "into this area" in an expected action.
 *
 * @param lat     centre latitude, degrees
 * @param lon     centre longitude, degrees
 * @param radiusM radius, metres
 */
public record Area(double lat, double lon, double radiusM) {
    private static final double EARTH_RADIUS_M = 6_371_008.8;

    /** Whether the point lies in the circle (great-circle distance, haversine). */
    public boolean contains(double pLat, double pLon) {
        return distanceM(lat, lon, pLat, pLon) <= radiusM;
    }

    /** Great-circle distance between two points, metres. */
    public static double distanceM(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
