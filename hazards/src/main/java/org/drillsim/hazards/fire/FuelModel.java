package org.drillsim.hazards.fire;

/**
 * A standard fire behavior fuel model: Anderson's (1982) 13 (numbers 1–13) or Scott &amp; Burgan's (2005) 40
 * (numbers 101–204, codes GR1 … SB4), in the US customary units of the original publications (the
 * Rothermel equations' empirical constants are fitted in them).
 *
 * @param number     1–13, 101–204
 * @param code       "FM1" …, "GR1" …
 * @param nameZh     Chinese name
 * @param nameEn     English name
 * @param load1h     1-h dead fuel load, tons/acre
 * @param load10h    10-h dead fuel load, tons/acre
 * @param load100h   100-h dead fuel load, tons/acre
 * @param loadHerb   live herbaceous fuel load, tons/acre
 * @param loadWoody  live woody fuel load, tons/acre
 * @param sav1h      1-h surface-area-to-volume ratio, 1/ft
 * @param savHerb    live herbaceous surface-area-to-volume ratio, 1/ft
 * @param savWoody   live woody surface-area-to-volume ratio, 1/ft
 * @param depthFt    fuel bed depth, ft
 * @param mxDeadPct  dead fuel moisture of extinction, %
 * @param heatDead   dead fuel heat content, Btu/lb
 * @param heatLive   live fuel heat content, Btu/lb
 * @param dynamic    true when the live herbaceous load cures into dead fuel with its moisture (Scott &amp; Burgan
 *                   2005: fully cured at ≤ 30 %, fully green at ≥ 120 %)
 */
public record FuelModel(int number, String code, String nameZh, String nameEn, double load1h, double load10h,
                        double load100h, double loadHerb, double loadWoody, double sav1h, double savHerb,
                        double savWoody, double depthFt, double mxDeadPct, double heatDead, double heatLive,
                        boolean dynamic) {

    /** 10-h fuel surface-area-to-volume ratio, 1/ft (all standard models). */
    public static final double SAV_10H = 109;
    /** 100-h fuel surface-area-to-volume ratio, 1/ft (all standard models). */
    public static final double SAV_100H = 30;

    public FuelModel {
        if (number < 1 || !(depthFt > 0) || !(sav1h > 0) || !(savHerb > 0) || !(savWoody > 0) || !(mxDeadPct > 0)
                || load1h < 0 || load10h < 0 || load100h < 0 || loadHerb < 0 || loadWoody < 0 || !(heatDead > 0)
                || !(heatLive > 0)) {
            throw new IllegalArgumentException("fuel model " + number + ": invalid parameters");
        }
    }

    /**
     * Fraction of the live herbaceous load that counts as cured (dead) at live herbaceous moisture {@code herbPct}:
     * 0 for static models; for dynamic ones 1.333 − 1.11·M (M as a fraction), bounded to [0, 1] — the straight line
     * from fully cured at 30 % to fully green at 120 % (Scott &amp; Burgan 2005, p. 12).
     */
    public double curedHerbFraction(double herbPct) {
        if (!dynamic) {
            return 0;
        }
        return Math.max(0, Math.min(1, 1.333 - 1.11 * herbPct / 100));
    }
}
