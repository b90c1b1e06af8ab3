package org.drillsim.exporters.doc;

/**
 * Shares a table's width among its columns: each column asks for its natural width (its longest
 * line) and needs at least its minimum (its longest word). When everything fits, columns widen in
 * proportion; when not, the widest are capped at a common width (water filling) so short columns
 * such as numbers keep their one-line width.
 */
public final class ColumnWidths {
    private ColumnWidths() {
    }

    /**
     * The column widths, summing to {@code total}.
     *
     * @param natural each column's width on one line
     * @param minimum each column's least width (its longest unbreakable word)
     * @param total   the width to fill
     */
    public static double[] fit(double[] natural, double[] minimum, double total) {
        int n = natural.length;
        if (n == 0 || minimum.length != n || !(total > 0)) {
            throw new IllegalArgumentException("need as many minimum as natural widths and a positive total");
        }
        double[] widths = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            sum += Math.max(natural[c], 1e-9);
        }
        if (sum <= total) {
            for (int c = 0; c < n; c++) {
                widths[c] = Math.max(natural[c], 1e-9) * total / sum;
            }
            return widths;
        }
        double lo = 0;
        double hi = total;
        for (int iter = 0; iter < 50; iter++) {
            double cap = (lo + hi) / 2;
            double t = 0;
            for (int c = 0; c < n; c++) {
                t += Math.max(Math.min(minimum[c], total / n), Math.min(natural[c], cap));
            }
            if (t > total) {
                hi = cap;
            } else {
                lo = cap;
            }
        }
        double t = 0;
        for (int c = 0; c < n; c++) {
            widths[c] = Math.max(Math.min(minimum[c], total / n), Math.min(natural[c], lo));
            t += widths[c];
        }
        for (int c = 0; c < n; c++) {
            widths[c] *= total / t;
        }
        return widths;
    }

    /** Widths in proportion to {@code weights}, summing to {@code total}. */
    public static double[] fromWeights(java.util.List<Double> weights, double total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double[] out = new double[weights.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = weights.get(i) * total / sum;
        }
        return out;
    }
}
