package org.drillsim.hazards;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * A bounded least-recently-used cache of footprints by time, so that the response model can ask for
 * the same time step many times (every road, every population cell) at the cost of one computation.
 * 72 h at 10-minute steps is 432 entries; the bound keeps memory in check for finer steps.
 */
public final class FootprintCache {

    private static final int MAX_ENTRIES = 2048;

    private final Map<Long, HazardFootprint> map = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, HazardFootprint> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public synchronized HazardFootprint get(long tMs, LongFunction<HazardFootprint> compute) {
        HazardFootprint f = map.get(tMs);
        if (f == null) {
            f = compute.apply(tMs);
            map.put(tMs, f);
        }
        return f;
    }
}
