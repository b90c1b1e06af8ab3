package org.drillsim.analysis.siting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SitingSolverTest {
    private final SitingSolver solver = new SitingSolver();

    /** Points in the plane; cost = Euclidean distance, rounded to integers when asked. */
    private static SitingProblem randomInstance(long seed, int demands, int sites, int[] fixed, int k, boolean integral) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] d = new double[demands][2];
        double[][] s = new double[sites][2];
        for (double[] p : d) { p[0] = random.nextDouble(100); p[1] = random.nextDouble(100); }
        for (double[] p : s) { p[0] = random.nextDouble(100); p[1] = random.nextDouble(100); }
        CostMatrix costs = CostMatrix.compute(demands, sites, (i, j) -> {
            double c = Math.hypot(d[i][0] - s[j][0], d[i][1] - s[j][1]);
            return integral ? Math.rint(c) : c;
        });
        double[] weights = new double[demands];
        for (int i = 0; i < demands; i++) weights[i] = integral ? 1 + random.nextInt(9) : random.nextDouble(1, 10);
        weights[0] = 0; // a demand point of weight 0 must not matter
        return new SitingProblem(costs, weights, fixed, k);
    }

    @Test
    void pMedianMatchesExhaustiveSearchAndBoundsIt() {
        for (long seed = 1; seed <= 6; seed++) {
            boolean integral = seed % 2 == 0;
            SitingProblem problem = randomInstance(seed, 30, 14, seed % 3 == 0 ? new int[] {2, 9} : new int[0],
                    (int) (1 + seed % 4), integral);
            double optimum = BruteForce.minimum(problem, open -> BruteForce.medianCost(problem, open));
            SitingResult result = solver.pMedian(problem);
            assertEquals(optimum, result.value(), 1e-6 * optimum, "seed " + seed);
            assertEquals(optimum, BruteForce.medianCost(problem, result.openSites()), 1e-6 * optimum, "reported value is the sites' cost");
            assertTrue(result.bound() <= optimum + 1e-6 * optimum, "lower bound " + result.bound() + " > optimum " + optimum);
            assertEquals(SitingResult.gapPercent(result.value(), result.bound()), result.gapPercent(), 1e-12);
            assertEquals(problem.newSites(), result.newSites().length);
            for (int f : problem.fixedSites()) assertTrue(java.util.Arrays.binarySearch(result.openSites(), f) >= 0, "fixed site kept");
        }
    }

    @Test
    void maxCoveringMatchesExhaustiveSearchAndBoundsIt() {
        for (long seed = 11; seed <= 16; seed++) {
            SitingProblem problem = randomInstance(seed, 30, 14, seed % 2 == 0 ? new int[] {5} : new int[0],
                    (int) (1 + seed % 3), seed % 2 == 0);
            double threshold = 25;
            double optimum = -BruteForce.minimum(problem, open -> -BruteForce.covered(problem, open, threshold));
            SitingResult result = solver.maxCovering(problem, threshold);
            assertEquals(optimum, result.value(), 1e-6, "seed " + seed);
            assertEquals(optimum, BruteForce.covered(problem, result.openSites(), threshold), 1e-6);
            assertTrue(result.bound() >= optimum - 1e-6, "upper bound " + result.bound() + " < optimum " + optimum);
        }
    }

    /** Larger instances, where the bound leaves a gap and the search shrinks the problem by fixing. */
    @Test
    void largerInstancesMatchExhaustiveSearch() {
        for (long seed = 31; seed <= 34; seed++) {
            SitingProblem problem = randomInstance(seed, 80, 22, seed % 2 == 0 ? new int[] {4, 17} : new int[0], 4, true);
            double median = BruteForce.minimum(problem, open -> BruteForce.medianCost(problem, open));
            SitingResult r = solver.pMedian(problem);
            assertEquals(median, r.value(), 1e-6, "p-median, seed " + seed);
            assertTrue(r.bound() <= median + 1e-6, "p-median bound, seed " + seed);
            double covered = -BruteForce.minimum(problem, open -> -BruteForce.covered(problem, open, 18));
            SitingResult c = solver.maxCovering(problem, 18);
            assertEquals(covered, c.value(), 1e-6, "covering, seed " + seed);
            assertTrue(c.bound() >= covered - 1e-6, "covering bound, seed " + seed);
        }
    }

    @Test
    void pCenterMatchesExhaustiveSearchAndBoundsIt() {
        for (long seed = 21; seed <= 24; seed++) {
            SitingProblem problem = randomInstance(seed, 25, 12, seed % 2 == 0 ? new int[] {3} : new int[0], 2, false);
            double optimum = BruteForce.minimum(problem, open -> BruteForce.center(problem, open));
            SitingResult result = solver.pCenter(problem);
            assertEquals(optimum, result.value(), 1e-4, "seed " + seed);
            assertTrue(result.bound() <= optimum + 1e-4, "lower bound " + result.bound() + " > optimum " + optimum);
        }
    }

    /**
     * Villages on a road at km 0, 10, 20, 30, 100, 110 with 5, 5, 5, 5, 8, 8 people; a site at
     * each village; covered = within 10 km. A single site covers at most 15 people in the west
     * (km 10 or 20) but 16 in the east (km 100 or 110). Two sites: one west (15) and one east
     * (16) cover 31, more than two western sites (20).
     */
    @Test
    void maxCoveringOnARoad() {
        double[] km = {0, 10, 20, 30, 100, 110};
        double[] people = {5, 5, 5, 5, 8, 8};
        CostMatrix costs = CostMatrix.compute(6, 6, (i, j) -> Math.abs(km[i] - km[j]));
        SitingProblem one = new SitingProblem(costs, people, new int[0], 1);
        SitingResult r1 = solver.maxCovering(one, 10);
        assertEquals(16, r1.value());
        assertArrayEquals(new int[] {4}, r1.newSites());
        assertTrue(r1.provenOptimal());
        SitingResult r2 = solver.maxCovering(one.withNewSites(2), 10);
        assertEquals(31, r2.value());
        assertEquals(31, r2.bound(), 1e-9);
        // With an existing site at km 100 the second site goes west.
        SitingResult r3 = solver.maxCovering(new SitingProblem(costs, people, new int[] {4}, 1), 10);
        assertEquals(31, r3.value());
        assertTrue(r3.newSites()[0] == 1 || r3.newSites()[0] == 2, "a site at km 10 or 20");
        assertEquals(2, r3.openSites().length);
        assertEquals(4, r3.openSites()[1], "the existing site stays open");
    }

    @Test
    void pMedianOnARoadIsTheWeightedMedian() {
        double[] km = {0, 10, 20, 30, 100, 110};
        double[] people = {5, 5, 5, 5, 8, 8};
        CostMatrix costs = CostMatrix.compute(6, 6, (i, j) -> Math.abs(km[i] - km[j]));
        // One site: the weighted median of 36 people is at km 30 (20 people at or west of it):
        // cost 5·30 + 5·20 + 5·10 + 0 + 8·70 + 8·80 = 1500; km 20 gives 100+50+0+50+640+720 = 1560.
        SitingResult r = solver.pMedian(new SitingProblem(costs, people, new int[0], 1));
        assertArrayEquals(new int[] {3}, r.newSites());
        assertEquals(1500, r.value());
        assertEquals(1500, r.bound());
        // Two sites: west at km 10 or 20 (cost 5·10 + 5·10 + 5·20 = 200 either way, lowest
        // index km 10) and east at km 100 or 110 (8·10 = 80): 280.
        SitingResult r2 = solver.pMedian(new SitingProblem(costs, people, new int[0], 2));
        assertEquals(280, r2.value());
        assertEquals(280, r2.bound(), 1e-9);
    }

    @Test
    void noNewSitesEvaluatesTheExistingOnes() {
        CostMatrix costs = CostMatrix.of(new double[][] {{1, 4}, {3, 2}, {5, 9}});
        SitingResult r = solver.pMedian(new SitingProblem(costs, new double[] {1, 2, 3}, new int[] {0, 1}, 0));
        assertEquals(1 * 1 + 2 * 2 + 3 * 5, r.value());
        assertArrayEquals(new int[] {0, 1, 0}, r.assignment());
        assertArrayEquals(new int[0], r.newSites());
        assertTrue(r.provenOptimal());
    }

    @Test
    void sameSeedSameAnswer() {
        SitingProblem problem = randomInstance(99, 120, 60, new int[0], 8, false);
        SitingResult a = solver.pMedian(problem);
        SitingResult b = new SitingSolver(SitingSettings.DEFAULT).pMedian(problem);
        assertArrayEquals(a.newSites(), b.newSites());
        assertEquals(a.value(), b.value());
        assertEquals(a.iterations(), b.iterations());
    }

    @Test
    void unreachablePairs() {
        double inf = Double.POSITIVE_INFINITY;
        CostMatrix costs = CostMatrix.of(new double[][] {{1, inf}, {inf, 2}, {inf, inf}});
        SitingProblem problem = new SitingProblem(costs, new double[] {1, 1, 1}, new int[0], 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> solver.pMedian(problem));
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> solver.pCenter(problem));
        // Covering is fine: an unreachable point is simply not covered.
        assertEquals(1, solver.maxCovering(problem, 5).value());
    }
}
