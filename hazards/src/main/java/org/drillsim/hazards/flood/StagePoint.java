package org.drillsim.hazards.flood;

import org.drillsim.hazards.Check;

/**
 * One point of a river stage hydrograph.
 *
 * @param tMs    simulated time, ms from scenario start
 * @param stageM river stage in metres above its normal level (may be negative)
 */
public record StagePoint(long tMs, double stageM) {
    public StagePoint {
        Check.time("hydrograph.tMs", tMs);
        Check.range("hydrograph.stageM", stageM, -50, 50);
    }
}
