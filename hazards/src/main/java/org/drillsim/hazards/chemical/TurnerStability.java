package org.drillsim.hazards.chemical;

/**
 * Pasquill stability class from wind speed and the net radiation index, by Turner's method (Turner 1964, "A diffusion
 * model for an urban area", J. Appl. Meteor. 3:83–91; as US EPA, Meteorological Monitoring Guidance for Regulatory
 * Modeling Applications, EPA-454/R-99-005, 2000, §6.4.1, Tables 6-4 to 6-6).
 *
 * <p>Net radiation index: total cloud 10/10 with the ceiling below 7000 ft → 0, day or night. Night (from one hour
 * before sunset to one hour after sunrise): cloud ≤ 4/10 → −2, else −1. Day: the insolation class from the solar
 * altitude (≤ 15° → 1, ≤ 35° → 2, ≤ 60° → 3, above → 4); with cloud above 5/10 it drops by 2 under a ceiling below
 * 7000 ft, by 1 under a ceiling below 16000 ft, and by 1 more at 10/10 (not below 1; EPA's six steps). Turner's class 7 (G) counts
 * as F, as in EPA's regulatory practice.
 */
public final class TurnerStability {
    /** 7000 ft in metres. */
    public static final double LOW_CEILING_M = 7000 * 0.3048;
    /** 16000 ft in metres. */
    public static final double MID_CEILING_M = 16000 * 0.3048;
    private static final double KNOT_MS = 1852.0 / 3600.0;

    // rows: wind speed in knots 0-1, 2-3, 4-5, 6, 7, 8-9, 10, 11, >=12; columns: net radiation index 4 .. -2
    private static final int[][] TABLE = {
            {1, 1, 2, 3, 4, 6, 7},
            {1, 2, 2, 3, 4, 6, 7},
            {1, 2, 3, 4, 4, 5, 6},
            {2, 2, 3, 4, 4, 5, 6},
            {2, 2, 3, 4, 4, 4, 5},
            {2, 3, 3, 4, 4, 4, 5},
            {3, 3, 4, 4, 4, 4, 5},
            {3, 3, 4, 4, 4, 4, 4},
            {3, 4, 4, 4, 4, 4, 4}};

    private TurnerStability() {
    }

    /** Insolation class number from the solar altitude in degrees (day only). */
    public static int insolationClass(double solarAltitudeDeg) {
        if (solarAltitudeDeg > 60) {
            return 4;
        }
        if (solarAltitudeDeg > 35) {
            return 3;
        }
        return solarAltitudeDeg > 15 ? 2 : 1;
    }

    /**
     * Net radiation index, −2 … 4.
     *
     * @param night            whether it is night in Turner's sense (see {@link #isNight})
     * @param solarAltitudeDeg solar altitude, degrees (used by day)
     * @param cloudTenths      total cloud cover, tenths [0, 10]
     * @param ceilingM         cloud ceiling, m (matters only above 5/10)
     */
    public static int netRadiationIndex(boolean night, double solarAltitudeDeg, double cloudTenths, double ceilingM) {
        if (!(cloudTenths >= 0 && cloudTenths <= 10)) {
            throw new IllegalArgumentException("cloud cover must be in [0, 10] tenths, got " + cloudTenths);
        }
        if (cloudTenths >= 10 && ceilingM < LOW_CEILING_M) {
            return 0;
        }
        if (night) {
            return cloudTenths <= 4 ? -2 : -1;
        }
        int ic = insolationClass(solarAltitudeDeg);
        if (cloudTenths <= 5) {
            return ic;
        }
        if (ceilingM < LOW_CEILING_M) {
            ic -= 2;
        } else if (ceilingM < MID_CEILING_M) {
            ic -= 1;
        }
        if (cloudTenths >= 10) {
            ic -= 1; // only with a ceiling of 7000 ft or more: the lower case returned 0 above
        }
        return Math.max(1, ic);
    }

    /** Turner's class number 1 (A) … 7 (G) for a wind speed (m/s, at 10 m) and a net radiation index. */
    public static int turnerClass(double windMs, int netRadiationIndex) {
        if (netRadiationIndex < -2 || netRadiationIndex > 4) {
            throw new IllegalArgumentException("net radiation index must be in [-2, 4], got " + netRadiationIndex);
        }
        long knots = Math.round(windMs / KNOT_MS);
        int row;
        if (knots <= 1) {
            row = 0;
        } else if (knots <= 3) {
            row = 1;
        } else if (knots <= 5) {
            row = 2;
        } else if (knots <= 7) {
            row = (int) knots - 3;
        } else if (knots <= 9) {
            row = 5;
        } else if (knots <= 11) {
            row = (int) knots - 4;
        } else {
            row = 8;
        }
        return TABLE[row][4 - netRadiationIndex];
    }

    /** The Pasquill class: Turner's class number with G as F. */
    public static Stability stability(double windMs, int netRadiationIndex) {
        return Stability.values()[Math.min(6, turnerClass(windMs, netRadiationIndex)) - 1];
    }

    /**
     * Night in Turner's sense: from one hour before sunset to one hour after sunrise, i.e. the sun is below the
     * horizon an hour later or an hour earlier.
     *
     * @param elevationHourBeforeDeg solar elevation one hour earlier
     * @param elevationHourAfterDeg  solar elevation one hour later
     */
    public static boolean isNight(double elevationHourBeforeDeg, double elevationHourAfterDeg) {
        return elevationHourBeforeDeg <= SolarPosition.SUNRISE_ELEVATION_DEG
                || elevationHourAfterDeg <= SolarPosition.SUNRISE_ELEVATION_DEG;
    }
}
