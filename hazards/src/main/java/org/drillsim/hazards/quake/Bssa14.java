package org.drillsim.hazards.quake;

import java.util.Locale;

/**
 * Median ground motion of Boore, Stewart, Seyhan &amp; Atkinson (2014), "NGA-West2 equations for predicting PGA, PGV,
 * and 5 % damped PSA for shallow crustal earthquakes", Earthquake Spectra 30(3):1057–1085 (BSSA14): the source
 * function F_E (eqs. 2–3), the path function F_P with the regional anelastic adjustment Δc3 (eq. 4) and the site
 * function F_S (linear and nonlinear terms, eqs. 6–8), without the basin-depth term (δz1 = 0, the model's own
 * default when z1 is unknown). Coefficients are those of the paper's electronic supplement for the four intensity
 * measures DrillSim uses; medians only (the aleatory σ is not drawn: a drill plays one median scenario).
 *
 * <p>Distance is the Joyner–Boore distance R_JB; a point source is assumed, so R_JB is the epicentral distance
 * (the finite rupture of an Mw 6 event, some 10–15 km long, is not modelled).
 */
public final class Bssa14 {

    /** The intensity measures: PGA and PSA in g, PGV in cm/s. */
    public enum Measure {
        //        e0       e1       e2       e3       e4       e5        e6        Mh    c1      c2       c3        h     dc3China dc3ItJp   c        Vc       f4       f5
        PGV(5.037, 5.078, 4.849, 5.033, 1.073, -0.1536, 0.2252, 6.2, -1.243, 0.1489, -0.00344, 5.3, 0.00435, -0.00033, -0.84, 1300.0, -0.1, -0.00844),
        PGA(0.4473, 0.4856, 0.2459, 0.4539, 1.431, 0.05053, -0.1662, 5.5, -1.134, 0.1917, -0.00809, 4.5, 0.00286, -0.00255, -0.6, 1500.0, -0.15, -0.00701),
        /** 5 %-damped pseudo-spectral acceleration at 0.3 s. */
        SA_0_3(1.2217, 1.2401, 1.0246, 1.2653, 0.95676, -0.1959, -0.092855, 6.14, -1.0948, 0.13388, -0.00548, 4.93, 0.0022, -0.0033, -0.8417, 1308.47, -0.2191, -0.0067),
        /** 5 %-damped pseudo-spectral acceleration at 1.0 s. */
        SA_1_0(0.3932, 0.4218, 0.207, 0.4124, 1.5004, -0.18983, 0.17895, 6.2, -1.193, 0.10248, -0.00121, 5.74, 0.00292, -0.00209, -1.05, 1109.95, -0.1052, -0.00844);

        final double e0, e1, e2, e3, e4, e5, e6, mh, c1, c2, c3, h, dc3China, dc3ItalyJapan, c, vc, f4, f5;

        Measure(double e0, double e1, double e2, double e3, double e4, double e5, double e6, double mh, double c1,
                double c2, double c3, double h, double dc3China, double dc3ItalyJapan, double c, double vc, double f4,
                double f5) {
            this.e0 = e0;
            this.e1 = e1;
            this.e2 = e2;
            this.e3 = e3;
            this.e4 = e4;
            this.e5 = e5;
            this.e6 = e6;
            this.mh = mh;
            this.c1 = c1;
            this.c2 = c2;
            this.c3 = c3;
            this.h = h;
            this.dc3China = dc3China;
            this.dc3ItalyJapan = dc3ItalyJapan;
            this.c = c;
            this.vc = vc;
            this.f4 = f4;
            this.f5 = f5;
        }

        /** "PGA", "PGV", "SA(0.3)", "SA(1.0)". */
        public String label() {
            return switch (this) {
                case PGV -> "PGV";
                case PGA -> "PGA";
                case SA_0_3 -> "SA(0.3)";
                case SA_1_0 -> "SA(1.0)";
            };
        }

        /** The measure named {@code s} ("pga", "pgv", "sa0.3", "sa1.0"). */
        public static Measure parse(String s) {
            return switch (s.toLowerCase(Locale.ROOT)) {
                case "pga" -> PGA;
                case "pgv" -> PGV;
                case "sa0.3" -> SA_0_3;
                case "sa1.0" -> SA_1_0;
                default -> throw new IllegalArgumentException("measure: expected pga, pgv, sa0.3 or sa1.0, got '" + s + "'");
            };
        }
    }

    /** Fault mechanism (source term). */
    public enum Mechanism { UNSPECIFIED, STRIKE_SLIP, NORMAL, REVERSE }

    /** Regional anelastic attenuation (Δc3): global/California/Taiwan 0; China and Turkey; Italy and Japan. */
    public enum Region { GLOBAL, CHINA_TURKEY, ITALY_JAPAN }

    private static final double M_REF = 4.5;
    private static final double R_REF = 1.0;
    private static final double V_REF = 760.0;
    private static final double F1 = 0.0;
    private static final double F3 = 0.1;

    private Bssa14() {
    }

    /**
     * The median of {@code measure}: g for PGA and PSA, cm/s for PGV.
     *
     * @param m     moment magnitude
     * @param rjbKm Joyner–Boore distance, km (≥ 0)
     * @param vs30  Vs30, m/s
     */
    public static double median(Measure measure, double m, double rjbKm, double vs30, Mechanism mechanism, Region region) {
        if (!(rjbKm >= 0) || !(vs30 > 0) || !Double.isFinite(m)) {
            throw new IllegalArgumentException("BSSA14 needs M finite, R_JB >= 0 and Vs30 > 0, got M=" + m + " R_JB="
                    + rjbKm + " Vs30=" + vs30);
        }
        double lnRock = lnSourcePath(measure, m, rjbKm, mechanism, region);
        if (vs30 == V_REF) {
            return Math.exp(lnRock);
        }
        double pgaRock = Math.exp(lnSourcePath(Measure.PGA, m, rjbKm, mechanism, region));
        return Math.exp(lnRock + siteTerm(measure, vs30, pgaRock));
    }

    /** F_E + F_P: the median on the reference rock, Vs30 = 760 m/s, as ln. */
    static double lnSourcePath(Measure k, double m, double rjbKm, Mechanism mechanism, Region region) {
        double fe = switch (mechanism) {
            case UNSPECIFIED -> k.e0;
            case STRIKE_SLIP -> k.e1;
            case NORMAL -> k.e2;
            case REVERSE -> k.e3;
        };
        double dm = m - k.mh;
        fe += m <= k.mh ? k.e4 * dm + k.e5 * dm * dm : k.e6 * dm;
        double r = Math.sqrt(rjbKm * rjbKm + k.h * k.h);
        double dc3 = switch (region) {
            case GLOBAL -> 0.0;
            case CHINA_TURKEY -> k.dc3China;
            case ITALY_JAPAN -> k.dc3ItalyJapan;
        };
        double fp = (k.c1 + k.c2 * (m - M_REF)) * Math.log(r / R_REF) + (k.c3 + dc3) * (r - R_REF);
        return fe + fp;
    }

    /** F_S: linear (eq. 6) plus nonlinear (eqs. 7–8) site amplification, as ln. */
    static double siteTerm(Measure k, double vs30, double pgaRockG) {
        double lin = k.c * Math.log(Math.min(vs30, k.vc) / V_REF);
        double f2 = k.f4 * (Math.exp(k.f5 * (Math.min(vs30, V_REF) - 360.0)) - Math.exp(k.f5 * (V_REF - 360.0)));
        double nonlin = F1 + f2 * Math.log((pgaRockG + F3) / F3);
        return lin + nonlin;
    }
}
