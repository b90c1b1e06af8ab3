package org.drillsim.hazards.fire;

import org.drillsim.hazards.Check;

/**
 * Rothermel's (1972) surface fire rate-of-spread model with Albini's (1976) formulation for
 * heterogeneous fuel beds and live-fuel moisture of extinction; wind and slope combined as vectors
 * into an effective wind (Rothermel 1983; Andrews 2018, RMRS-GTR-371); elliptical shape from the
 * length-to-breadth ratio of Anderson (1983), RP-INT-305, as used in FARSITE (Finney 1998); Byram (1959) fireline intensity and flame
 * length.
 *
 * <p>The equations are evaluated in the US customary units of the original papers (their empirical
 * constants are fitted in those units) and converted to SI on output. Constants: heat content h per fuel model
 * (8000 Btu/lb except Scott &amp; Burgan GR6, 9000), particle density ρp = 32 lb/ft³, total mineral S_T = 0.0555, effective mineral S_e = 0.010.
 *
 * <p>Equations (i = dead/live category, j = size class; w load, σ surface-area-to-volume ratio,
 * M moisture, δ depth):
 * <pre>
 *  a_ij = σ_ij w_ij / ρp, f_ij = a_ij / Σ_j a_ij, f_i = A_i / A_T            (surface-area weights)
 *  σ = Σ f_i Σ f_ij σ_ij;  ρb = Σ w_ij / δ;  β = ρb / ρp;  β_op = 3.348 σ^-0.8189
 *  Γ' = Γ'max (β/β_op)^A exp(A (1 − β/β_op)), Γ'max = σ^1.5 / (495 + 0.0594 σ^1.5), A = 133 σ^-0.7913
 *  η_M = 1 − 2.59 r + 5.11 r² − 3.52 r³, r = min(1, M_i / Mx_i);  η_s = 0.174 S_e^-0.19
 *  I_R = Γ' Σ_i w_n,i h_i η_M,i η_s,   w_n,i = Σ_j g_ij w_ij (1 − S_T), g_ij the summed f of j's size class
 *                                                       (Albini 1976: SAV ≥1200, ≥192, ≥96, ≥48, ≥16, less)
 *  ξ = exp((0.792 + 0.681 σ^0.5)(β + 0.1)) / (192 + 0.2595 σ)
 *  φ_w = C U^B (β/β_op)^-E, C = 7.47 exp(−0.133 σ^0.55), B = 0.02526 σ^0.54, E = 0.715 exp(−3.59e-4 σ)
 *  φ_s = 5.275 β^-0.3 tan²φ
 *  R = I_R ξ (1 + φ_w + φ_s) / (ρb Σ_i f_i Σ_j f_ij exp(−138/σ_ij)(250 + 1116 M_ij))
 *  Mx_live = max(Mx_dead, 2.9 W (1 − M'_dead / Mx_dead) − 0.226)                    (Albini 1976)
 *  LB = 0.936 e^(0.2566 U) + 0.461 e^(−0.1548 U) − 0.397 ≤ 8, U effective midflame wind, m/s
 *                                                       (Anderson 1983 as in FARSITE, Finney 1998)
 *  I_B = I_R (384/σ) R / 60 [Btu/ft/s];  L = 0.45 I_B^0.46 [ft]                              (Byram 1959)
 * </pre>
 * Dynamic models (Scott &amp; Burgan 2005) move the cured share of the live herbaceous load into a dead class
 * with the herbaceous SAV and the 1-h moisture ({@link FuelModel#curedHerbFraction(double)}).
 * The effective wind is capped at 0.9·I_R ft/min (Rothermel's maximum reliable wind speed) when the wind
 * limit is on; Andrews, Cruz &amp; Rothermel (2013) argue that this cap is too low, so it is a stated option.
 */
public final class Rothermel {

