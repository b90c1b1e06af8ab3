package org.drillsim.analysis.replication;

import org.drillsim.core.Replications;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.HazardTick;
import org.drillsim.world.Injects;
import org.drillsim.world.RoadConditions;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.Series;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;
import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetCurves;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Plays replications 1 … n of a scenario site on a thread pool (each replication its own world and random
 * streams, so results do not depend on the thread count), keeping the event log of replication 1.
 */
public final class ScenarioRunner {
    /** Elapsed grid of {@code served.csv}: every 15 minutes. */
    public static final double ELAPSED_STEP_H = 0.25;

    private ScenarioRunner() {
    }

    /**
     * What to run.
     *
     * @param site         the scenario site
     * @param seed         master seed
     * @param replications number of replications (≥ 1)
     * @param threads      threads, ≤ 0 for all cores
     * @param events       where replication 1's event log goes (each line with {@code "rep":1}), or null
     * @param progress     called with the number of finished replications (any thread), or null
     */
    public record Plan(ScenarioSite site, long seed, int replications, int threads, Appendable events,
                       IntConsumer progress) {
        public Plan {
            if (replications < 1) {
                throw new IllegalArgumentException("replications must be >= 1, got " + replications);
            }
        }
    }

    /** Runs the plan; results in replication order. */
    public static List<ReplicationOutcome> run(Plan plan) {
        AtomicInteger done = new AtomicInteger();
        List<TargetCurves.ClockTarget> targets = TargetCurves.clockTargets(plan.site().scenario().targets());
        double[] elapsed = elapsedGrid(targets);
        long[] snapshotTimes = snapshotTimes(plan.site());
        return Replications.run(plan.replications(), plan.threads(), index -> {
            int rep = index + 1;
            boolean keep = rep == 1;
            ReplicationOutcome o = one(plan.site(), plan.seed(), rep,
                    keep && plan.events() != null ? EventLog.to(plan.events(), rep) : EventLog.discarding(),
                    keep, targets, elapsed, snapshotTimes);
            if (plan.progress() != null) {
                plan.progress().accept(done.incrementAndGet());
            }
            return o;
        });
    }

    /** One replication, in the calling thread. */
    public static ReplicationOutcome one(ScenarioSite site, long seed, int rep, EventLog log, boolean keepDetails,
                                         List<TargetCurves.ClockTarget> targets, double[] elapsedHours,
                                         long[] snapshotTimes) {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        World w = World.create(site, seed, rep, WorldOptions.baseline(log));
        List<ReplicationOutcome.RoadSnapshot> closures = keepDetails ? recordClosures(w, snapshotTimes) : List.of();
        w.run();
        long cpu = mx.getCurrentThreadCpuTime() - cpu0;
        return outcome(w, rep, log, targets, elapsedHours, closures, keepDetails, cpu);
    }

    /**
     * Schedules a snapshot of the roads closed to emergency vehicles at each time (after every other event at
     * that time); the returned list fills as the world runs.
     */
    public static List<ReplicationOutcome.RoadSnapshot> recordClosures(World w, long[] times) {
        List<ReplicationOutcome.RoadSnapshot> closures = new ArrayList<>();
        for (long t : times) {
            w.sim().scheduleAt(t, Short.MAX_VALUE, "map-snapshot", () -> closures.add(snapshot(w)));
        }
        return closures;
    }

    /**
     * What a world that has run to its horizon yields for the run directory: scorecard, clock curves, probes,
     * the share served over elapsed time, and (with {@code keepDetails}) the unmet demand.
     */
    public static ReplicationOutcome outcome(World w, int rep, EventLog log, List<TargetCurves.ClockTarget> targets,
                                             double[] elapsedHours, List<ReplicationOutcome.RoadSnapshot> closures,
                                             boolean keepDetails, long cpuNanos) {
        Scorecard sc = Scorecard.evaluate(w);
        Series series = w.series();
        long[] times = series.times();
        double[][][] ss = TargetCurves.startedAndServed(w, targets, times);
        double[][] started = new double[targets.size()][times.length];
        double[][] served = new double[targets.size()][times.length];
        for (int k = 0; k < targets.size(); k++) {
            for (int i = 0; i < times.length; i++) {
                started[k][i] = ss[k][i][0];
                served[k][i] = ss[k][i][1];
            }
        }
        double[][] probes = new double[series.size()][];
        for (int i = 0; i < probes.length; i++) {
            probes[i] = series.row(i);
        }
        double[][] share = TargetCurves.servedShare(w, targets, elapsedHours);
        List<TargetCurves.Unmet> unmet = keepDetails ? TargetCurves.unmet(w, targets) : List.of();
        return new ReplicationOutcome(rep, sc, w.sim().executedEvents(), log.count(), w.travel().computedTrees(), cpuNanos,
                times, started, served, series.columns(), probes, share, closures, unmet);
    }

    static ReplicationOutcome.RoadSnapshot snapshot(World w) {
        RoadConditions roads = w.roads();
        int[] edges = roads.closedEdges();
        String[] causes = new String[edges.length];
        int hazard = roads.layer(RoadConditions.HAZARD);
        int command = roads.layer(RoadConditions.COMMAND);
        int inject = roads.layer(Injects.ROAD_LAYER);
        for (int i = 0; i < edges.length; i++) {
            int e = edges[i];
            causes[i] = roads.factor(hazard, e) == 0f ? RoadConditions.HAZARD
                    : roads.factor(command, e) == 0f ? RoadConditions.COMMAND
                    : roads.factor(inject, e) == 0f ? Injects.CLOSURE_CAUSE : RoadConditions.BLOCKAGE;
        }
        return new ReplicationOutcome.RoadSnapshot(w.now(), edges, causes);
    }

    /** 0, 0.25 h … up to max(3 × the largest clock threshold, 24 h). */
    public static double[] elapsedGrid(List<TargetCurves.ClockTarget> targets) {
        double maxH = 24;
        for (TargetCurves.ClockTarget t : targets) {
            maxH = Math.max(maxH, 3 * t.thresholdMs() / 3_600_000.0);
        }
        int n = (int) Math.round(maxH / ELAPSED_STEP_H) + 1;
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = i * ELAPSED_STEP_H;
        }
        return g;
    }

    /**
     * Map snapshot times: 6, 12, 24, 48, 72 h (within the horizon), the horizon, and the tick with the most
     * closed roads, ascending without duplicates.
     */
    public static long[] snapshotTimes(ScenarioSite site) {
        long horizon = site.scenario().horizonMs();
        java.util.TreeSet<Long> t = new java.util.TreeSet<>();
        for (long h : new long[] {6, 12, 24, 48, 72}) {
            if (h * 3_600_000L <= horizon) {
                t.add(h * 3_600_000L);
            }
        }
        t.add(horizon);
        HazardTick peak = null;
        for (HazardTick k : site.timeline().ticks()) {
            if (k.timeMs() <= horizon && (peak == null || k.closedEdgeCount() > peak.closedEdgeCount())) {
                peak = k;
            }
        }
        if (peak != null && peak.closedEdgeCount() > 0) {
            t.add(peak.timeMs());
        }
        return t.stream().mapToLong(Long::longValue).toArray();
    }
}
