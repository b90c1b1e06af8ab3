package org.drillsim.analysis.gap;

import java.util.List;

/**
 * How the capacity-gap search runs.
 *
 * @param seed          master seed (the same for the baseline and every variant: common random numbers)
 * @param replications  replications per evaluated variant (≥ 2, for a confidence interval)
 * @param confidence    confidence level of the interval whose lower end must reach the required share (0.5–0.999)
 * @param threads       threads, ≤ 0 for all cores
 * @param unitCapFactor vehicles and teams: the cap is {@code max(unitCapMin, unitCapFactor × what the scenario has)}
 * @param unitCapMin    smallest cap for vehicles and teams
 * @param stepPercent   stock, shelter capacity, hospital beds: percent added per step
 * @param percentCap    stock, shelter capacity, hospital beds: largest number of percent steps
 * @param only          variant ids to search (empty = all that apply)
 */
public record GapSettings(long seed, int replications, double confidence, int threads, double unitCapFactor, int unitCapMin,
                          int stepPercent, int percentCap, List<String> only) {
    /** Defaults: ≥ 10 units or 2 × the scenario's fleet; 10 % steps up to +500 %. */
    public static GapSettings defaults(long seed, int replications, double confidence, int threads) {
        return new GapSettings(seed, replications, confidence, threads, 2.0, 10, 10, 50, List.of());
    }

    public GapSettings {
        if (replications < 2) {
            throw new IllegalArgumentException("replications must be >= 2 for a confidence interval, got " + replications);
        }
        if (!(confidence >= 0.5 && confidence <= 0.999)) {
            throw new IllegalArgumentException("confidence must be in [0.5, 0.999], got " + confidence);
        }
        if (unitCapFactor <= 0 || unitCapMin < 1 || stepPercent < 1 || percentCap < 1) {
            throw new IllegalArgumentException("caps and steps must be positive");
        }
        only = List.copyOf(only);
    }

    /** The same settings searching only the given variant ids. */
    public GapSettings only(List<String> ids) {
        return new GapSettings(seed, replications, confidence, threads, unitCapFactor, unitCapMin, stepPercent, percentCap, ids);
    }

    /** Cap for a unit resource of which the scenario has {@code current}. */
    public int unitCap(int current) {
        return Math.max(unitCapMin, (int) Math.ceil(unitCapFactor * current));
    }
}
