package org.drillsim.analysis.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The building blocks checked against direct evaluation: the swap descent and the Lagrangian bound. */
class SearchInternalsTest {
    private static SitingProblem randomProblem(long seed, int demands, int sites, int[] fixed, int k) {
        SplittableRandom random = new SplittableRandom(seed);
        CostMatrix costs = CostMatrix.compute(demands, sites, (i, j) -> random.nextInt(100));
        double[] weights = new double[demands];
        for (int i = 0; i < demands; i++) weights[i] = random.nextInt(5); // some zero
        return new SitingProblem(costs, weights, fixed, k);
    }

    private static int[] open(SitingProblem problem, int[] chosen) {
        int[] fixed = problem.fixedSites();
        int[] all = Arrays.copyOf(fixed, fixed.length + chosen.length);
        System.arraycopy(chosen, 0, all, fixed.length, chosen.length);
        return all;
    }

    /**
     * After every descent — the first from greedy, and later ones after shakes, which update the
     * swap structures incrementally — no single swap lowers the cost, and the tracked objective
     * is the true one.
     */
    @Test
    void localSearchEndsInASwapLocalOptimum() {
        for (long seed = 1; seed <= 12; seed++) {
            SitingProblem problem = randomProblem(seed, 40, 25, seed % 2 == 0 ? new int[] {0, 7} : new int[0], 2 + (int) (seed % 9));
            SwapSearch search = new SwapSearch(WeightedCosts.median(problem, new SiteOrder(problem)));
            search.greedy();
            search.localSearch();
            assertSwapLocalOptimum(problem, search, "seed " + seed + " after greedy");
            SplittableRandom random = new SplittableRandom(seed);
            int[] first = search.chosen();
            for (int round = 0; round < 15; round++) {
                search.shake(1 + round % 3, random);
                search.localSearch();
                assertSwapLocalOptimum(problem, search, "seed " + seed + " round " + round);
                if (round % 5 == 4) search.setChosen(first); // back to a known solution, incrementally
            }
        }
    }

    private static void assertSwapLocalOptimum(SitingProblem problem, SwapSearch search, String where) {
        int[] chosen = search.chosen();
        double value = BruteForce.medianCost(problem, open(problem, chosen));
        assertEquals(value, search.objective(), 1e-9, where);
        for (int slot = 0; slot < chosen.length; slot++) {
            for (int f = 0; f < problem.siteCount(); f++) {
                if (problem.isFixed(f) || Arrays.binarySearch(chosen, f) >= 0) continue;
                int[] neighbour = chosen.clone();
                neighbour[slot] = f;
                double swapped = BruteForce.medianCost(problem, open(problem, neighbour));
                assertTrue(swapped >= value - 1e-9, where + ": swapping " + chosen[slot] + " for " + f
                        + " lowers " + value + " to " + swapped);
            }
        }
    }

    /** Any multipliers give a lower bound; the subgradient's bound is one too, and not a trivial one. */
    @Test
    void lagrangianBoundNeverExceedsTheOptimum() {
        for (long seed = 1; seed <= 8; seed++) {
            SitingProblem problem = randomProblem(seed, 30, 12, seed % 2 == 0 ? new int[] {3} : new int[0], 3);
            double optimum = BruteForce.minimum(problem, open -> BruteForce.medianCost(problem, open));
            WeightedCosts costs = WeightedCosts.median(problem, new SiteOrder(problem));
            LagrangianBound relaxation = new LagrangianBound(costs);
            SplittableRandom random = new SplittableRandom(seed);
            for (int trial = 0; trial < 20; trial++) {
                double[] lambda = new double[problem.demandCount()];
                for (int i = 0; i < lambda.length; i++) lambda[i] = random.nextDouble(400);
                double bound = relaxation.run(lambda, optimum, Double.POSITIVE_INFINITY, 1).bound();
                assertTrue(bound <= optimum + 1e-9, "seed " + seed + ": L(λ) = " + bound + " > optimum " + optimum);
            }
            LagrangianBound.Outcome outcome = relaxation.run(new double[problem.demandCount()], optimum * 1.1, Double.POSITIVE_INFINITY, 2000);
            assertTrue(outcome.bound() <= optimum + 1e-9, "seed " + seed + ": " + outcome.bound() + " > " + optimum);
            assertTrue(outcome.bound() >= 0.8 * optimum, "seed " + seed + ": bound " + outcome.bound() + " far below " + optimum);
            assertTrue(outcome.bestPrimalValue() >= optimum - 1e-9, "a relaxed solution is a feasible siting");
        }
    }

    /** Sites the reduced-cost tests close (open) are closed (open) in every siting cheaper than the cutoff. */
    @Test
    void reducedCostFixingsHoldForEveryCheaperSiting() {
        int checked = 0;
        for (long seed = 1; seed <= 8; seed++) {
            SitingProblem problem = randomProblem(seed, 30, 12, seed % 2 == 0 ? new int[] {3} : new int[0], 3 + (int) (seed % 3));
            double optimum = BruteForce.minimum(problem, open -> BruteForce.medianCost(problem, open));
            LagrangianBound relaxation = new LagrangianBound(WeightedCosts.median(problem, new SiteOrder(problem)));
            double[] lambda = relaxation.run(new double[problem.demandCount()], optimum, Double.POSITIVE_INFINITY, 300).multipliers();
            for (double cutoff : new double[] {optimum + 1, optimum * 1.05}) {
                int[] fixings = relaxation.fixings(lambda, cutoff);
                for (int j = 0; j < fixings.length; j++) if (fixings[j] != 0 && !problem.isFixed(j)) checked++;
                BruteForce.minimum(problem, open -> {
                    if (BruteForce.medianCost(problem, open) < cutoff) {
                        boolean[] isOpen = new boolean[problem.siteCount()];
                        for (int j : open) isOpen[j] = true;
                        for (int j = 0; j < fixings.length; j++) {
                            assertTrue(fixings[j] != -1 || !isOpen[j], "site " + j + " fixed closed but open in " + Arrays.toString(open));
                            assertTrue(fixings[j] != 1 || isOpen[j], "site " + j + " fixed open but closed in " + Arrays.toString(open));
                        }
                    }
                    return 0;
                });
            }
        }
        assertTrue(checked > 0, "the tests fixed some sites");
    }
}
