package org.drillsim.analysis.siting;

import java.util.function.ToDoubleFunction;

/** Exhaustive search over all sets of new sites, for checking the solver on small instances. */
final class BruteForce {
    private BruteForce() {
    }

    /** Sum over demand of weight × cost to the nearest open site. */
    static double medianCost(SitingProblem problem, int[] open) {
        double total = 0;
        for (int i = 0; i < problem.demandCount(); i++) {
            if (problem.weight(i) > 0) total += problem.weight(i) * nearest(problem, open, i);
        }
        return total;
    }

    /** Demand weight within {@code threshold} of an open site. */
    static double covered(SitingProblem problem, int[] open, double threshold) {
        double total = 0;
        for (int i = 0; i < problem.demandCount(); i++) {
            if (nearest(problem, open, i) <= threshold) total += problem.weight(i);
        }
        return total;
    }

    /** Largest cost from a demand point of positive weight to its nearest open site. */
    static double center(SitingProblem problem, int[] open) {
        double worst = 0;
        for (int i = 0; i < problem.demandCount(); i++) {
            if (problem.weight(i) > 0) worst = Math.max(worst, nearest(problem, open, i));
        }
        return worst;
    }

    private static double nearest(SitingProblem problem, int[] open, int i) {
        double best = Double.POSITIVE_INFINITY;
        for (int j : open) best = Math.min(best, problem.costs().cost(i, j));
        return best;
    }

    /** The least value of {@code objective} over every choice of new sites (fixed sites included). */
    static double minimum(SitingProblem problem, ToDoubleFunction<int[]> objective) {
        int[] fixed = problem.fixedSites();
        int k = problem.newSites();
        int[] free = new int[problem.siteCount() - fixed.length];
        int c = 0;
        for (int j = 0; j < problem.siteCount(); j++) if (!problem.isFixed(j)) free[c++] = j;
        int[] pick = new int[k];
        for (int t = 0; t < k; t++) pick[t] = t;
        double best = Double.POSITIVE_INFINITY;
        while (true) {
            int[] open = new int[fixed.length + k];
            System.arraycopy(fixed, 0, open, 0, fixed.length);
            for (int t = 0; t < k; t++) open[fixed.length + t] = free[pick[t]];
            best = Math.min(best, objective.applyAsDouble(open));
            int t = k - 1;
            while (t >= 0 && pick[t] == free.length - k + t) t--;
            if (t < 0) return best;
            pick[t]++;
            for (int u = t + 1; u < k; u++) pick[u] = pick[u - 1] + 1;
        }
    }
}
