package org.drillsim.ui.map;

import java.util.Arrays;

/**
 * Where a unit is over time: the points of its route geometry with the simulated time it passes each
 * one (non-decreasing). Positions between points are interpolated linearly, so a unit glides along its
 * road between simulation events. Before the first time it is at the first point, after the last at the
 * last point. Immutable.
 */
public final class Track {
    private final double[] lon;
    private final double[] lat;
    private final long[] timeMs;

    /** A track through the given points; the arrays are copied. */
    public Track(double[] lon, double[] lat, long[] timeMs) {
        if (lon.length == 0 || lon.length != lat.length || lon.length != timeMs.length)
            throw new IllegalArgumentException("track needs equally long, non-empty lon/lat/time arrays, got " + lon.length + "/" + lat.length + "/" + timeMs.length);
        for (int i = 1; i < timeMs.length; i++)
            if (timeMs[i] < timeMs[i - 1]) throw new IllegalArgumentException("track times must not decrease: point " + i + " at " + timeMs[i] + " ms after " + timeMs[i - 1] + " ms");
        this.lon = lon.clone();
        this.lat = lat.clone();
        this.timeMs = timeMs.clone();
    }

    /** A unit standing still at one place. */
    public static Track parked(double lon, double lat) {
        return new Track(new double[] {lon}, new double[] {lat}, new long[] {0});
    }

    /** Longitude at simulated time {@code t}. */
    public double lonAt(long t) {
        return interpolate(lon, t);
    }

    /** Latitude at simulated time {@code t}. */
    public double latAt(long t) {
        return interpolate(lat, t);
    }

    /** Time the unit reaches the last point. */
    public long endMs() {
        return timeMs[timeMs.length - 1];
    }

    /** Time the unit leaves the first point. */
    public long startMs() {
        return timeMs[0];
    }

    /** Number of points. */
    public int size() {
        return lon.length;
    }

    /** Longitude of point {@code i}. */
    public double lon(int i) {
        return lon[i];
    }

    /** Latitude of point {@code i}. */
    public double lat(int i) {
        return lat[i];
    }

    /** Simulated time the unit passes point {@code i}. */
    public long timeAt(int i) {
        return timeMs[i];
    }

    /** True while the unit is between its first and last point at {@code t}. */
    public boolean isMovingAt(long t) {
        return lon.length > 1 && t >= timeMs[0] && t < endMs();
    }

    private double interpolate(double[] v, long t) {
        int n = v.length;
        if (n == 1 || t <= timeMs[0]) return v[0];
        if (t >= timeMs[n - 1]) return v[n - 1];
        int i = Arrays.binarySearch(timeMs, t);
        if (i >= 0) {
            while (i + 1 < n && timeMs[i + 1] == t) i++; // the latest of equal times
            return v[i];
        }
        int hi = -i - 1; // first time > t
        int lo = hi - 1;
        double f = (double) (t - timeMs[lo]) / (timeMs[hi] - timeMs[lo]);
        return v[lo] + f * (v[hi] - v[lo]);
    }
}
