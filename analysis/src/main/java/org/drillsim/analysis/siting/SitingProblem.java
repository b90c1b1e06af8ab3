package org.drillsim.analysis.siting;

import java.util.Arrays;

/**
 * A facility-siting instance, independent of any road network: demand points {@code i} with
 * weights {@code w_i}, candidate sites {@code j} (the columns of a {@link CostMatrix}), sites
 * that are already open and stay open (existing depots, shelters, ambulance bases), and the
 * number of new sites to choose among the others. Immutable.
 */
public final class SitingProblem {
    private final CostMatrix costs;
    private final double[] weights;
    private final int[] fixedSites;
    private final boolean[] fixed;
    private final int newSites;

    /**
     * @param costs      cost from every demand point to every site (existing and candidate)
     * @param weights    demand weight per demand point (people, casualties …), each finite and {@code >= 0}
     * @param fixedSites columns of sites already open; they stay open and are not counted in {@code newSites}
     * @param newSites   how many sites to open besides the fixed ones
     * @throws IllegalArgumentException naming the offending value when the instance is inconsistent
     */
    public SitingProblem(CostMatrix costs, double[] weights, int[] fixedSites, int newSites) {
        this.costs = costs;
        if (weights.length != costs.demandCount()) {
            throw new IllegalArgumentException(weights.length + " demand weights for " + costs.demandCount() + " demand points");
        }
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0) || Double.isInfinite(weights[i])) {
                throw new IllegalArgumentException("demand weight " + i + " is " + weights[i] + "; weights must be finite and >= 0");
            }
        }
        this.weights = weights.clone();
        this.fixed = new boolean[costs.siteCount()];
        for (int s : fixedSites) {
            if (s < 0 || s >= fixed.length) {
                throw new IllegalArgumentException("fixed site " + s + " is not a site column (0.." + (fixed.length - 1) + ")");
            }
            if (fixed[s]) throw new IllegalArgumentException("fixed site " + s + " is listed twice");
            fixed[s] = true;
        }
        this.fixedSites = fixedSites.clone();
        Arrays.sort(this.fixedSites);
        int free = fixed.length - fixedSites.length;
        if (newSites < 0 || newSites > free) {
            throw new IllegalArgumentException("cannot open " + newSites + " new sites: " + free + " candidate sites are free");
        }
        if (newSites + fixedSites.length == 0) {
            throw new IllegalArgumentException("no site would be open: give fixed sites or newSites >= 1");
        }
        this.newSites = newSites;
    }

    /** An instance without existing sites and with every demand weight 1 (the classic p-median). */
    public static SitingProblem unweighted(CostMatrix costs, int newSites) {
        double[] ones = new double[costs.demandCount()];
        Arrays.fill(ones, 1.0);
        return new SitingProblem(costs, ones, new int[0], newSites);
    }

    /** @return the cost matrix. */
    public CostMatrix costs() {
        return costs;
    }

    /** @return number of demand points. */
    public int demandCount() {
        return costs.demandCount();
    }

    /** @return number of sites, fixed and candidate. */
    public int siteCount() {
        return costs.siteCount();
    }

    /** @return the weight of demand point {@code demand}. */
    public double weight(int demand) {
        return weights[demand];
    }

    /** @return the sum of all demand weights. */
    public double totalWeight() {
        double sum = 0;
        for (double w : weights) sum += w;
        return sum;
    }

    /** @return the fixed (already open) site columns, ascending. */
    public int[] fixedSites() {
        return fixedSites.clone();
    }

    /** @return whether site {@code site} is fixed open. */
    public boolean isFixed(int site) {
        return fixed[site];
    }

    /** @return how many new sites are to be opened. */
    public int newSites() {
        return newSites;
    }

    /** @return the same instance with another number of new sites. */
    public SitingProblem withNewSites(int k) {
        return new SitingProblem(costs, weights, fixedSites, k);
    }
}
