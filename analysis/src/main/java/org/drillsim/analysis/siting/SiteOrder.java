package org.drillsim.analysis.siting;

import java.util.Arrays;

/**
 * For each demand point with positive weight, every site ranked from nearest to farthest (ties
 * by site index). The solvers walk these lists only as far as a cost bound, which keeps a swap
 * evaluation near O(n·m/p) instead of O(n·m). Demand points of weight 0 get an empty list:
 * they can never change an objective.
 */
final class SiteOrder {
    private final int[][] ranked;

    SiteOrder(SitingProblem problem) {
        CostMatrix costs = problem.costs();
        int n = costs.demandCount();
        int m = costs.siteCount();
        ranked = new int[n][];
        long[] keys = new long[m];
        for (int i = 0; i < n; i++) {
            if (problem.weight(i) == 0) {
                ranked[i] = new int[0];
                continue;
            }
            // Non-negative floats order like their bit patterns, so (bits, site) sorts by cost then site.
            for (int j = 0; j < m; j++) keys[j] = ((long) Float.floatToIntBits(costs.rawCost(i, j)) << 32) | j;
            Arrays.sort(keys);
            int[] row = new int[m];
            for (int j = 0; j < m; j++) row[j] = (int) keys[j];
            ranked[i] = row;
        }
    }

    /** @return the sites ranked by cost from demand point {@code demand} (shared array: do not modify). */
    int[] ranked(int demand) {
        return ranked[demand];
    }
}
