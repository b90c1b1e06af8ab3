package org.drillsim.world;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.DoubleSupplier;

/**
 * Time series sampled at every hazard tick and at the horizon: one column per probe (e.g. people with
 * first treatment within 2 h, ambulances busy, hospital beds used). Modules register probes at install.
 */
public final class Series {
    private final List<String> columns = new ArrayList<>();
    private final List<DoubleSupplier> probes = new ArrayList<>();
    private final List<long[]> times = new ArrayList<>();
    private final List<double[]> rows = new ArrayList<>();

    /**
     * Adds a column.
     *
     * @param column name, e.g. {@code medical.treated} or {@code units.ambulance.busy}
     * @param probe  value at the sampling time
     */
    public void probe(String column, DoubleSupplier probe) {
        if (columns.contains(column)) {
            throw new IllegalArgumentException("duplicate series column " + column);
        }
        columns.add(column);
        probes.add(probe);
    }

    /** Samples every probe at {@code tMs} (a second sample at the same time replaces the first). */
    public void sample(long tMs) {
        double[] row = new double[probes.size()];
        for (int i = 0; i < row.length; i++) {
            row[i] = probes.get(i).getAsDouble();
        }
        if (!times.isEmpty() && times.get(times.size() - 1)[0] == tMs) {
            rows.set(rows.size() - 1, row);
            return;
        }
        times.add(new long[] {tMs});
        rows.add(row);
    }

    public List<String> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** Sample times, ms. */
    public long[] times() {
        long[] t = new long[times.size()];
        for (int i = 0; i < t.length; i++) {
            t[i] = times.get(i)[0];
        }
        return t;
    }

    /** Row {@code i}: one value per column (columns added after the sample are missing: NaN). */
    public double[] row(int i) {
        double[] r = rows.get(i);
        if (r.length == columns.size()) {
            return r.clone();
        }
        double[] out = new double[columns.size()];
        java.util.Arrays.fill(out, Double.NaN);
        System.arraycopy(r, 0, out, 0, r.length);
        return out;
    }

    /** Number of samples. */
    public int size() {
        return rows.size();
    }
}
