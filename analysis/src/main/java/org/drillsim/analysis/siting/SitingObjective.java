package org.drillsim.analysis.siting;

/** What a siting run optimises. */
public enum SitingObjective {
    /** Minimise the demand-weighted cost to the nearest open site (p-median). */
    P_MEDIAN,
    /** Maximise the demand within a threshold cost of an open site (maximal covering). */
    MAX_COVERING,
    /** Minimise the largest cost from a demand point to its nearest open site (p-center). */
    P_CENTER
}
