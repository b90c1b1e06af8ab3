package org.drillsim.hazards.chemical;

/**
 * Dense-gas dispersion of a continuous ground-level release by the Britter–McQuaid workbook correlations (Britter &amp;
 * McQuaid 1988, Workbook on the Dispersion of Dense Gases, HSE CRR 17/1988; the curves as tabulated in CCPS,
 * Guidelines for Consequence Analysis of Chemical Releases, 1999, and Crowl &amp; Louvar, Chemical Process Safety,
 * 2002, ch. 5).
 * <pre>
 *  g0' = g (ρ0 − ρa)/ρa,  D = √(q0/u),  dense when (g0' q0 / D)^(1/3) / u ≥ 0.15
 *  α = 0.2 log10(g0'² q0 / u⁵),  β = log10(x / D)
 *  x/D ≤ 30:  Cm/C0 = 306 (x/D)^−2 / (1 + 306 (x/D)^−2)
 *  beyond: Cm/C0 from the workbook curves β(α) for Cm/C0 = 0.1 … 0.002 (log-linear between curves)
 *  non-isothermal release: C = c' T' / (1 − c' + c' T'),  T' = Ta/T0
 *  plume half-width L_H = D + 8 lb + 2.5 lb^(1/3) x^(2/3),  lb = g0' q0 / u³
 * </pre>
 * q0 volume rate of the released gas at its release density ρ0, u wind speed at 10 m, x downwind distance. Valid to
 * Cm/C0 = 0.002; the plume is passive beyond (the caller uses the Gaussian plume there). The cross-wind profile is
 * taken as Gaussian with the same area as the workbook's top-hat of half-width L_H (σy = 2 L_H / √(2π)).
 */
public final class BritterMcQuaid {
    /** The criterion's threshold for a continuous release. */
    public static final double DENSE_CRITERION = 0.15;
    private static final double G = 9.80665;

    private static final double[] RATIOS = {0.1, 0.05, 0.02, 0.01, 0.005, 0.002};
    // each curve: breakpoints α and β (piecewise linear, constant below the first, linear beyond the last)
    private static final double[][] ALPHA = {
            {-0.55, -0.14, 1.0},
            {-0.68, -0.29, -0.18, 1.0},
            {-0.69, -0.31, -0.16, 1.0},
            {-0.70, -0.29, -0.20, 1.0},
            {-0.67, -0.28, -0.15, 1.0},
            {-0.69, -0.25, -0.13, 1.0}};
    private static final double[][] BETA = {
            {1.75, 1.85, 1.28},
            {1.92, 2.06, 2.06, 1.40},
            {2.08, 2.25, 2.25, 1.62},
            {2.25, 2.45, 2.45, 1.83},
            {2.40, 2.63, 2.63, 2.07},
            {2.60, 2.77, 2.77, 2.21}};
    private static final double NEAR_FIELD_X = 30;

    private final double q0;
    private final double u;
    private final double g0;
    private final double tRatio;

    /**
     * @param q0M3s  volume rate of the released gas at its release density, m³/s
     * @param rho0   release density, kg/m³
     * @param rhoA   air density, kg/m³
     * @param uMs    wind speed at 10 m, m/s
     * @param t0K    release temperature, K
     * @param taK    air temperature, K
     */
    public BritterMcQuaid(double q0M3s, double rho0, double rhoA, double uMs, double t0K, double taK) {
        this.q0 = q0M3s;
        this.u = uMs;
        this.g0 = G * (rho0 - rhoA) / rhoA;
        this.tRatio = taK / t0K;
    }

    /** D = √(q0/u), m. */
    public double lengthScaleM() {
        return Math.sqrt(q0 / u);
    }

    /** (g0' q0 / D)^(1/3) / u: dense (the workbook applies) at 0.15 or more. */
    public double criterion() {
        return g0 <= 0 ? 0 : Math.cbrt(g0 * q0 / lengthScaleM()) / u;
    }

    /** Whether the release is dense by the criterion. */
    public boolean dense() {
        return criterion() >= DENSE_CRITERION;
    }

    /** α = 0.2 log10(g0'² q0 / u⁵). */
    public double alpha() {
        return 0.2 * Math.log10(g0 * g0 * q0 / Math.pow(u, 5));
    }

