package org.drillsim.bench.kernel;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The inputs shared by every event-list implementation in the hold benchmark: one table of Exp(1)
 * increments, cycled, so that ours and SSJ's see exactly the same event times and the cost of
 * drawing random numbers is the same (and small) for both.
 */
final class HoldModel {
    /** Our kernel's clock ticks per unit of model time (the mean increment). */
    static final double TICKS_PER_UNIT = 1_000_000.0;
    static final int TABLE_SIZE = 1 << 16;
    static final int MASK = TABLE_SIZE - 1;

    final double[] increments = new double[TABLE_SIZE];
    final long[] incrementTicks = new long[TABLE_SIZE];

    HoldModel(long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        ZigguratSampler.Exponential exp = ZigguratSampler.Exponential.of(rng);
        for (int i = 0; i < TABLE_SIZE; i++) {
            increments[i] = exp.sample();
            incrementTicks[i] = Math.round(increments[i] * TICKS_PER_UNIT);
        }
    }
}
