package org.drillsim.core;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * A confidence interval for a mean: {@code mean ± halfWidth} at the given level.
 *
 * @param mean      sample mean
 * @param halfWidth half-width of the interval
 * @param level     confidence level, e.g. 0.95
 * @param n         number of observations
 */
public record ConfidenceInterval(double mean, double halfWidth, double level, int n) {

    /**
     * The Student-t interval {@code mean ± t(1-(1-level)/2, n-1) · s / √n} over independent values
     * (e.g. one value per replication). Needs at least 2 values.
     */
    public static ConfidenceInterval student(double[] values, double level) {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("a Student-t confidence interval needs at least 2 values, got "
                    + (values == null ? 0 : values.length));
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level " + level + " is not in (0, 1)");
        }
        int n = values.length;
        double mean = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("value " + i + " (" + values[i] + ") is not a finite number");
            }
            mean += (values[i] - mean) / (i + 1);
        }
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        double sd = Math.sqrt(ss / (n - 1));
        double t = new TDistribution(null, n - 1).inverseCumulativeProbability(1 - (1 - level) / 2);
        return new ConfidenceInterval(mean, t * sd / Math.sqrt(n), level, n);
    }

    /** Lower end. */
    public double lower() {
        return mean - halfWidth;
    }

    /** Upper end. */
    public double upper() {
        return mean + halfWidth;
    }

    /** Whether x lies in [lower, upper]. */
    public boolean contains(double x) {
        return x >= lower() && x <= upper();
    }

    @Override
    public String toString() {
        return String.format("%.4g ± %.3g (%.0f%%, n=%d)", mean, halfWidth, level * 100, n);
    }
}
