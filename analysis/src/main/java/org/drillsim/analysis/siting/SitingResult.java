package org.drillsim.analysis.siting;

import java.time.Duration;
import java.util.Arrays;

/**
 * The sites a {@link SitingSolver} chose, with the objective reached and a bound on the best
 * possible objective, so the user sees how far from optimal the answer can be.
 *
 * @param objective       what was optimised
 * @param newSites        the chosen new sites (columns of the cost matrix), ascending
 * @param openSites       fixed and new sites, ascending
 * @param assignment      nearest open site of each demand point ({@code -1} for demand of weight 0)
 * @param value           p-median: total demand-weighted cost; maximal covering: covered demand;
 *                        p-center: largest cost from a demand point to its nearest open site
 * @param bound           best possible value proven: a lower bound for p-median and p-center,
 *                        an upper bound for maximal covering
 * @param gapPercent      {@code 100·|bound − value| / |value|} (0 when proven optimal)
 * @param iterations      search iterations made (shakes and restarts)
 * @param boundIterations subgradient (or bound-search) iterations made
 * @param elapsed         wall time of the run
 */
public record SitingResult(SitingObjective objective, int[] newSites, int[] openSites, int[] assignment,
                           double value, double bound, double gapPercent, int iterations, int boundIterations,
                           Duration elapsed) {
    /** Copies the arrays so the result stays immutable. */
    public SitingResult {
        newSites = newSites.clone();
        openSites = openSites.clone();
        assignment = assignment.clone();
    }

    /** @return the chosen new sites, ascending (a copy). */
    @Override
    public int[] newSites() {
        return newSites.clone();
    }

    /** @return fixed and new sites, ascending (a copy). */
    @Override
    public int[] openSites() {
        return openSites.clone();
    }

    /** @return nearest open site per demand point (a copy). */
    @Override
    public int[] assignment() {
        return assignment.clone();
    }

    /** @return whether the bound proves the value optimal. */
    public boolean provenOptimal() {
        return gapPercent == 0;
    }

    /** Relative gap in percent between a value and a bound on it. */
    static double gapPercent(double value, double bound) {
        double diff = Math.abs(bound - value);
        if (diff <= 1e-9 * Math.max(1.0, Math.abs(value))) return 0;
        return value == 0 ? Double.POSITIVE_INFINITY : 100.0 * diff / Math.abs(value);
    }

    @Override
    public String toString() {
        return objective + " sites=" + Arrays.toString(newSites) + " value=" + value + " bound=" + bound
                + " gap=" + gapPercent + "% iterations=" + iterations + "/" + boundIterations + " in " + elapsed;
    }
}
