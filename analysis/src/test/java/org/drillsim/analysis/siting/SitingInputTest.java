package org.drillsim.analysis.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SitingInputTest {
    private static void rejects(String expected, Executable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action);
        assertTrue(e.getMessage().contains(expected), "message '" + e.getMessage() + "' should contain '" + expected + "'");
    }

    @Test
    void costMatrixRejectsBadCostsNamingThePair() {
        rejects("demand 1 to site 0", () -> CostMatrix.of(new double[][] {{1, 2}, {-3, 4}}));
        rejects("demand 0 to site 1", () -> CostMatrix.of(new double[][] {{1, Double.NaN}}));
        rejects("row 1 has 1 sites", () -> CostMatrix.of(new double[][] {{1, 2}, {3}}));
        rejects("at least 1x1", () -> CostMatrix.of(new double[][] {{}}));
        rejects("column for site 1", () -> CostMatrix.fromColumns(2, 2, j -> j == 0 ? new double[] {1, 2} : new double[] {1}));
    }

    @Test
    void costMatrixFactoriesAgree() {
        CostMatrix a = CostMatrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        CostMatrix b = CostMatrix.of(new float[][] {{1, 2, 3}, {4, 5, 6}});
        CostMatrix c = CostMatrix.compute(2, 3, (i, j) -> 3 * i + j + 1);
        CostMatrix d = CostMatrix.fromColumns(2, 3, j -> new double[] {j + 1, j + 4});
        for (CostMatrix m : new CostMatrix[] {b, c, d}) {
            for (int i = 0; i < 2; i++) for (int j = 0; j < 3; j++) assertEquals(a.cost(i, j), m.cost(i, j));
        }
        assertTrue(a.allFinite());
        assertTrue(!CostMatrix.of(new double[][] {{Double.POSITIVE_INFINITY}}).allFinite());
    }

    @Test
    void problemRejectsInconsistentInstances() {
        CostMatrix costs = CostMatrix.of(new double[][] {{1, 2, 3}, {4, 5, 6}});
        rejects("3 demand weights for 2", () -> new SitingProblem(costs, new double[3], new int[0], 1));
        rejects("demand weight 1 is -1.0", () -> new SitingProblem(costs, new double[] {1, -1}, new int[0], 1));
        rejects("fixed site 3", () -> new SitingProblem(costs, new double[2], new int[] {3}, 1));
        rejects("listed twice", () -> new SitingProblem(costs, new double[2], new int[] {1, 1}, 1));
        rejects("2 candidate sites are free", () -> new SitingProblem(costs, new double[2], new int[] {0}, 3));
        rejects("no site would be open", () -> new SitingProblem(costs, new double[2], new int[0], 0));
        rejects("threshold", () -> new SitingSolver().maxCovering(SitingProblem.unweighted(costs, 1), Double.NaN));
        rejects("iteration limits", () -> new SitingSettings(1, -1, 0, 0));
    }
}
