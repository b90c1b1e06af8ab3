package org.drillsim.core;

import java.util.Arrays;

/**
 * Observations of a quantity (e.g. waiting times): count, mean, variance (Welford's update),
 * min, max and quantiles. Keeps the observations for quantiles; not thread-safe.
 */
public final class Tally {
    private final String name;
    private double[] values = new double[16];
    private int count;
    private double mean;
    private double m2;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;
    private boolean sorted = true;

    /** An empty tally. */
    public Tally(String name) {
        this.name = name;
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Adds an observation (must be a finite number). */
    public void add(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("tally '" + name + "': observation " + x + " is not a finite number");
        }
        if (count == values.length) {
            values = Arrays.copyOf(values, count * 2);
        }
        values[count++] = x;
        sorted = false;
        double delta = x - mean;
        mean += delta / count;
        m2 += delta * (x - mean);
        min = Math.min(min, x);
        max = Math.max(max, x);
    }

    /** Forgets every observation (e.g. at the end of a warm-up). */
    public void reset() {
        count = 0;
        mean = 0;
        m2 = 0;
        min = Double.POSITIVE_INFINITY;
        max = Double.NEGATIVE_INFINITY;
        sorted = true;
    }

    /** Number of observations. */
    public int count() {
        return count;
    }

    /** Sample mean (NaN if empty). */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** Unbiased sample variance (NaN if fewer than 2 observations). */
    public double variance() {
        return count < 2 ? Double.NaN : m2 / (count - 1);
    }

    /** Sample standard deviation. */
    public double standardDeviation() {
        return Math.sqrt(variance());
    }

    /** Smallest observation (NaN if empty). */
    public double min() {
        return count == 0 ? Double.NaN : min;
    }

    /** Largest observation (NaN if empty). */
    public double max() {
        return count == 0 ? Double.NaN : max;
    }

    /** Sum of observations. */
    public double sum() {
        return mean() * count;
    }

    /**
     * The p-quantile, 0 &le; p &le; 1, by linear interpolation between order statistics
     * (type 7 of Hyndman and Fan 1996, as in R and NumPy). NaN if empty.
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("tally '" + name + "': quantile level " + p + " is not in [0, 1]");
        }
        if (count == 0) {
            return Double.NaN;
        }
        if (!sorted) {
            Arrays.sort(values, 0, count);
            sorted = true;
        }
        double h = (count - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, count - 1);
        return values[lo] + (h - lo) * (values[hi] - values[lo]);
    }

    /** A copy of the observations (in insertion order unless a quantile was asked for). */
    public double[] values() {
        return Arrays.copyOf(values, count);
    }

    /** Student-t confidence interval for the mean of the observations. */
    public ConfidenceInterval confidenceInterval(double level) {
        return ConfidenceInterval.student(values(), level);
    }

    @Override
    public String toString() {
        return String.format("%s: n=%d mean=%.4g sd=%.4g min=%.4g max=%.4g", name, count, mean(), standardDeviation(), min(), max());
    }
}
