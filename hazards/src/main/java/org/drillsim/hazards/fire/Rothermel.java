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
 * constants are fitted in those units) and converted to SI on output. Constants: heat content h = 8000
 * Btu/lb, particle density ρp = 32 lb/ft³, total mineral S_T = 0.0555, effective mineral S_e = 0.010.
 *
 * <p>Equations (i = dead/live category, j = size class; w load, σ surface-area-to-volume ratio,
 * M moisture, δ depth):
 * <pre>
 *  a_ij = σ_ij w_ij / ρp, f_ij = a_ij / Σ_j a_ij, f_i = A_i / A_T            (surface-area weights)
 *  σ = Σ f_i Σ f_ij σ_ij;  ρb = Σ w_ij / δ;  β = ρb / ρp;  β_op = 3.348 σ^-0.8189
 *  Γ' = Γ'max (β/β_op)^A exp(A (1 − β/β_op)), Γ'max = σ^1.5 / (495 + 0.0594 σ^1.5), A = 133 σ^-0.7913
 *  η_M = 1 − 2.59 r + 5.11 r² − 3.52 r³, r = min(1, M_i / Mx_i);  η_s = 0.174 S_e^-0.19
 *  I_R = Γ' Σ_i w_n,i h η_M,i η_s,   w_n,i = Σ_j f_ij w_ij (1 − S_T)
 *  ξ = exp((0.792 + 0.681 σ^0.5)(β + 0.1)) / (192 + 0.2595 σ)
 *  φ_w = C U^B (β/β_op)^-E, C = 7.47 exp(−0.133 σ^0.55), B = 0.02526 σ^0.54, E = 0.715 exp(−3.59e-4 σ)
 *  φ_s = 5.275 β^-0.3 tan²φ
 *  R = I_R ξ (1 + φ_w + φ_s) / (ρb Σ_i f_i Σ_j f_ij exp(−138/σ_ij)(250 + 1116 M_ij))
 *  Mx_live = max(Mx_dead, 2.9 W (1 − M'_dead / Mx_dead) − 0.226)                    (Albini 1976)
 *  LB = 0.936 e^(0.2566 U) + 0.461 e^(−0.1548 U) − 0.397 ≤ 8, U effective midflame wind, m/s
 *                                                       (Anderson 1983 as in FARSITE, Finney 1998)
 *  I_B = I_R (384/σ) R / 60 [Btu/ft/s];  L = 0.45 I_B^0.46 [ft]                              (Byram 1959)
 * </pre>
 * The effective wind is capped at 0.9·I_R ft/min (Rothermel's maximum reliable wind speed).
 */
public final class Rothermel {

    private static final double HEAT_CONTENT = 8000;        // Btu/lb
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
     * Fire behaviour for one fuel model and environment.
     *
     * @param fuel           the fuel model
     * @param moisture       fuel moisture
     * @param midflameWindMs midflame wind speed, m/s, >= 0
     * @param windToDeg      direction the wind blows TOWARDS, degrees clockwise from north
     * @param slopePercent   slope, % (rise/run × 100), >= 0
     * @param upslopeDeg     direction the slope rises towards, degrees clockwise from north
     * @return the spread; {@link SpreadResult#NONE} when the fuel does not carry fire
     */
    public static SpreadResult spread(FuelModel fuel, FuelMoisture moisture, double midflameWindMs, double windToDeg,
                                      double slopePercent, double upslopeDeg) {
        Check.nonNegative("midflameWindMs", midflameWindMs);
        Check.nonNegative("slopePercent", slopePercent);
        double[] wDead = {fuel.load1h() * TONS_PER_ACRE_TO_LB_PER_FT2, fuel.load10h() * TONS_PER_ACRE_TO_LB_PER_FT2,
                fuel.load100h() * TONS_PER_ACRE_TO_LB_PER_FT2};
        double[] sDead = {fuel.sav1h(), FuelModel.SAV_10H, FuelModel.SAV_100H};
        double[] mDead = {moisture.dead1hPct() / 100, moisture.dead10hPct() / 100, moisture.dead100hPct() / 100};
        double wLive = fuel.loadLive() * TONS_PER_ACRE_TO_LB_PER_FT2;
        double sLive = fuel.savLive();
        double mLive = (fuel.liveIsHerbaceous() ? moisture.liveHerbPct() : moisture.liveWoodyPct()) / 100;
        double mxDead = fuel.mxDeadPct() / 100;

        // Surface-area weights.
        double[] aDead = new double[3];
        double sumADead = 0;
        for (int j = 0; j < 3; j++) {
            aDead[j] = sDead[j] * wDead[j] / PARTICLE_DENSITY;
            sumADead += aDead[j];
        }
        double aLive = sLive * wLive / PARTICLE_DENSITY;
        double aTotal = sumADead + aLive;
        if (sumADead <= 0) {
            return SpreadResult.NONE;
        }
        double fDead = sumADead / aTotal;
        double fLive = aLive / aTotal;

        double sigmaDead = 0;
        double wnDead = 0;
        double mfDead = 0;
        double sinkDead = 0;
        for (int j = 0; j < 3; j++) {
            double f = aDead[j] / sumADead;
            sigmaDead += f * sDead[j];
            wnDead += f * wDead[j] * (1 - TOTAL_MINERAL);
            mfDead += f * mDead[j];
            sinkDead += f * Math.exp(-138.0 / sDead[j]) * (250 + 1116 * mDead[j]);
        }
        double sigma = fDead * sigmaDead + fLive * sLive;
        double wnLive = wLive * (1 - TOTAL_MINERAL);
        double sinkLive = aLive > 0 ? Math.exp(-138.0 / sLive) * (250 + 1116 * mLive) : 0;

        double bulkDensity = (wDead[0] + wDead[1] + wDead[2] + wLive) / fuel.depthFt();
        double beta = bulkDensity / PARTICLE_DENSITY;
        double betaOp = 3.348 * Math.pow(sigma, -0.8189);
        double ratio = beta / betaOp;
        double gammaMax = Math.pow(sigma, 1.5) / (495 + 0.0594 * Math.pow(sigma, 1.5));
        double aExp = 133 * Math.pow(sigma, -0.7913);
        double gamma = gammaMax * Math.pow(ratio, aExp) * Math.exp(aExp * (1 - ratio));

        double etaS = Math.min(1.0, 0.174 * Math.pow(EFFECTIVE_MINERAL, -0.19));
        double etaMDead = moistureDamping(mfDead, mxDead);
        double etaMLive = 0;
        if (aLive > 0) {
            double num = 0;
            double den = 0;
            double mNum = 0;
            for (int j = 0; j < 3; j++) {
                double x = wDead[j] * Math.exp(-138.0 / sDead[j]);
                num += x;
                mNum += x * mDead[j];
            }
            den = wLive * Math.exp(-500.0 / sLive);
            double wRatio = num / den;
            double mPrimeDead = num > 0 ? mNum / num : 0;
            double mxLive = Math.max(mxDead, 2.9 * wRatio * (1 - mPrimeDead / mxDead) - 0.226);
            etaMLive = moistureDamping(mLive, mxLive);
        }
        double reactionIntensity = gamma * HEAT_CONTENT * etaS * (wnDead * etaMDead + wnLive * etaMLive);
        if (reactionIntensity <= 0) {
            return SpreadResult.NONE;
        }
        double xi = Math.exp((0.792 + 0.681 * Math.sqrt(sigma)) * (beta + 0.1)) / (192 + 0.2595 * sigma);
        double heatSink = bulkDensity * (fDead * sinkDead + fLive * sinkLive);
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
        if (effWindFtMin > maxWind) {
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
