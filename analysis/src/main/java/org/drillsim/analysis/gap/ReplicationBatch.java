package org.drillsim.analysis.gap;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.ScenarioRunner;
import org.drillsim.core.Replications;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.TargetCurves;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Plays replications 1 … n of a site without event logs or map layers and summarises them. Replication {@code r}
 * of every variant uses the same random streams ({@code seed}, replication {@code r}) as the baseline: common
 * random numbers, so differences between variants come from the added resources, not from different disasters.
 */
public final class ReplicationBatch {
    private ReplicationBatch() {
    }

    /**
     * Runs the batch.
     *
     * @param site         the (variant) site
     * @param seed         master seed, the same for every variant
     * @param replications number of replications (≥ 1)
     * @param threads      threads, ≤ 0 for all cores
     * @param progress     called with the number of finished replications (any thread), or null
     */
    public static RunSummary run(ScenarioSite site, long seed, int replications, int threads, IntConsumer progress) {
        List<TargetCurves.ClockTarget> targets = TargetCurves.clockTargets(site.scenario().targets());
        double[] elapsed = ScenarioRunner.elapsedGrid(targets);
        AtomicInteger done = new AtomicInteger();
        List<ReplicationOutcome> outcomes = Replications.run(replications, threads, index -> {
            ReplicationOutcome o = ScenarioRunner.one(site, seed, index + 1, EventLog.discarding(), false, targets, elapsed,
                    new long[0]);
            if (progress != null) {
                progress.accept(done.incrementAndGet());
            }
            return o;
        });
        return RunSummary.of(outcomes);
    }
}
