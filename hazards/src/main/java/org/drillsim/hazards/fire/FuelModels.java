package org.drillsim.hazards.fire;

import org.drillsim.hazards.DataLines;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standard fuel models, read from the resource {@code /hazard/fuel-models.csv}: Anderson's 13 (1–13) and
 * Scott &amp; Burgan's 40 (101–204).
 */
public final class FuelModels {

    private static final String RESOURCE = "/hazard/fuel-models.csv";
    private static volatile Map<Integer, FuelModel> models;

    private FuelModels() {
    }

    /**
     * Fuel model {@code number} (1–13 Anderson, 101–204 Scott &amp; Burgan).
     *
     * @throws IllegalArgumentException for any other number
     */
    public static FuelModel get(int number) {
        FuelModel m = byNumber().get(number);
        if (m == null) {
            throw new IllegalArgumentException("fuel model: expected an Anderson (1982) number 1-13 or a Scott & Burgan"
                    + " (2005) number 101-204 (GR1=101 … SB4=204), got " + number);
        }
        return m;
    }

    /** True when {@code number} is a standard fuel model. */
    public static boolean exists(int number) {
        return byNumber().containsKey(number);
    }

    /** All models in number order. */
    public static List<FuelModel> all() {
        return List.copyOf(byNumber().values());
    }

    private static Map<Integer, FuelModel> byNumber() {
        Map<Integer, FuelModel> m = models;
        if (m == null) {
            m = load();
            models = m;
        }
        return m;
    }

    private static Map<Integer, FuelModel> load() {
        Map<Integer, FuelModel> out = new LinkedHashMap<>();
        int last = 0;
        for (DataLines.Row row : DataLines.read(FuelModels.class, RESOURCE)) {
            String[] f = row.fields();
            if (f.length != 17) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected 17 fields, got " + f.length);
            }
            String kind = f[16].trim();
            if (!kind.equals("D") && !kind.equals("S")) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": dynamic must be D or S, got " + kind);
            }
            FuelModel m = new FuelModel(Integer.parseInt(f[0].trim()), f[1], f[2], f[3], d(f[4]), d(f[5]), d(f[6]),
                    d(f[7]), d(f[8]), d(f[9]), d(f[10]), d(f[11]), d(f[12]), d(f[13]), d(f[14]), d(f[15]),
                    kind.equals("D"));
            if (m.number() <= last) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": models must be in increasing number order");
            }
            last = m.number();
            out.put(m.number(), m);
        }
        return Collections.unmodifiableMap(out);
    }

    private static double d(String s) {
        return Double.parseDouble(s.trim());
    }
}
