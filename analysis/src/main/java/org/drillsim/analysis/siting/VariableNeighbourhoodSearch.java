package org.drillsim.analysis.siting;

import java.util.SplittableRandom;

/**
 * Variable neighbourhood search (Hansen and Mladenović, “Variable neighborhood search for the
 * p-median”, Location Science 5, 1997): shake the best solution by {@code t} random swaps,
 * descend with the fast swap local search, move there if better and reset {@code t} to 1,
 * otherwise try {@code t + 1} (cycling back to 1 after {@code tMax}).
 */
final class VariableNeighbourhoodSearch {
    /** Best solution found and the iterations spent. */
    record Outcome(int[] sites, double value, int iterations) {
    }

    private VariableNeighbourhoodSearch() {
    }

    /**
     * @param search  working state; on return it holds the best solution
     * @param start   chosen sites to start from
     * @param stopAt  stop as soon as the objective reaches this value (a proven lower bound)
     */
    static Outcome run(SwapSearch search, int[] start, double stopAt, SitingSettings settings,
                       SplittableRandom random, int maxShake) {
        search.setChosen(start);
        int[] best = search.chosen();
        double bestValue = search.objective();
        int t = 1;
        int stall = 0;
        int iterations = 0;
        while (iterations < settings.maxIterations() && stall < settings.maxStallIterations()
                && bestValue - stopAt > 1e-9 * Math.max(1, Math.abs(bestValue)) && maxShake > 0) {
            iterations++;
            search.setChosen(best);
            search.shake(t, random);
            search.localSearch();
            if (search.objective() < bestValue - 1e-9 * Math.max(1, Math.abs(bestValue))) {
                best = search.chosen();
                bestValue = search.objective();
                t = 1;
                stall = 0;
            } else {
                t = t % maxShake + 1;
                stall++;
            }
        }
        search.setChosen(best);
        return new Outcome(best, bestValue, iterations);
    }
}
