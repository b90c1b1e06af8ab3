package org.drillsim.hazards.quake;

import java.util.Locale;

/**
 * Hazus highway-bridge classes with their fragility in 1.0-s spectral acceleration (median Sa(1.0) in g of slight,
 * moderate, extensive and complete damage, β = 0.6): Hazus-MH MR4 Earthquake Technical Manual, Table 7.9 (after
 * Basöz &amp; Mander 1999). The manual modifies the medians for skew, number of spans and the Sa(0.3)/Sa(1.0) ratio
 * (K_skew, K_3D, K_shape); those factors need each bridge's geometry, which OSM does not give, and are left out
 * (factor 1).
 */
public enum BridgeClass {
    /** Major bridge (length over 150 m), conventional design. */
    HWB1(0.40, 0.50, 0.70, 0.90),
    /** Major bridge, seismic design. */
    HWB2(0.60, 0.90, 1.10, 1.70),
    /** Single span, conventional design. */
    HWB3(0.80, 1.00, 1.20, 1.70),
    /** Single span, seismic design. */
    HWB4(0.80, 1.00, 1.20, 1.70),
    /** Multi-column bent, simple support, concrete, conventional design. */
    HWB5(0.25, 0.35, 0.45, 0.70);

    /** Dispersion of every bridge curve. */
    public static final double BETA = 0.6;

    private final double[] medianSa10G;

    BridgeClass(double... medianSa10G) {
        this.medianSa10G = medianSa10G;
    }

    /** P(damage ≥ {@code state} | Sa(1.0)). */
    public double exceedance(DamageState state, double sa10G) {
        return Lognormal.exceedance(sa10G, medianSa10G[state.ordinal()], BETA);
    }

    /** The class named {@code s} (e.g. "HWB1"). */
    public static BridgeClass parse(String s) {
        try {
            return valueOf(s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bridge class: expected HWB1–HWB5, got '" + s + "'");
        }
    }
}
