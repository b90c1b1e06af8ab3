package org.drillsim.analysis.siting;

import java.util.Collections;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Finds the smallest number of added units {@code k} in {@code 0..maxUnits} (ambulances, trucks,
 * tonnes of water, m² of shelter …) for which a target is met, when meeting it is monotone in
 * {@code k} and each evaluation is costly (a batch of simulation replications).
 *
 * <p>Exponential search (k = 0, 1, 2, 4, … until the target is met, capped at {@code maxUnits})
 * then binary search between the last miss and the first hit: O(log k*) evaluations. Every
 * evaluation is cached, so several targets can be searched over the same evaluations (one
 * batch of replications answers all targets at that {@code k}). Not thread-safe.
 *
 * @param <T> what one evaluation yields, e.g. the per-target statistics of the replications at {@code k}
 */
public final class MinimalAdditionSearch<T> {
    /**
     * The answer for one target.
     *
     * @param smallest   the smallest k meeting the target, or empty when even {@code maxUnits} does not
     * @param evaluation the evaluation at {@code smallest} (or at {@code maxUnits} when not met)
     */
    public record Outcome<T>(Optional<Integer> smallest, T evaluation) {
    }

    private final int maxUnits;
    private final IntFunction<T> evaluator;
    private final NavigableMap<Integer, T> cache = new TreeMap<>();

    /**
     * @param maxUnits  the largest addition worth trying ({@code >= 0})
     * @param evaluator evaluates the system with {@code k} units added; called at most once per {@code k}
     */
    public MinimalAdditionSearch(int maxUnits, IntFunction<T> evaluator) {
        if (maxUnits < 0) throw new IllegalArgumentException("maxUnits must be >= 0, got " + maxUnits);
        this.maxUnits = maxUnits;
        this.evaluator = evaluator;
    }

    /**
     * The smallest {@code k} whose evaluation meets the target.
     *
     * @param meetsTarget whether an evaluation meets the target (e.g. at the required confidence);
     *                    must be monotone: once met at some k, met at every larger k
     */
    public Outcome<T> smallest(Predicate<T> meetsTarget) {
        int lastMiss = -1;
        int hit = -1;
        for (int k = 0; ; k = k == 0 ? 1 : Math.min(2 * k, maxUnits)) {
            if (meetsTarget.test(evaluate(k))) {
                hit = k;
                break;
            }
            lastMiss = k;
            if (k == maxUnits) break;
        }
        if (hit < 0) return new Outcome<>(Optional.empty(), evaluate(maxUnits));
        // Binary search in (lastMiss, hit]: the target is missed at lastMiss and met at hit.
        while (hit - lastMiss > 1) {
            int mid = (lastMiss + hit) >>> 1;
            if (meetsTarget.test(evaluate(mid))) hit = mid;
            else lastMiss = mid;
        }
        return new Outcome<>(Optional.of(hit), evaluate(hit));
    }

    /** @return the evaluation at {@code k}, computed once and cached. */
    public T evaluate(int k) {
        if (k < 0 || k > maxUnits) throw new IllegalArgumentException("k must be in 0.." + maxUnits + ", got " + k);
        T cached = cache.get(k);
        if (cached == null) {
            cached = evaluator.apply(k);
            if (cached == null) throw new IllegalStateException("evaluator returned null for k = " + k);
            cache.put(k, cached);
        }
        return cached;
    }

    /** @return every evaluation made so far, by k (read-only view). */
    public Map<Integer, T> evaluations() {
        return Collections.unmodifiableNavigableMap(cache);
    }

    /** @return how many costly evaluations were made. */
    public int evaluationCount() {
        return cache.size();
    }
}
