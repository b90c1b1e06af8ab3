package org.drillsim.analysis.replication;

import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetCurves;

import java.util.List;

/**
 * What one replication leaves behind once its world is dropped: the scorecard, the curves for the charts and,
 * for the replication whose events are kept, the map layers.
 *
 * @param replication   replication number (from 1)
 * @param scorecard     its scorecard at the horizon
 * @param events        kernel events executed
 * @param logLines      event-log lines (events of the response model)
 * @param computedTrees shortest-path trees it had to compute (route-cache misses)
 * @param cpuNanos      CPU time of the replication on its thread, ns
 * @param sampleTimes   time-series sample times, ms
 * @param started       {@code [target][sample]} people whose clock had started
 * @param served        {@code [target][sample]} people served within the threshold
 * @param probeColumns  module probe column names
 * @param probes        {@code [sample][column]} probe values
 * @param servedShare   {@code [target][elapsed index]} share served within the elapsed time
 * @param closures      closed roads at the snapshot times (kept replication only, else empty)
 * @param unmet         unmet demand points (kept replication only, else empty)
 */
public record ReplicationOutcome(int replication, Scorecard scorecard, long events, long logLines, long computedTrees,
                                 long cpuNanos, long[] sampleTimes, double[][] started, double[][] served,
                                 List<String> probeColumns, double[][] probes, double[][] servedShare,
                                 List<RoadSnapshot> closures, List<TargetCurves.Unmet> unmet) {

    /**
     * Roads closed to emergency vehicles at one time.
     *
     * @param timeMs time
     * @param edges  closed edges, ascending
     * @param causes per edge: {@code hazard}, {@code command}, {@code blockage} or another layer name
     */
    public record RoadSnapshot(long timeMs, int[] edges, String[] causes) {
    }
}