    /** β = log10(x/D) of the curve Cm/C0 = {@code RATIOS[k]} at α. */
    static double beta(int k, double alpha) {
        double[] a = ALPHA[k];
        double[] b = BETA[k];
        if (alpha <= a[0]) {
            return b[0];
        }
        for (int i = 1; i < a.length; i++) {
            if (alpha <= a[i] || i == a.length - 1) {
                return b[i - 1] + (b[i] - b[i - 1]) * (alpha - a[i - 1]) / (a[i] - a[i - 1]);
            }
        }
        throw new AssertionError();
    }

    /** β of the workbook curve for the ratio Cm/C0 (one of 0.1, 0.05, 0.02, 0.01, 0.005, 0.002) at α. */
    public static double curveBeta(double ratio, double alpha) {
        for (int k = 0; k < RATIOS.length; k++) {
            if (Math.abs(RATIOS[k] - ratio) < 1e-9) {
                return beta(k, alpha);
            }
        }
        throw new IllegalArgumentException("the workbook has curves for 0.1, 0.05, 0.02, 0.01, 0.005, 0.002; got " + ratio);
    }

    /**
     * Cm/C0 on the axis at {@code xM} in release-temperature terms; NaN beyond the last curve (passive there).
     */
    public double ratioAt(double xM) {
        double xd = xM / lengthScaleM();
        if (xd <= NEAR_FIELD_X) {
            return xd <= 0 ? 1.0 : nearField(xd);
        }
        double beta = Math.log10(xd);
        double a = alpha();
        double prevBeta = Math.log10(NEAR_FIELD_X);
        double prevLogC = Math.log10(nearField(NEAR_FIELD_X));
        for (int k = 0; k < RATIOS.length; k++) {
            double bk = Math.max(beta(k, a), prevBeta + 1e-9);
            if (beta <= bk) {
                double f = (beta - prevBeta) / (bk - prevBeta);
                return Math.pow(10, prevLogC + f * (Math.log10(RATIOS[k]) - prevLogC));
            }
            prevBeta = bk;
            prevLogC = Math.log10(RATIOS[k]);
        }
        return Double.NaN;
    }

    /** The near-field correlation 306 (x/D)^−2 / (1 + 306 (x/D)^−2). */
    private static double nearField(double xd) {
        double a = 306 / (xd * xd);
        return a / (1 + a);
    }

    /** Volume fraction in air at ambient temperature on the axis at {@code xM}; NaN beyond the workbook's range. */
    public double volumeFractionAt(double xM) {
        double c = ratioAt(xM);
        return c * tRatio / (1 - c + c * tRatio);
    }

    /**
     * Downwind distance, m, to the volume fraction {@code c} (at ambient temperature) on the axis; NaN when it lies
     * beyond the workbook's range.
     */
    public double distanceToM(double c) {
        double lo = 0;
        double hi = lengthScaleM() * 1e4;
        if (!(volumeFractionAt(hi) <= c)) {
            // beyond the last curve at hi: search only where the workbook applies
            double edge = lastCurveDistanceM();
            if (!(volumeFractionAt(edge) <= c)) {
                return Double.NaN;
            }
            hi = edge;
        }
        for (int i = 0; i < 200; i++) {
            double m = 0.5 * (lo + hi);
            if (volumeFractionAt(m) > c) {
                lo = m;
            } else {
                hi = m;
            }
        }
        return 0.5 * (lo + hi);
    }

    /** Where the last (0.002) curve lies, m: the workbook's range ends there. */
    public double lastCurveDistanceM() {
        double a = alpha();
        double b = Math.log10(NEAR_FIELD_X);
        for (int k = 0; k < RATIOS.length; k++) {
            b = Math.max(beta(k, a), b);
        }
        return lengthScaleM() * Math.pow(10, b);
    }

    /** Cross-wind half-width of the dense plume L_H at {@code xM}, m. */
    public double halfWidthM(double xM) {
        double lb = g0 * q0 / (u * u * u);
        return lengthScaleM() + 8 * lb + 2.5 * Math.cbrt(lb) * Math.pow(Math.max(0, xM), 2.0 / 3.0);
    }
}
