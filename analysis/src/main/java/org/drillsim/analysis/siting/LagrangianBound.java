package org.drillsim.analysis.siting;

import java.util.Arrays;

/**
 * A lower bound on the minimum of a {@link WeightedCosts} objective by Lagrangian relaxation of
 * the assignment constraints {@code Σ_j x_ij = 1}, maximised by subgradient optimisation
 * (Beasley, “Lagrangean heuristics for location problems”, EJOR 65, 1993). For multipliers λ:
 * <pre>
 *   L(λ) = Σ_i λ_i + Σ_{j fixed} ρ_j + (sum of the k smallest ρ_j over free sites),
 *   ρ_j  = Σ_i min(0, d_ij − λ_i)
 * </pre>
 * Every L(λ) is a valid lower bound; the best one found is kept. Each relaxed solution (the
 * fixed sites plus the k sites of smallest ρ) is also a feasible siting, so the best of them is
 * returned as a primal candidate (the Lagrangian heuristic).
 */
final class LagrangianBound {
    /** Outcome of one subgradient run. */
    record Outcome(double bound, int iterations, int[] bestPrimal, double bestPrimalValue, double[] multipliers) {
    }

    /** Halve the step factor after this many iterations without a better bound (Beasley uses 30). */
    private static final int PATIENCE = 30;
    /** Stop once the step factor is this small: the bound no longer moves. */
    private static final double THETA_MIN = 1e-4;
    private final WeightedCosts costs;
    private final int n;
    private final int m;
    private final int k;
    private final int[] freeSites;
    private final int[] fixedSites;

    LagrangianBound(WeightedCosts costs) {
        this.costs = costs;
        SitingProblem problem = costs.problem();
        this.n = problem.demandCount();
        this.m = problem.siteCount();
        this.k = problem.newSites();
        this.fixedSites = problem.fixedSites();
        this.freeSites = new int[m - fixedSites.length];
        int c = 0;
        for (int j = 0; j < m; j++) if (!problem.isFixed(j)) freeSites[c++] = j;
    }

    /**
     * Runs subgradient optimisation.
     *
     * @param start         initial multipliers (e.g. each demand's cost in a good solution), not modified
     * @param upperBound    the best known objective, used in the step length and to stop once proven
     * @param enough        stop once the bound reaches this ({@code +Infinity}: no such stop)
     * @param maxIterations iteration limit
     */
    Outcome run(double[] start, double upperBound, double enough, int maxIterations) {
        double[] lambda = start.clone();
        // λ_i above demand i's largest cost never helps (each open site would pay it back), and
        // capping there keeps the ρ scans short.
        double[] cap = new double[n];
        for (int i = 0; i < n; i++) {
            int[] ranked = costs.order().ranked(i);
            cap[i] = ranked.length == 0 ? 0 : costs.cost(i, ranked[ranked.length - 1]);
            lambda[i] = Math.min(lambda[i], cap[i]);
        }
        double[] bestLambda = lambda.clone();
        double[] rho = new double[m];
        boolean[] selected = new boolean[m];
        double[] subgradient = new double[n];
        double best = Double.NEGATIVE_INFINITY;
        int[] bestPrimal = null;
        double bestPrimalValue = Double.POSITIVE_INFINITY;
        double ub = upperBound;
        double theta = 2.0;
        int sinceImprovement = 0;
        int iterations = 0;
        while (iterations < maxIterations && theta > THETA_MIN) {
            iterations++;
            double value = reducedCosts(lambda, rho);
            Arrays.fill(selected, false);
            for (int j : fixedSites) {
                selected[j] = true;
                value += rho[j];
            }
            int[] chosen = smallest(rho);
            for (int j : chosen) {
                selected[j] = true;
                value += rho[j];
            }
            if (iterations == 1 || value > best + 1e-12 * Math.max(1, Math.abs(best))) {
                best = value;
                System.arraycopy(lambda, 0, bestLambda, 0, n);
                sinceImprovement = 0;
            } else if (++sinceImprovement >= PATIENCE) {
                theta /= 2;
                sinceImprovement = 0;
            }
            double primal = evaluate(selected);
            if (primal < bestPrimalValue) {
                bestPrimalValue = primal;
                bestPrimal = chosen;
                ub = Math.min(ub, primal);
            }
            double proven = costs.roundBound(best);
            if (proven >= ub - 1e-9 * Math.max(1, ub) || proven >= enough) break; // optimal, or enough said
            double norm = 0;
            for (int i = 0; i < n; i++) {
                int[] ranked = costs.order().ranked(i);
                if (ranked.length == 0) {
                    subgradient[i] = 0;
                    continue;
                }
                int served = 0;
                for (int j : ranked) {
                    if (costs.cost(i, j) - lambda[i] >= 0) break;
                    if (selected[j]) served++;
                }
                subgradient[i] = 1 - served;
                norm += subgradient[i] * subgradient[i];
            }
            if (norm == 0) break; // the relaxed solution is feasible, so L(λ) is optimal
            double step = theta * (ub - value) / norm;
            if (step <= 0) step = theta * 1e-3 * Math.max(1, Math.abs(ub)) / norm;
            for (int i = 0; i < n; i++) lambda[i] = Math.min(cap[i], Math.max(0, lambda[i] + step * subgradient[i]));
        }
        return new Outcome(best, iterations, bestPrimal, bestPrimalValue, bestLambda);
    }