    private static final double PARTICLE_DENSITY = 32;      // lb/ft3
    private static final double TOTAL_MINERAL = 0.0555;
    private static final double EFFECTIVE_MINERAL = 0.010;
    private static final double TONS_PER_ACRE_TO_LB_PER_FT2 = 2000.0 / 43560.0;
    private static final double FT_PER_MIN_TO_M_PER_S = 0.3048 / 60.0;
    private static final double BTU_FT2_MIN_TO_KW_M2 = 1.05505585 / (0.3048 * 0.3048) / 60.0;
    private static final double BTU_FT2_TO_KJ_M2 = 1.05505585 / (0.3048 * 0.3048);

    /** Upper bound of the fire ellipse length-to-breadth ratio (as in FARSITE / FlamMap). */
    public static final double MAX_LENGTH_TO_BREADTH = 8.0;

    private Rothermel() {
    }

    /**
     * Fire behaviour for one fuel model and environment, Rothermel's wind limit applied.
     *
     * @see #spread(FuelModel, FuelMoisture, double, double, double, double, boolean)
     */
    public static SpreadResult spread(FuelModel fuel, FuelMoisture moisture, double midflameWindMs, double windToDeg,
                                      double slopePercent, double upslopeDeg) {
        return spread(fuel, moisture, midflameWindMs, windToDeg, slopePercent, upslopeDeg, true);
    }

