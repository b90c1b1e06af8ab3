package org.drillsim.analysis.siting;

/**
 * The cost the search minimises for one (demand, site) assignment: {@code w_i · c_ij} for the
 * p-median, or {@code w_i} if {@code c_ij > threshold} and 0 otherwise for maximal covering
 * (minimising uncovered demand is maximising covered demand). Both are non-decreasing along a
 * demand point's {@link SiteOrder}, which is all the search relies on.
 */
final class WeightedCosts {
    private final SitingProblem problem;
    private final CostMatrix matrix;
    private final SiteOrder order;
    private final double[] weights;
    private final boolean covering;
    private final float threshold;
    private final boolean integral;

    private WeightedCosts(SitingProblem problem, SiteOrder order, boolean covering, double threshold) {
        this.problem = problem;
        this.matrix = problem.costs();
        this.order = order;
        this.covering = covering;
        // Compare in float, as the matrix stores its costs: a threshold equal to a stored cost covers it.
        this.threshold = (float) threshold;
        this.weights = new double[problem.demandCount()];
        for (int i = 0; i < weights.length; i++) weights[i] = problem.weight(i);
        this.integral = computeIntegral();
    }

    /** Demand-weighted cost: the p-median objective. */
    static WeightedCosts median(SitingProblem problem, SiteOrder order) {
        if (!problem.costs().allFinite()) {
            throw new IllegalArgumentException("p-median needs finite costs for every (demand, site) pair;"
                    + " give unreachable pairs a large finite penalty, or use maximal covering");
        }
        return new WeightedCosts(problem, order, false, Double.NaN);
    }

    /** Uncovered demand weight at the given threshold: the maximal-covering objective. */
    static WeightedCosts covering(SitingProblem problem, SiteOrder order, double threshold) {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("covering threshold must be finite and >= 0, got " + threshold);
        }
        return new WeightedCosts(problem, order, true, threshold);
    }

    /** The same objective (p-median or covering at the same threshold) on another problem. */
    WeightedCosts reducedTo(SitingProblem other, SiteOrder otherOrder) {
        return new WeightedCosts(other, otherOrder, covering, threshold);
    }

    private boolean computeIntegral() {
        for (double w : weights) {
            if (w != Math.rint(w)) return false;
        }
        if (covering) return true;
        CostMatrix costs = problem.costs();
        for (int i = 0; i < costs.demandCount(); i++) {
            if (weights[i] == 0) continue;
            for (int j = 0; j < costs.siteCount(); j++) {
                float c = costs.rawCost(i, j);
                if (c != Math.rint(c)) return false;
            }
        }
        return true;
    }

    /** @return the weighted cost of serving demand {@code i} from site {@code j}. */
    double cost(int i, int j) {
        float c = matrix.rawCost(i, j);
        if (covering) return c > threshold ? weights[i] : 0.0;
        return weights[i] * c;
    }

    SitingProblem problem() {
        return problem;
    }

    SiteOrder order() {
        return order;
    }

    boolean isCovering() {
        return covering;
    }

    /** @return whether every objective value is an integer (so a lower bound may be rounded up). */
    boolean integral() {
        return integral;
    }

    /** A lower bound made as tight as integrality allows. */
    double roundBound(double bound) {
        return integral ? Math.ceil(bound - 1e-6 * Math.max(1.0, Math.abs(bound))) : bound;
    }
}
