package org.drillsim.analysis.siting;

import java.time.Duration;
import java.util.SplittableRandom;

/**
 * Chooses new facility sites on any cost matrix: p-median, maximal covering and p-center, each
 * answer with a proven bound and its gap.
 *
 * <p>Method (all three objectives reduce to a weighted assignment cost, see {@link WeightedCosts}):
 * greedy addition, then the fast swap local search of Resende and Werneck ({@link SwapSearch});
 * a Lagrangian-relaxation lower bound by subgradient optimisation, whose relaxed solutions also
 * seed the search ({@link LagrangianBound}); then variable neighbourhood search until the bound
 * proves the solution optimal or the iteration limits of {@link SitingSettings} are reached.
 * Deterministic for a given seed. On the 40 OR-Library p-median instances it is within 1 % of
 * the proven optimum (see {@code drillsim bench siting}).
 */
public final class SitingSolver {
    private final SitingSettings settings;

    /** A solver with the given limits and seed. */
    public SitingSolver(SitingSettings settings) {
        this.settings = settings;
    }

    /** A solver with {@link SitingSettings#DEFAULT}. */
    public SitingSolver() {
        this(SitingSettings.DEFAULT);
    }

    /**
     * p-median: opens {@code problem.newSites()} sites minimising the demand-weighted cost to the
     * nearest open site. Needs finite costs.
     */
    public SitingResult pMedian(SitingProblem problem) {
        long start = System.nanoTime();
        WeightedCosts costs = WeightedCosts.median(problem, new SiteOrder(problem));
        Minimum min = minimise(costs);
        return result(SitingObjective.P_MEDIAN, min, min.value, min.bound, start);
    }

    /**
     * Maximal covering: opens {@code problem.newSites()} sites maximising the demand weight whose
     * nearest open site is within {@code threshold} (inclusive; e.g. 2 h of travel).
     */
    public SitingResult maxCovering(SitingProblem problem, double threshold) {
        long start = System.nanoTime();
        WeightedCosts costs = WeightedCosts.covering(problem, new SiteOrder(problem), threshold);
        Minimum min = minimise(costs);
        double total = problem.totalWeight();
        // Covered = total − uncovered; the lower bound on uncovered is an upper bound on covered.
        return result(SitingObjective.MAX_COVERING, min, total - min.value, total - min.bound, start);
    }

    /** Result of minimising one weighted assignment cost. */
    record Minimum(SwapSearch search, double value, double bound, int iterations, int boundIterations) {
    }

    Minimum minimise(WeightedCosts costs) {
        SitingProblem problem = costs.problem();
        SwapSearch search = new SwapSearch(costs);
        if (problem.newSites() == 0) {
            search.updateNearest();
            return new Minimum(search, search.objective(), search.objective(), 0, 0);
        }
        search.greedy();
        search.localSearch();
        int[] best = search.chosen();
        double bestValue = search.objective();
        if (problem.newSites() == 1 && problem.fixedSites().length == 0) {
            // The local search tried every single site: that is exhaustive.
            return new Minimum(search, bestValue, bestValue, 0, 0);
        }
        LagrangianBound relaxation = new LagrangianBound(costs);
        LagrangianBound.Outcome lr = relaxation.run(LagrangianBound.INIT == 0 ? search.demandCosts() : search.secondCosts(), bestValue, settings.maxBoundIterations());
        int boundIterations = lr.iterations();
        if (lr.bestPrimal() != null && lr.bestPrimalValue() < bestValue) {
            search.setChosen(lr.bestPrimal());
            search.localSearch();
            if (search.objective() < bestValue) {
                best = search.chosen();
                bestValue = search.objective();
            }
        }
        double bound = Math.min(costs.roundBound(lr.bound()), bestValue);
        SplittableRandom random = new SplittableRandom(settings.seed());
        int maxShake = Math.min(problem.newSites(), problem.siteCount() - problem.fixedSites().length - problem.newSites());
        VariableNeighbourhoodSearch.Outcome vns =
                VariableNeighbourhoodSearch.run(search, best, bound, settings, random, Math.min(maxShake, 10));
        return new Minimum(search, vns.value(), Math.min(bound, vns.value()), vns.iterations(), boundIterations);
    }

    private static SitingResult result(SitingObjective objective, Minimum min, double value, double bound, long start) {
        SwapSearch search = min.search;
        SitingProblem problem = search.problem();
        int[] chosen = search.chosen();
        int[] fixed = problem.fixedSites();
        int[] open = new int[chosen.length + fixed.length];
        System.arraycopy(fixed, 0, open, 0, fixed.length);
        System.arraycopy(chosen, 0, open, fixed.length, chosen.length);
        java.util.Arrays.sort(open);
        return new SitingResult(objective, chosen, open, search.assignment(), value, bound,
                SitingResult.gapPercent(value, bound), min.iterations, min.boundIterations,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