    /**
     * Fire behaviour for one fuel model and environment.
     *
     * @param fuel           the fuel model
     * @param moisture       fuel moisture
     * @param midflameWindMs midflame wind speed, m/s, >= 0
     * @param windToDeg      direction the wind blows TOWARDS, degrees clockwise from north
     * @param slopePercent   slope, % (rise/run × 100), >= 0
     * @param upslopeDeg     direction the slope rises towards, degrees clockwise from north
     * @param windLimit      cap the effective wind at 0.9·I_R ft/min (Rothermel 1972)
     * @return the spread; {@link SpreadResult#NONE} when the fuel does not carry fire
     */
    public static SpreadResult spread(FuelModel fuel, FuelMoisture moisture, double midflameWindMs, double windToDeg,
                                      double slopePercent, double upslopeDeg, boolean windLimit) {
        Check.nonNegative("midflameWindMs", midflameWindMs);
        Check.nonNegative("slopePercent", slopePercent);
        // Particle classes: dead 1-h, 10-h, 100-h, cured herbaceous; live herbaceous, woody (Scott & Burgan 2005).
        double cured = fuel.curedHerbFraction(moisture.liveHerbPct());
        double herb = fuel.loadHerb() * TONS_PER_ACRE_TO_LB_PER_FT2;
        double[] wDead = {fuel.load1h() * TONS_PER_ACRE_TO_LB_PER_FT2, fuel.load10h() * TONS_PER_ACRE_TO_LB_PER_FT2,
                fuel.load100h() * TONS_PER_ACRE_TO_LB_PER_FT2, herb * cured};
        double[] sDead = {fuel.sav1h(), FuelModel.SAV_10H, FuelModel.SAV_100H, fuel.savHerb()};
        double m1 = moisture.dead1hPct() / 100;
        double[] mDead = {m1, moisture.dead10hPct() / 100, moisture.dead100hPct() / 100, m1};
        double[] wLive = {herb * (1 - cured), fuel.loadWoody() * TONS_PER_ACRE_TO_LB_PER_FT2};
        double[] sLive = {fuel.savHerb(), fuel.savWoody()};
        double[] mLive = {moisture.liveHerbPct() / 100, moisture.liveWoodyPct() / 100};
        double mxDead = fuel.mxDeadPct() / 100;

        double[] aDead = areas(wDead, sDead);
        double[] aLive = areas(wLive, sLive);
        double sumADead = sum(aDead);
        double sumALive = sum(aLive);
        if (sumADead <= 0) {
            return SpreadResult.NONE;
        }
        double aTotal = sumADead + sumALive;
        double fDead = sumADead / aTotal;
        double fLive = sumALive / aTotal;
        double[] fjDead = fractions(aDead, sumADead);
        double[] fjLive = fractions(aLive, sumALive);

        double sigmaDead = dot(fjDead, sDead);
        double sigmaLive = dot(fjLive, sLive);
        double sigma = fDead * sigmaDead + fLive * sigmaLive;
        // Net loads with Albini's (1976) size-class weights (particles of similar SAV share a weight).
        double wnDead = dot(sizeClassWeights(fjDead, sDead), wDead) * (1 - TOTAL_MINERAL);
        double wnLive = dot(sizeClassWeights(fjLive, sLive), wLive) * (1 - TOTAL_MINERAL);
        double mfDead = dot(fjDead, mDead);
        double mfLive = dot(fjLive, mLive);
        double heatDead = fuel.heatDead();
        double heatLive = fuel.heatLive();

        double bulkDensity = (sum(wDead) + sum(wLive)) / fuel.depthFt();
        double beta = bulkDensity / PARTICLE_DENSITY;
        double betaOp = 3.348 * Math.pow(sigma, -0.8189);
        double ratio = beta / betaOp;
        double gammaMax = Math.pow(sigma, 1.5) / (495 + 0.0594 * Math.pow(sigma, 1.5));
        double aExp = 133 * Math.pow(sigma, -0.7913);
        double gamma = gammaMax * Math.pow(ratio, aExp) * Math.exp(aExp * (1 - ratio));

        double etaS = Math.min(1.0, 0.174 * Math.pow(EFFECTIVE_MINERAL, -0.19));
        double etaMDead = moistureDamping(mfDead, mxDead);
        double etaMLive = 0;
        if (sumALive > 0) {
            double fineDead = 0;
            double fineDeadMoist = 0;
            for (int j = 0; j < wDead.length; j++) {
                double x = wDead[j] * Math.exp(-138.0 / sDead[j]);
                fineDead += x;
                fineDeadMoist += x * mDead[j];
            }
            double fineLive = 0;
            for (int j = 0; j < wLive.length; j++) {
                fineLive += wLive[j] * Math.exp(-500.0 / sLive[j]);
            }
            double mPrimeDead = fineDead > 0 ? fineDeadMoist / fineDead : 0;
            double mxLive = Math.max(mxDead, 2.9 * (fineDead / fineLive) * (1 - mPrimeDead / mxDead) - 0.226);
            etaMLive = moistureDamping(mfLive, mxLive);
        }
        double reactionIntensity = gamma * etaS * (wnDead * heatDead * etaMDead + wnLive * heatLive * etaMLive);
        if (reactionIntensity <= 0) {
            return SpreadResult.NONE;
        }
        double xi = Math.exp((0.792 + 0.681 * Math.sqrt(sigma)) * (beta + 0.1)) / (192 + 0.2595 * sigma);
        double heatSink = bulkDensity * (fDead * sink(fjDead, sDead, mDead) + fLive * sink(fjLive, sLive, mLive));
        double r0 = reactionIntensity * xi / heatSink; // ft/min

        // Wind and slope as vectors (Rothermel 1983): magnitudes φ along their directions.
        double c = 7.47 * Math.exp(-0.133 * Math.pow(sigma, 0.55));
        double b = 0.02526 * Math.pow(sigma, 0.54);
        double e = 0.715 * Math.exp(-3.59e-4 * sigma);
        double windFtMin = midflameWindMs / FT_PER_MIN_TO_M_PER_S;
        double phiW = windFtMin > 0 ? c * Math.pow(windFtMin, b) * Math.pow(ratio, -e) : 0;
        double tanPhi = slopePercent / 100.0;
        double phiS = 5.275 * Math.pow(beta, -0.3) * tanPhi * tanPhi;
        double wx = phiW * Math.sin(Math.toRadians(windToDeg)) + phiS * Math.sin(Math.toRadians(upslopeDeg));
        double wy = phiW * Math.cos(Math.toRadians(windToDeg)) + phiS * Math.cos(Math.toRadians(upslopeDeg));
        double phiE = Math.hypot(wx, wy);
        double headDir = phiE > 0 ? (Math.toDegrees(Math.atan2(wx, wy)) + 360) % 360 : windToDeg;
        double effWindFtMin = phiE > 0 ? Math.pow(phiE * Math.pow(ratio, e) / c, 1.0 / b) : 0;
        double maxWind = 0.9 * reactionIntensity;
        if (windLimit && effWindFtMin > maxWind) {
            effWindFtMin = maxWind;
            phiE = c * Math.pow(effWindFtMin, b) * Math.pow(ratio, -e);
        }
        double headFtMin = r0 * (1 + phiE);
        double lb = lengthToBreadth(effWindFtMin * FT_PER_MIN_TO_M_PER_S);

        double residenceMin = 384.0 / sigma;
        double heatPerArea = reactionIntensity * residenceMin; // Btu/ft2
        double headRosMs = headFtMin * FT_PER_MIN_TO_M_PER_S;
        double heatPerAreaKJ = heatPerArea * BTU_FT2_TO_KJ_M2;
        double intensity = heatPerAreaKJ * headRosMs; // kJ/m2 * m/s = kW/m
        return new SpreadResult(r0 * FT_PER_MIN_TO_M_PER_S, headRosMs, headDir,
                effWindFtMin * FT_PER_MIN_TO_M_PER_S, lb, reactionIntensity * BTU_FT2_MIN_TO_KW_M2, heatPerAreaKJ,
                intensity, SpreadResult.flameLengthM(intensity));
    }

