package org.drillsim.hazards.chemical;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * The sun's elevation above the horizon by the NOAA Global Monitoring Laboratory's solar calculator equations (after
 * Meeus, Astronomical Algorithms, 1991; the same low-precision series as Michalsky 1988), accurate to about 0.01° in
 * 1800–2100. Geometric elevation: no refraction (0.5° at the horizon, 0.02° at 40°), which Turner's insolation
 * classes do not need.
 */
public final class SolarPosition {
    /** Elevation of the sun's centre at sunrise and sunset (refraction and the solar radius), degrees. */
    public static final double SUNRISE_ELEVATION_DEG = -0.833;

    private SolarPosition() {
    }

    /** Julian day of a UTC date-time. */
    public static double julianDay(LocalDateTime utc) {
        return 2440587.5 + utc.toEpochSecond(ZoneOffset.UTC) / 86400.0 + utc.getNano() / 86400e9;
    }

    /** Julian centuries since J2000.0. */
    static double centuries(double jd) {
        return (jd - 2451545.0) / 36525.0;
    }

    /** Apparent solar declination, degrees. */
    public static double declinationDeg(double jd) {
        double t = centuries(jd);
        double eps = Math.toRadians(obliquityDeg(t));
        double lambda = Math.toRadians(apparentLongitudeDeg(t));
        return Math.toDegrees(Math.asin(Math.sin(eps) * Math.sin(lambda)));
    }

    /** Equation of time (apparent minus mean solar time), minutes. */
    public static double equationOfTimeMin(double jd) {
        double t = centuries(jd);
        double l0 = Math.toRadians(meanLongitudeDeg(t));
        double m = Math.toRadians(meanAnomalyDeg(t));
        double e = 0.016708634 - t * (0.000042037 + 0.0000001267 * t);
        double y = Math.tan(Math.toRadians(obliquityDeg(t)) / 2);
        y *= y;
        double eq = y * Math.sin(2 * l0) - 2 * e * Math.sin(m) + 4 * e * y * Math.sin(m) * Math.cos(2 * l0)
                - 0.5 * y * y * Math.sin(4 * l0) - 1.25 * e * e * Math.sin(2 * m);
        return 4 * Math.toDegrees(eq);
    }

    /**
     * Geometric solar elevation, degrees.
     *
     * @param latDeg latitude, north positive
     * @param lonDeg longitude, east positive
     * @param utc    the UTC date-time
     */
    public static double elevationDeg(double latDeg, double lonDeg, LocalDateTime utc) {
        double jd = julianDay(utc);
        double minutesUtc = utc.getHour() * 60 + utc.getMinute() + utc.getSecond() / 60.0 + utc.getNano() / 60e9;
        double trueSolarMin = minutesUtc + equationOfTimeMin(jd) + 4 * lonDeg;
        double hourAngle = Math.toRadians(trueSolarMin / 4 - 180);
        double lat = Math.toRadians(latDeg);
        double dec = Math.toRadians(declinationDeg(jd));
        double cosZenith = Math.sin(lat) * Math.sin(dec) + Math.cos(lat) * Math.cos(dec) * Math.cos(hourAngle);
        return 90 - Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, cosZenith))));
    }

    private static double meanLongitudeDeg(double t) {
        double l = (280.46646 + t * (36000.76983 + t * 0.0003032)) % 360;
        return l < 0 ? l + 360 : l;
    }

    private static double meanAnomalyDeg(double t) {
        return 357.52911 + t * (35999.05029 - 0.0001537 * t);
    }

    private static double apparentLongitudeDeg(double t) {
        double m = Math.toRadians(meanAnomalyDeg(t));
        double centre = Math.sin(m) * (1.914602 - t * (0.004817 + 0.000014 * t))
                + Math.sin(2 * m) * (0.019993 - 0.000101 * t) + Math.sin(3 * m) * 0.000289;
        double omega = Math.toRadians(125.04 - 1934.136 * t);
        return meanLongitudeDeg(t) + centre - 0.00569 - 0.00478 * Math.sin(omega);
    }

    private static double obliquityDeg(double t) {
        double seconds = 21.448 - t * (46.8150 + t * (0.00059 - t * 0.001813));
        double eps0 = 23 + (26 + seconds / 60) / 60;
        return eps0 + 0.00256 * Math.cos(Math.toRadians(125.04 - 1934.136 * t));
    }
}
