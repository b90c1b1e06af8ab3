package org.drillsim.hazards.fire;

/**
 * One of the 13 standard fire behavior fuel models (Albini 1976; Anderson 1982), in the US customary
 * units of the original publications (the Rothermel equations' empirical constants are fitted in them).
 *
 * @param number     1–13
 * @param code       "FM1" …
 * @param nameZh     Chinese name
 * @param nameEn     English name
 * @param load1h     1-h dead fuel load, tons/acre
 * @param load10h    10-h dead fuel load, tons/acre
 * @param load100h   100-h dead fuel load, tons/acre
 * @param loadLive   live fuel load (herbaceous for model 2, woody otherwise), tons/acre
 * @param sav1h      1-h surface-area-to-volume ratio, 1/ft
 * @param savLive    live surface-area-to-volume ratio, 1/ft
 * @param depthFt    fuel bed depth, ft
 * @param mxDeadPct  dead fuel moisture of extinction, %
 */
public record FuelModel(int number, String code, String nameZh, String nameEn, double load1h, double load10h,
                        double load100h, double loadLive, double sav1h, double savLive, double depthFt,
                        double mxDeadPct) {

    /** 10-h fuel surface-area-to-volume ratio, 1/ft (all 13 models). */
    public static final double SAV_10H = 109;
    /** 100-h fuel surface-area-to-volume ratio, 1/ft (all 13 models). */
    public static final double SAV_100H = 30;

    public FuelModel {
        if (number < 1 || !(depthFt > 0) || !(sav1h > 0) || !(mxDeadPct > 0) || load1h < 0 || load10h < 0
                || load100h < 0 || loadLive < 0) {
            throw new IllegalArgumentException("fuel model " + number + ": invalid parameters");
        }
    }

    /** True when the live fuel is herbaceous (model 2) rather than woody; it matters for moisture only. */
    public boolean liveIsHerbaceous() {
        return number == 2;
    }
}
