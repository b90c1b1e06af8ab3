package org.drillsim.bench.siting;

import java.util.Arrays;
import org.drillsim.analysis.siting.CostMatrix;
import org.drillsim.analysis.siting.SitingProblem;

/**
 * The textbook reference for the siting benchmark: greedy addition followed by the Teitz–Bart
 * vertex-substitution interchange (Teitz and Bart, Operations Research 16, 1968) — for each
 * closed candidate in turn, find the open site whose replacement by it lowers the cost most,
 * and make that swap if it does; repeat until a full pass makes no swap. Each trial swap is
 * evaluated in O(n) from every demand point's nearest and second-nearest open site, so a pass
 * costs O(n·m·p). Independent of the solver under test: it only reads the cost matrix.
 */
final class TeitzBartReference {
    /** Sites chosen and their p-median cost. */
    record Solution(int[] sites, double value, int passes) {
    }

    private final SitingProblem problem;
    private final CostMatrix costs;
    private final int n;
    private final int m;
    private final boolean[] open;
    private final double[] d1;
    private final double[] d2;
    private final int[] near1;

    TeitzBartReference(SitingProblem problem) {
        if (problem.fixedSites().length > 0) throw new IllegalArgumentException("reference handles no fixed sites");
        this.problem = problem;
        this.costs = problem.costs();
        this.n = problem.demandCount();
        this.m = problem.siteCount();
        this.open = new boolean[m];
        this.d1 = new double[n];
        this.d2 = new double[n];
        this.near1 = new int[n];
    }

    Solution solve() {
        int p = problem.newSites();
        int[] sites = greedy(p);
        int passes = 0;
        boolean improved = true;
        while (improved) {
            improved = false;
            passes++;
            for (int f = 0; f < m; f++) {
                if (open[f]) continue;
                int bestSlot = -1;
                double bestDelta = -1e-9;
                for (int slot = 0; slot < p; slot++) {
                    double delta = swapDelta(f, sites[slot]);
                    if (delta < bestDelta) {
                        bestDelta = delta;
                        bestSlot = slot;
                    }
                }
                if (bestSlot >= 0) {
                    open[sites[bestSlot]] = false;
                    open[f] = true;
                    sites[bestSlot] = f;
                    updateNearest();
                    improved = true;
                }
            }
        }
        int[] sorted = sites.clone();
        Arrays.sort(sorted);
        double value = 0;
        for (int i = 0; i < n; i++) value += problem.weight(i) * d1[i];
        return new Solution(sorted, value, passes);
    }

    /** Change in cost when {@code in} replaces {@code out}. */
    private double swapDelta(int in, int out) {
        double delta = 0;
        for (int i = 0; i < n; i++) {
            double c = costs.cost(i, in);
            double now = near1[i] == out ? Math.min(c, d2[i]) : Math.min(c, d1[i]);
            delta += problem.weight(i) * (now - d1[i]);
        }
        return delta;
    }

    private int[] greedy(int p) {
        int[] sites = new int[p];
        double[] best = new double[n];
        Arrays.fill(best, Double.POSITIVE_INFINITY);
        for (int s = 0; s < p; s++) {
            int pick = -1;
            double pickCost = Double.POSITIVE_INFINITY;
            for (int f = 0; f < m; f++) {
                if (open[f]) continue;
                double total = 0;
                for (int i = 0; i < n; i++) total += problem.weight(i) * Math.min(best[i], costs.cost(i, f));
                if (total < pickCost) {
                    pickCost = total;
                    pick = f;
                }
            }
            open[pick] = true;
            sites[s] = pick;
            for (int i = 0; i < n; i++) best[i] = Math.min(best[i], costs.cost(i, pick));
        }
        updateNearest();
        return sites;
    }

    private void updateNearest() {
        for (int i = 0; i < n; i++) {
            d1[i] = Double.POSITIVE_INFINITY;
            d2[i] = Double.POSITIVE_INFINITY;
            near1[i] = -1;
            for (int f = 0; f < m; f++) {
                if (!open[f]) continue;
                double c = costs.cost(i, f);
                if (c < d1[i]) {
                    d2[i] = d1[i];
                    d1[i] = c;
                    near1[i] = f;
                } else if (c < d2[i]) {
                    d2[i] = c;
                }
            }
        }
    }
}
