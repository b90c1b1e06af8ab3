package org.drillsim.core;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Named random streams derived from one master seed: each purpose ("arrivals", "injuries",
 * "travel-noise" …) draws from its own stream, whose seed is a hash of (master seed, purpose name).
 * A stream therefore does not depend on which other streams exist, in what order they were created,
 * or how many draws they made: adding draws in one place never shifts another (common random numbers).
 *
 * <p>Not thread-safe: one {@code RandomStreams} belongs to one simulation. For replications use
 * {@link #forReplication(int)}, which gives an independent family per replication index.
 */
public final class RandomStreams {
    private final long masterSeed;
    private final Map<String, RandomStream> streams = new HashMap<>();

    /** Streams derived from {@code masterSeed}. */
    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** The master seed. */
    public long masterSeed() {
        return masterSeed;
    }

    /**
     * The stream for a purpose; the same object on every call with the same name, so its draws
     * continue where they left off.
     */
    public RandomStream stream(String purpose) {
        if (purpose == null || purpose.isEmpty()) {
            throw new IllegalArgumentException("a random stream needs a non-empty purpose name");
        }
        return streams.computeIfAbsent(purpose, p -> new RandomStream(p, seedFor(masterSeed, p)));
    }

    /**
     * A fresh, independent family of streams for replication {@code rep} (&ge; 0). The same
     * (master seed, rep) always gives the same family, whichever thread runs it.
     */
    public RandomStreams forReplication(int rep) {
        if (rep < 0) {
            throw new IllegalArgumentException("replication index must be >= 0, got " + rep);
        }
        return new RandomStreams(mix(masterSeed ^ mix(0x5245504cL + rep))); // "REPL" + rep
    }

    /** Seed of the stream named {@code purpose} under {@code masterSeed}: a 64-bit hash of both. */
    static long seedFor(long masterSeed, String purpose) {
        long h = mix(masterSeed);
        for (byte b : purpose.getBytes(StandardCharsets.UTF_8)) {
            h = mix(h ^ (b & 0xffL));
        }
        return mix(h ^ purpose.length());
    }

    /** SplitMix64 finaliser (Steele, Lea, Flood 2014): a bijective 64-bit mixer. */
    static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
