package org.drillsim.hazards.chemical;

/**
 * Horizontal and vertical dispersion coefficients σy(x), σz(x) in metres for a downwind distance x in
 * metres.
 *
 * <p>Briggs (1973) formulas, as tabulated in Gifford (1976) and Hanna, Briggs &amp; Hosker (1982),
 * "Handbook on Atmospheric Diffusion", Table 4.5 (x in m):
 * <pre>
 * RURAL  σy                          σz
 *   A    0.22x(1+0.0001x)^-1/2       0.20x
 *   B    0.16x(1+0.0001x)^-1/2       0.12x
 *   C    0.11x(1+0.0001x)^-1/2       0.08x(1+0.0002x)^-1/2
 *   D    0.08x(1+0.0001x)^-1/2       0.06x(1+0.0015x)^-1/2
 *   E    0.06x(1+0.0001x)^-1/2       0.03x(1+0.0003x)^-1
 *   F    0.04x(1+0.0001x)^-1/2       0.016x(1+0.0003x)^-1
 * URBAN
 *   A–B  0.32x(1+0.0004x)^-1/2       0.24x(1+0.001x)^1/2
 *   C    0.22x(1+0.0004x)^-1/2       0.20x
 *   D    0.16x(1+0.0004x)^-1/2       0.14x(1+0.0003x)^-1/2
 *   E–F  0.11x(1+0.0004x)^-1/2       0.08x(1+0.0015x)^-1/2
 * </pre>
 * Pasquill–Gifford (Turner 1970) as fitted in ISC3: σy = 465.116·x·tan(T), T = c − d·ln x degrees,
 * σz = a·x^b (x in km) with (a, b) by class and distance range, σz capped at 5000 m.
 */
public final class DispersionCoefficients {

    private DispersionCoefficients() {
    }

    /** σy in metres at downwind distance {@code xM} (> 0) metres. */
    public static double sigmaY(DispersionSetting setting, Stability s, double xM) {
        double x = xM;
        return switch (setting) {
            case RURAL -> switch (s) {
                case A -> 0.22 * x / Math.sqrt(1 + 0.0001 * x);
                case B -> 0.16 * x / Math.sqrt(1 + 0.0001 * x);
                case C -> 0.11 * x / Math.sqrt(1 + 0.0001 * x);
                case D -> 0.08 * x / Math.sqrt(1 + 0.0001 * x);
                case E -> 0.06 * x / Math.sqrt(1 + 0.0001 * x);
                case F -> 0.04 * x / Math.sqrt(1 + 0.0001 * x);
            };
            case URBAN -> switch (s) {
                case A, B -> 0.32 * x / Math.sqrt(1 + 0.0004 * x);
                case C -> 0.22 * x / Math.sqrt(1 + 0.0004 * x);
                case D -> 0.16 * x / Math.sqrt(1 + 0.0004 * x);
                case E, F -> 0.11 * x / Math.sqrt(1 + 0.0004 * x);
            };
            case PASQUILL_GIFFORD -> pgSigmaY(s, xM / 1000.0);
        };
    }

    /** σz in metres at downwind distance {@code xM} (> 0) metres. */
    public static double sigmaZ(DispersionSetting setting, Stability s, double xM) {
        double x = xM;
        return switch (setting) {
            case RURAL -> switch (s) {
                case A -> 0.20 * x;
                case B -> 0.12 * x;
                case C -> 0.08 * x / Math.sqrt(1 + 0.0002 * x);
                case D -> 0.06 * x / Math.sqrt(1 + 0.0015 * x);
                case E -> 0.03 * x / (1 + 0.0003 * x);
                case F -> 0.016 * x / (1 + 0.0003 * x);
            };
            case URBAN -> switch (s) {
                case A, B -> 0.24 * x * Math.sqrt(1 + 0.001 * x);
                case C -> 0.20 * x;
                case D -> 0.14 * x / Math.sqrt(1 + 0.0003 * x);
                case E, F -> 0.08 * x / Math.sqrt(1 + 0.0015 * x);
            };
            case PASQUILL_GIFFORD -> pgSigmaZ(s, xM / 1000.0);
        };
    }

    private static double pgSigmaY(Stability s, double xKm) {
        double c;
        double d;
        switch (s) {
            case A -> { c = 24.1670; d = 2.5334; }
            case B -> { c = 18.3330; d = 1.8096; }
            case C -> { c = 12.5000; d = 1.0857; }
            case D -> { c = 8.3330; d = 0.72382; }
            case E -> { c = 6.2500; d = 0.54287; }
            default -> { c = 4.1667; d = 0.36191; }
        }
        double t = Math.toRadians(c - d * Math.log(xKm));
        return 465.11628 * xKm * Math.tan(t);
    }

    // ISC3 σz fits: rows of {upper bound of x in km, a, b}.
    private static final double[][] PG_Z_A = {{0.10, 122.800, 0.94470}, {0.15, 158.080, 1.05420},
            {0.20, 170.220, 1.09320}, {0.25, 179.520, 1.12620}, {0.30, 217.410, 1.26440}, {0.40, 258.890, 1.40940},
            {0.50, 346.750, 1.72830}, {3.11, 453.850, 2.11660}};
    private static final double[][] PG_Z_B = {{0.20, 90.673, 0.93198}, {0.40, 98.483, 0.98332},
            {Double.MAX_VALUE, 109.300, 1.09710}};
    private static final double[][] PG_Z_C = {{Double.MAX_VALUE, 61.141, 0.91465}};
    private static final double[][] PG_Z_D = {{0.30, 34.459, 0.86974}, {1.00, 32.093, 0.81066},
            {3.00, 32.093, 0.64403}, {10.00, 33.504, 0.60486}, {30.00, 36.650, 0.56589},
            {Double.MAX_VALUE, 44.053, 0.51179}};
    private static final double[][] PG_Z_E = {{0.10, 24.260, 0.83660}, {0.30, 23.331, 0.81956},
            {1.00, 21.628, 0.75660}, {2.00, 21.628, 0.63077}, {4.00, 22.534, 0.57154}, {10.00, 24.703, 0.50527},
            {20.00, 26.970, 0.46713}, {40.00, 35.420, 0.37615}, {Double.MAX_VALUE, 47.618, 0.29592}};
    private static final double[][] PG_Z_F = {{0.20, 15.209, 0.81558}, {0.70, 14.457, 0.78407},
            {1.00, 13.953, 0.68465}, {2.00, 13.953, 0.63227}, {3.00, 14.823, 0.54503}, {7.00, 16.187, 0.46490},
            {15.00, 17.836, 0.41507}, {30.00, 22.651, 0.32681}, {60.00, 27.074, 0.27436},
            {Double.MAX_VALUE, 34.219, 0.21716}};

    private static double pgSigmaZ(Stability s, double xKm) {
        double[][] table = switch (s) {
            case A -> PG_Z_A;
            case B -> PG_Z_B;
            case C -> PG_Z_C;
            case D -> PG_Z_D;
            case E -> PG_Z_E;
            case F -> PG_Z_F;
        };
        for (double[] row : table) {
            if (xKm <= row[0]) {
                return Math.min(5000.0, row[1] * Math.pow(xKm, row[2]));
            }
        }
        return 5000.0; // class A beyond 3.11 km
    }
}
