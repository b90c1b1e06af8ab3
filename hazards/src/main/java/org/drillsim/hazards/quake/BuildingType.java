package org.drillsim.hazards.quake;

import org.drillsim.hazards.DataLines;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A Hazus model building type at one seismic design level with its equivalent-PGA structural fragility curves and
 * its collapse share, read from {@code /hazard/quake-buildings.csv} (sources in the file).
 *
 * @param hazusClass    e.g. C2M
 * @param code          high, moderate, low or pre
 * @param medianPgaG    median PGA (g) of slight, moderate, extensive, complete damage
 * @param collapseShare share of completely damaged buildings that collapse
 */
public record BuildingType(String hazusClass, String code, double[] medianPgaG, double collapseShare) {

    /** Dispersion of every equivalent-PGA curve (Hazus Tables 5.16a–d). */
    public static final double BETA = 0.64;
    private static final String RESOURCE = "/hazard/quake-buildings.csv";
    private static volatile Map<String, BuildingType> table;

    /** P(damage ≥ {@code state} | PGA). */
    public double exceedance(DamageState state, double pgaG) {
        return Lognormal.exceedance(pgaG, medianPgaG[state.ordinal()], BETA);
    }

    /**
     * Shares of the buildings in each state at {@code pgaG}: index 0 none, 1 slight … 4 complete; they add up to 1.
     */
    public double[] stateShares(double pgaG) {
        double[] out = new double[5];
        double above = 1.0;
        for (DamageState d : DamageState.values()) {
            double p = exceedance(d, pgaG);
            out[d.ordinal()] = above - p;
            above = p;
        }
        out[4] = above;
        return out;
    }

    /** The type {@code hazusClass} at {@code code}. */
    public static BuildingType get(String hazusClass, String code) {
        BuildingType t = all().get(key(hazusClass, code));
        if (t == null) {
            throw new IllegalArgumentException("no Hazus building type " + hazusClass + " at code level " + code
                    + "; known: " + String.join(", ", all().keySet()));
        }
        return t;
    }

    /** Whether the table has that class at that code level. */
    public static boolean exists(String hazusClass, String code) {
        return all().containsKey(key(hazusClass, code));
    }

    /** Every type, keyed "CLASS/code", in file order. */
    public static Map<String, BuildingType> all() {
        Map<String, BuildingType> t = table;
        if (t == null) {
            t = load();
            table = t;
        }
        return t;
    }

    private static String key(String hazusClass, String code) {
        return hazusClass.toUpperCase(Locale.ROOT) + "/" + code.toLowerCase(Locale.ROOT);
    }

    private static Map<String, BuildingType> load() {
        Map<String, BuildingType> m = new LinkedHashMap<>();
        List<DataLines.Row> rows = DataLines.read(BuildingType.class, RESOURCE);
        for (DataLines.Row r : rows) {
            String[] f = r.fields();
            if (f.length != 7) {
                throw new IllegalStateException(RESOURCE + ":" + r.line() + ": expected 7 fields, got " + f.length);
            }
            double[] med = new double[4];
            for (int i = 0; i < 4; i++) {
                med[i] = Double.parseDouble(f[2 + i].strip());
                if (i > 0 && !(med[i] > med[i - 1])) {
                    throw new IllegalStateException(RESOURCE + ":" + r.line() + ": medians must increase with the damage state");
                }
            }
            BuildingType b = new BuildingType(f[0].strip(), f[1].strip(), med, Double.parseDouble(f[6].strip()));
            m.put(key(b.hazusClass(), b.code()), b);
        }
        return Collections.unmodifiableMap(m);
    }

    /** Keys of every type, for messages. */
    static List<String> keys() {
        return new ArrayList<>(all().keySet());
    }
}
