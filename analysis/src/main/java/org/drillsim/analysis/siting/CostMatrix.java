package org.drillsim.analysis.siting;

import java.util.function.IntFunction;

/**
 * Travel cost (or time) from each demand point {@code i} (row) to each site {@code j} (column),
 * held densely as {@code float} (about 7 significant digits; integer costs below 2<sup>24</sup>
 * are exact). {@code +Infinity} marks an unreachable pair; negative or NaN costs are rejected.
 * Immutable.
 */
public final class CostMatrix {
    /** Cost of one pair, for {@link #compute}. */
    @FunctionalInterface
    public interface CostFunction {
        /** @return the cost from demand point {@code demand} to site {@code site}. */
        double cost(int demand, int site);
    }

    private final int demandCount;
    private final int siteCount;
    private final float[] costs; // row-major: demand * siteCount + site
    private final boolean allFinite;

    private CostMatrix(int demandCount, int siteCount, float[] costs) {
        this.demandCount = demandCount;
        this.siteCount = siteCount;
        this.costs = costs;
        boolean finite = true;
        for (int k = 0; k < costs.length; k++) {
            float c = costs[k];
            if (Float.isNaN(c) || c < 0 || c == Float.NEGATIVE_INFINITY) {
                throw new IllegalArgumentException("cost from demand " + k / siteCount + " to site " + k % siteCount
                        + " is " + c + "; costs must be >= 0 (or +Infinity for unreachable)");
            }
            if (c == Float.POSITIVE_INFINITY) finite = false;
        }
        this.allFinite = finite;
    }

    /** A matrix copied from {@code costs[demand][site]}; every row must have the same length. */
    public static CostMatrix of(double[][] costs) {
        int n = checkRows(costs.length);
        int m = costs[0].length;
        float[] flat = new float[checkSize(n, m)];
        for (int i = 0; i < n; i++) {
            checkRow(i, costs[i].length, m);
            for (int j = 0; j < m; j++) flat[i * m + j] = (float) costs[i][j];
        }
        return new CostMatrix(n, m, flat);
    }

    /** A matrix copied from {@code costs[demand][site]}; every row must have the same length. */
    public static CostMatrix of(float[][] costs) {
        int n = checkRows(costs.length);
        int m = costs[0].length;
        float[] flat = new float[checkSize(n, m)];
        for (int i = 0; i < n; i++) {
            checkRow(i, costs[i].length, m);
            System.arraycopy(costs[i], 0, flat, i * m, m);
        }
        return new CostMatrix(n, m, flat);
    }

    /** A matrix filled by calling {@code function} once per pair. */
    public static CostMatrix compute(int demandCount, int siteCount, CostFunction function) {
        float[] flat = new float[checkSize(demandCount, siteCount)];
        for (int i = 0; i < demandCount; i++) {
            for (int j = 0; j < siteCount; j++) flat[i * siteCount + j] = (float) function.cost(i, j);
        }
        return new CostMatrix(demandCount, siteCount, flat);
    }

    /**
     * A matrix filled one site at a time, e.g. from a one-to-many shortest-path search per site:
     * {@code column.apply(j)[i]} is the cost from demand {@code i} to site {@code j}.
     */
    public static CostMatrix fromColumns(int demandCount, int siteCount, IntFunction<double[]> column) {
        float[] flat = new float[checkSize(demandCount, siteCount)];
        for (int j = 0; j < siteCount; j++) {
            double[] col = column.apply(j);
            if (col == null || col.length != demandCount) {
                throw new IllegalArgumentException("column for site " + j + " has "
                        + (col == null ? "no values" : col.length + " values") + ", expected " + demandCount);
            }
            for (int i = 0; i < demandCount; i++) flat[i * siteCount + j] = (float) col[i];
        }
        return new CostMatrix(demandCount, siteCount, flat);
    }

    private static int checkRows(int n) {
        if (n == 0) throw new IllegalArgumentException("cost matrix has no demand rows");
        return n;
    }

    private static void checkRow(int i, int length, int expected) {
        if (length != expected) {
            throw new IllegalArgumentException("cost matrix row " + i + " has " + length + " sites, row 0 has " + expected);
        }
    }

    private static int checkSize(int n, int m) {
        if (n <= 0 || m <= 0) throw new IllegalArgumentException("cost matrix must be at least 1x1, got " + n + "x" + m);
        long size = (long) n * m;
        if (size > Integer.MAX_VALUE - 8) throw new IllegalArgumentException("cost matrix " + n + "x" + m + " is too large");
        return (int) size;
    }

    /** @return number of demand points (rows). */
    public int demandCount() {
        return demandCount;
    }

    /** @return number of sites (columns). */
    public int siteCount() {
        return siteCount;
    }

    /** @return the cost from demand point {@code demand} to site {@code site}. */
    public double cost(int demand, int site) {
        return costs[demand * siteCount + site];
    }

    /** @return whether no pair is unreachable ({@code +Infinity}). */
    public boolean allFinite() {
        return allFinite;
    }

    float rawCost(int demand, int site) {
        return costs[demand * siteCount + site];
    }
}
