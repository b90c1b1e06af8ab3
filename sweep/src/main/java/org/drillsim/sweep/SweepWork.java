package org.drillsim.sweep;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.ScenarioRunner;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.score.TargetCurves;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The work of a sweep as it is shipped to every task: the scenario text, the grid and the master seed (a few
 * kilobytes). A task plays one replication of one grid point exactly as the threaded runner does
 * ({@link ScenarioRunner#one} with seed {@code (seed, rep)}, no event log): common random numbers wherever it runs.
 *
 * <p>The site (map, population, hazard timeline) is built once per JVM and grid point, in a static cache keyed by the
 * scenario's hash, not per task.
 *
 * @param source the scenario
 * @param grid   the variants
 * @param seed   master seed
 */
public record SweepWork(ScenarioSource source, SweepGrid grid, long seed) implements Serializable {

    /** One replication of one grid point. */
    public record Job(int point, int rep) implements Serializable {
    }

    /** A built grid point: its site and what the runner needs besides. */
    record Built(ScenarioSite site, List<TargetCurves.ClockTarget> targets, double[] elapsed) {
    }

    // one per executor JVM (per driver JVM in local mode): scenario hash -> base site, and hash|point -> variant
    private static final Map<String, ScenarioSite> BASES = new ConcurrentHashMap<>();
    private static final Map<String, Built> POINTS = new ConcurrentHashMap<>();

    /** The base site, built once per JVM. */
    public ScenarioSite base() {
        return BASES.computeIfAbsent(source.key(), k -> source.buildSite());
    }

    /** Seeds the cache with a site already built (the driver's, in local mode). */
    public void prime(ScenarioSite base) {
        BASES.putIfAbsent(source.key(), base);
    }

    /** Grid points, as {@link SweepGrid#points} of the base. */
    public List<int[]> points() {
        return grid.points(base());
    }

    Built built(int point) {
        return POINTS.computeIfAbsent(source.key() + "|" + grid.key() + "|" + point, k -> {
            ScenarioSite s = grid.apply(base(), points().get(point));
            List<TargetCurves.ClockTarget> targets = TargetCurves.clockTargets(s.scenario().targets());
            return new Built(s, targets, ScenarioRunner.elapsedGrid(targets));
        });
    }

    /** Plays one replication and keeps only its per-target values. */
    public RepValues run(Job job) {
        Built b = built(job.point());
        ReplicationOutcome o = ScenarioRunner.one(b.site(), seed, job.rep(), EventLog.discarding(), false, b.targets(),
                b.elapsed(), new long[0]);
        return RepValues.of(job.point(), o.scorecard(), o.cpuNanos());
    }
}
