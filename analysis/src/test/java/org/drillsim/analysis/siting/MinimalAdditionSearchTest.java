package org.drillsim.analysis.siting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinimalAdditionSearchTest {
    @Test
    void findsTheThresholdForEveryPositionWithLogarithmicEvaluations() {
        int maxUnits = 100;
        for (int threshold = 0; threshold <= maxUnits; threshold++) {
            int t = threshold;
            List<Integer> calls = new ArrayList<>();
            MinimalAdditionSearch<Integer> search = new MinimalAdditionSearch<>(maxUnits, k -> {
                calls.add(k);
                return k;
            });
            MinimalAdditionSearch.Outcome<Integer> outcome = search.smallest(k -> k >= t);
            assertEquals(Optional.of(t), outcome.smallest(), "threshold " + t);
            assertEquals(t, outcome.evaluation());
            assertEquals(calls.size(), calls.stream().distinct().count(), "each k evaluated once");
            // 0, 1, 2, 4 … up to 2t, then a binary search over at most t values.
            int bound = 2 + 2 * (32 - Integer.numberOfLeadingZeros(Math.max(1, t)));
            assertTrue(calls.size() <= bound, "threshold " + t + ": " + calls.size() + " evaluations " + calls);
        }
    }

    @Test
    void reportsWhenEvenTheMaximumFails() {
        MinimalAdditionSearch<Integer> search = new MinimalAdditionSearch<>(10, k -> k * 3);
        MinimalAdditionSearch.Outcome<Integer> outcome = search.smallest(v -> v > 30);
        assertEquals(Optional.empty(), outcome.smallest());
        assertEquals(30, outcome.evaluation(), "evaluation at the maximum");
        assertEquals(List.of(0, 1, 2, 4, 8, 10), List.copyOf(search.evaluations().keySet()));
    }

    /**
     * A synthetic “replications” predicate: the mean response time at k added ambulances is
     * 150 − 9k minutes with a 95 % half-width of 12 minutes; the 120-minute target is met with
     * confidence when the upper limit is at most 120, i.e. 150 − 9k + 12 <= 120, k >= 42/9 → 5.
     * A second target (90 min: k >= 72/9 = 8) reuses the cached evaluations.
     */
    @Test
    void sharesEvaluationsBetweenTargets() {
        int[] calls = {0};
        MinimalAdditionSearch<double[]> search = new MinimalAdditionSearch<>(40, k -> {
            calls[0]++;
            double mean = 150 - 9.0 * k;
            return new double[] {mean - 12, mean + 12};
        });
        assertEquals(Optional.of(5), search.smallest(ci -> ci[1] <= 120).smallest());
        int first = calls[0];
        assertEquals(Optional.of(8), search.smallest(ci -> ci[1] <= 90).smallest());
        assertTrue(calls[0] - first <= 3, "second target reuses evaluations: " + (calls[0] - first) + " new");
        assertEquals(calls[0], search.evaluationCount());
    }

    @Test
    void rejectsBadInput() {
        assertThrows(IllegalArgumentException.class, () -> new MinimalAdditionSearch<>(-1, k -> k));
        MinimalAdditionSearch<Integer> search = new MinimalAdditionSearch<>(3, k -> null);
        assertThrows(IllegalStateException.class, () -> search.smallest(v -> true));
        assertThrows(IllegalArgumentException.class, () -> new MinimalAdditionSearch<>(3, k -> k).evaluate(4));
    }
}