    /**
     * Fills {@code rho[j] = Σ_i min(0, d_ij − λ_i)}.
     *
     * @return {@code Σ_i λ_i} over demand points of positive weight
     */
    private double reducedCosts(double[] lambda, double[] rho) {
        Arrays.fill(rho, 0);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            int[] ranked = costs.order().ranked(i);
            if (ranked.length == 0) continue;
            sum += lambda[i];
            for (int j : ranked) {
                double v = costs.cost(i, j) - lambda[i];
                if (v >= 0) break;
                rho[j] += v;
            }
        }
        return sum;
    }

    /**
     * Reduced-cost tests at multipliers λ (Beasley 1993): forcing a free site that the relaxation
     * leaves closed to open raises the bound by {@code ρ_j − ρ_(k)}; forcing a site it opens to
     * close raises it by {@code ρ_(k+1) − ρ_j}. When the raised bound reaches {@code cutoff}, no
     * siting cheaper than {@code cutoff} can make that choice.
     *
     * @return per site: {@code -1} closed and {@code 1} open in every siting cheaper than
     *     {@code cutoff}, {@code 0} undecided; fixed sites are {@code 1}
     */
    int[] fixings(double[] lambda, double cutoff) {
        double[] rho = new double[m];
        double value = reducedCosts(lambda, rho);
        int[] state = new int[m];
        for (int j : fixedSites) {
            state[j] = 1;
            value += rho[j];
        }
        if (k == 0 || k == freeSites.length) {
            for (int j : freeSites) state[j] = k == 0 ? -1 : 1;
            return state;
        }
        Integer[] byRho = new Integer[freeSites.length];
        for (int t = 0; t < byRho.length; t++) byRho[t] = freeSites[t];
        Arrays.sort(byRho, (a, b) -> a.equals(b) ? 0 : rho[a] != rho[b] ? Double.compare(rho[a], rho[b]) : a - b);
        for (int t = 0; t < k; t++) value += rho[byRho[t]];
        double kth = rho[byRho[k - 1]];
        double next = rho[byRho[k]];
        double tolerance = 1e-9 * Math.max(1, Math.abs(cutoff));
        for (int t = 0; t < byRho.length; t++) {
            int j = byRho[t];
            double raised = t < k ? value - rho[j] + next : value + rho[j] - kth;
            if (costs.roundBound(raised) >= cutoff - tolerance) state[j] = t < k ? 1 : -1;
        }
        return state;
    }

    /** The k free sites of smallest ρ (ties: lowest index). */
    private int[] smallest(double[] rho) {
        if (k == 0) return new int[0];
        // Partial selection: keep the k best in a small sorted array (k is small next to m).
        double[] bestValues = new double[k];
        Arrays.fill(bestValues, Double.POSITIVE_INFINITY);
        int[] bestSites = new int[k];
        Arrays.fill(bestSites, -1);
        for (int j : freeSites) {
            double v = rho[j];
            if (v >= bestValues[k - 1]) continue;
            int pos = k - 1;
            while (pos > 0 && bestValues[pos - 1] > v) {
                bestValues[pos] = bestValues[pos - 1];
                bestSites[pos] = bestSites[pos - 1];
                pos--;
            }
            bestValues[pos] = v;
            bestSites[pos] = j;
        }
        return bestSites;
    }

    /** Objective of opening the selected sites: each demand point served by its nearest one. */
    private double evaluate(boolean[] selected) {
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j : costs.order().ranked(i)) {
                if (selected[j]) {
                    total += costs.cost(i, j);
                    break;
                }
            }
        }
        return total;
    }
}