    private static double[] areas(double[] w, double[] s) {
        double[] a = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            a[j] = s[j] * w[j] / PARTICLE_DENSITY;
        }
        return a;
    }

    private static double[] fractions(double[] a, double total) {
        double[] f = new double[a.length];
        for (int j = 0; j < a.length; j++) {
            f[j] = total > 0 ? a[j] / total : 0;
        }
        return f;
    }

    /** Albini's (1976) size classes by SAV (1/ft): ≥1200, ≥192, ≥96, ≥48, ≥16, smaller. */
    private static int sizeClass(double sav) {
        return sav >= 1200 ? 0 : sav >= 192 ? 1 : sav >= 96 ? 2 : sav >= 48 ? 3 : sav >= 16 ? 4 : 5;
    }

    /** Each particle's weight: the summed surface-area fraction of the particles in its size class. */
    private static double[] sizeClassWeights(double[] f, double[] s) {
        double[] byClass = new double[6];
        for (int j = 0; j < f.length; j++) {
            byClass[sizeClass(s[j])] += f[j];
        }
        double[] g = new double[f.length];
        for (int j = 0; j < f.length; j++) {
            g[j] = byClass[sizeClass(s[j])];
        }
        return g;
    }

    private static double sink(double[] f, double[] s, double[] m) {
        double x = 0;
        for (int j = 0; j < f.length; j++) {
            if (f[j] > 0) {
                x += f[j] * Math.exp(-138.0 / s[j]) * (250 + 1116 * m[j]);
            }
        }
        return x;
    }

    private static double sum(double[] a) {
        double x = 0;
        for (double v : a) {
            x += v;
        }
        return x;
    }

    private static double dot(double[] a, double[] b) {
        double x = 0;
        for (int j = 0; j < a.length; j++) {
            x += a[j] * b[j];
        }
        return x;
    }

    /**
     * Fire ellipse length-to-breadth ratio for an effective midflame wind of {@code windMs} m/s: Anderson
     * (1983) in the form used by FARSITE (Finney 1998, RMRS-RP-4), LB = 0.936 e^(0.2566 U) + 0.461
     * e^(−0.1548 U) − 0.397 with U in m/s, bounded to [1, {@value #MAX_LENGTH_TO_BREADTH}].
     */
    public static double lengthToBreadth(double windMs) {
        if (windMs <= 0) {
            return 1.0;
        }
        double lb = 0.936 * Math.exp(0.2566 * windMs) + 0.461 * Math.exp(-0.1548 * windMs) - 0.397;
        return Math.max(1.0, Math.min(MAX_LENGTH_TO_BREADTH, lb));
    }

    private static double moistureDamping(double m, double mx) {
        if (mx <= 0) {
            return 0;
        }
        double r = m / mx;
        if (r >= 1) {
            return 0; // at or above extinction: no fire (the cubic is 0 there, up to rounding)
        }
        return Math.max(0, 1 - 2.59 * r + 5.11 * r * r - 3.52 * r * r * r);
    }
}
