package org.drillsim.hazards.fire;

import org.drillsim.hazards.DataLines;

import java.util.ArrayList;
import java.util.List;

/** The 13 standard fuel models, read from the resource {@code /hazard/fuel-models.csv}. */
public final class FuelModels {

    private static final String RESOURCE = "/hazard/fuel-models.csv";
    private static volatile List<FuelModel> models;

    private FuelModels() {
    }

    /**
     * Fuel model {@code number} (1–13).
     *
     * @throws IllegalArgumentException for any other number
     */
    public static FuelModel get(int number) {
        List<FuelModel> all = all();
        if (number < 1 || number > all.size()) {
            throw new IllegalArgumentException("fuel model: expected a number 1-" + all.size() + ", got " + number);
        }
        return all.get(number - 1);
    }

    /** All models in number order. */
    public static List<FuelModel> all() {
        List<FuelModel> m = models;
        if (m == null) {
            m = load();
            models = m;
        }
        return m;
    }

    private static List<FuelModel> load() {
        List<FuelModel> out = new ArrayList<>();
        for (DataLines.Row row : DataLines.read(FuelModels.class, RESOURCE)) {
            String[] f = row.fields();
            if (f.length != 12) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": expected 12 fields, got " + f.length);
            }
            FuelModel m = new FuelModel(Integer.parseInt(f[0]), f[1], f[2], f[3], d(f[4]), d(f[5]), d(f[6]), d(f[7]),
                    d(f[8]), d(f[9]), d(f[10]), d(f[11]));
            if (m.number() != out.size() + 1) {
                throw new IllegalStateException(RESOURCE + ":" + row.line() + ": models must be numbered 1, 2, 3 … in order");
            }
            out.add(m);
        }
        return List.copyOf(out);
    }

    private static double d(String s) {
        return Double.parseDouble(s.trim());
    }
}
