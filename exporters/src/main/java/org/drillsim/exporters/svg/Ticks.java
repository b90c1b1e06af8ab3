package org.drillsim.exporters.svg;

import java.math.BigDecimal;

/** Axis ticks at "nice" round steps (1, 2, 2.5, 5 × 10^k). */
final class Ticks {
    private Ticks() {
    }

    /** The smallest nice step that shows {@code 0..max} in at most {@code maxTicks} intervals. */
    static double step(double max, int maxTicks) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / maxTicks;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= raw - 1e-12) {
                return m * magnitude;
            }
        }
        return 10 * magnitude;
    }

    /** Hours step: 0.5, 1, 2, 3, 4, 6, 12, 24, 48 … so the labels fall on whole clock hours. */
    static double hourStep(double maxHours, int maxTicks) {
        for (double s : new double[] {0.25, 0.5, 1, 2, 3, 4, 6, 12, 24, 48, 72, 168}) {
            if (maxHours / s <= maxTicks) {
                return s;
            }
        }
        return step(maxHours, maxTicks);
    }

    /** {@code max} rounded up to a whole number of steps. */
    static double ceil(double max, double step) {
        return Math.max(step, Math.ceil(max / step - 1e-9) * step);
    }

    /** A tick value without float noise: 2.5, 10, 0.25. */
    static String label(double v) {
        BigDecimal d = BigDecimal.valueOf(Math.round(v * 1e6) / 1e6).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
