package org.drillsim.hazards;

import java.util.List;

/** Argument checks for the parameter records: each failure names the field and the bad value. */
public final class Check {

    private Check() {
    }

    public static double finite(String field, double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(field + ": expected a finite number, got " + v);
        }
        return v;
    }

    public static double positive(String field, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + ": expected a number > 0, got " + v);
        }
        return v;
    }

    public static double nonNegative(String field, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(field + ": expected a number >= 0, got " + v);
        }
        return v;
    }

    public static double range(String field, double v, double lo, double hi) {
        if (!(v >= lo && v <= hi)) {
            throw new IllegalArgumentException(field + ": expected a number in [" + lo + ", " + hi + "], got " + v);
        }
        return v;
    }

    public static double direction(String field, double deg) {
        if (!(deg >= 0 && deg < 360)) {
            throw new IllegalArgumentException(field + ": expected a direction in degrees in [0, 360), got " + deg);
        }
        return deg;
    }

    public static long time(String field, long tMs) {
        if (tMs < 0) {
            throw new IllegalArgumentException(field + ": expected a time >= 0 ms from scenario start, got " + tMs);
        }
        return tMs;
    }

    public static void lonLat(String field, double lon, double lat) {
        if (!(lon >= -180 && lon <= 180) || !(lat >= -85 && lat <= 85)) {
            throw new IllegalArgumentException(field + ": expected lon in [-180, 180] and lat in [-85, 85], got "
                    + lon + ", " + lat);
        }
    }

    public static <T> List<T> nonEmpty(String field, List<T> list) {
        if (list == null || list.isEmpty()) {
            throw new IllegalArgumentException(field + ": expected at least one entry");
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == null) {
                throw new IllegalArgumentException(field + "[" + i + "]: must not be null");
            }
        }
        return List.copyOf(list);
    }

    public static <T> List<T> orEmpty(String field, List<T> list) {
        return list == null || list.isEmpty() ? List.of() : nonEmpty(field, list);
    }

    public static String id(String field, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException(field + ": expected a non-empty identifier");
        }
        return id;
    }
}
