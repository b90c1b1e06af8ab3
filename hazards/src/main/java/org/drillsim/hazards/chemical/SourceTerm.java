package org.drillsim.hazards.chemical;

/**
 * Release rate through a hole in a tank (Crowl &amp; Louvar, Chemical Process Safety, 2nd ed. 2002, §4-2 and §4-6;
 * CCPS, Guidelines for Consequence Analysis of Chemical Releases, 1999, §2.1.1):
 * <pre>
 *  liquid (Bernoulli):  ṁ = Cd · A · √(2ρ (Pg + ρ g hL))
 *  gas, choked when P0/Pa ≥ ((γ+1)/2)^(γ/(γ−1)):  ṁ = Cd · A · P0 · √(γ M / (R T0) · (2/(γ+1))^((γ+1)/(γ−1)))
 *  gas, subsonic:  ṁ = Cd · A · P0 · √(2M/(R T0) · γ/(γ−1) · ((Pa/P0)^(2/γ) − (Pa/P0)^((γ+1)/γ)))
 * </pre>
 * Pg gauge pressure above the liquid, hL liquid head above the hole, P0 absolute gas pressure, Pa atmospheric. Limits:
 * the rate is held at its initial value until the inventory is gone (the falling liquid head and the gas blowdown,
 * whose rate decays as the pressure falls, are not followed: the tank empties at inventory / initial rate); no
 * two-phase flashing flow in the hole (a liquefied gas flashing in a pipe gives less mass flow than Bernoulli).
 */
public final class SourceTerm {
    /** Discharge coefficient of a sharp-edged hole (Crowl &amp; Louvar §4-2). */
    public static final double SHARP_EDGED_CD = 0.61;
    /** Standard atmosphere, Pa. */
    public static final double ATMOSPHERE_PA = 101_325;
    private static final double R = 8.314462618;
    private static final double G = 9.80665;

    private SourceTerm() {
    }

    /** Hole area, m², of a round hole {@code diameterM} across. */
    public static double holeAreaM2(double diameterM) {
        return Math.PI * diameterM * diameterM / 4;
    }

    /**
     * Liquid mass rate through a hole, kg/s.
     *
     * @param cd          discharge coefficient
     * @param areaM2      hole area, m²
     * @param densityKgM3 liquid density
     * @param gaugePa     pressure above the liquid minus atmospheric, Pa
     * @param headM       liquid height above the hole, m
     */
    public static double liquidRateKgS(double cd, double areaM2, double densityKgM3, double gaugePa, double headM) {
        double dp = gaugePa + densityKgM3 * G * headM;
        return dp <= 0 ? 0 : cd * areaM2 * Math.sqrt(2 * densityKgM3 * dp);
    }

    /** Whether gas at absolute {@code p0Pa} leaves a hole at sonic speed into {@code paPa}. */
    public static boolean choked(double p0Pa, double paPa, double gamma) {
        return p0Pa / paPa >= Math.pow((gamma + 1) / 2, gamma / (gamma - 1));
    }

    /**
     * Gas mass rate through a hole, kg/s, choked or subsonic.
     *
     * @param cd     discharge coefficient
     * @param areaM2 hole area, m²
     * @param p0Pa   absolute pressure in the tank
     * @param t0K    gas temperature in the tank
     * @param molarMassKgMol molar mass, kg/mol
     * @param gamma  heat capacity ratio cp/cv
     * @param paPa   absolute pressure outside
     */
    public static double gasRateKgS(double cd, double areaM2, double p0Pa, double t0K, double molarMassKgMol,
                                    double gamma, double paPa) {
        if (p0Pa <= paPa) {
            return 0;
        }
        if (choked(p0Pa, paPa, gamma)) {
            return cd * areaM2 * p0Pa * Math.sqrt(gamma * molarMassKgMol / (R * t0K)
                    * Math.pow(2 / (gamma + 1), (gamma + 1) / (gamma - 1)));
        }
        double r = paPa / p0Pa;
        return cd * areaM2 * p0Pa * Math.sqrt(2 * molarMassKgMol / (R * t0K) * gamma / (gamma - 1)
                * (Math.pow(r, 2 / gamma) - Math.pow(r, (gamma + 1) / gamma)));
    }
}
