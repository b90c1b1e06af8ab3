package org.drillsim.sweep;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.world.ScenarioSite;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * Runs every grid point's replications on an engine, in batches: replications 1 … n first, then (with a half-width
 * goal) n+1 … n+batch and so on until every target's 95 % interval is narrow enough or the cap is reached.
 * Replication {@code r} of every grid point has the seed {@code (seed, r)}: common random numbers, and the summary
 * after n replications is the threaded run's of n replications, whatever the batches were.
 */
public final class Sweep {
    private Sweep() {
    }

    /**
     * How many replications.
     *
     * @param replications   first batch (≥ 2)
     * @param batch          replications added per further batch (≥ 1)
     * @param maxReplications cap with a half-width goal
     * @param halfWidth      stop when every target's half-width is below this; NaN = one batch only
     */
    public record Settings(int replications, int batch, int maxReplications, double halfWidth) {
        public Settings {
            if (replications < 2) {
                throw new IllegalArgumentException("replications must be >= 2 for a confidence interval, got " + replications);
            }
            if (batch < 1 || maxReplications < replications) {
                throw new IllegalArgumentException("batch must be >= 1 and max-replications >= replications");
            }
            if (!Double.isNaN(halfWidth) && !(halfWidth > 0)) {
                throw new IllegalArgumentException("half-width goal must be > 0, got " + halfWidth);
            }
        }
    }

    /** One grid point's result. */
    public record Variant(int point, int[] steps, String name, ScenarioSite site, List<ReplicationOutcome> outcomes,
                          RunSummary summary) {
    }

    /**
     * The sweep's result.
     *
     * @param variants     per grid point
     * @param replications replications per grid point
     * @param narrow       whether the half-width goal was met (false without a goal)
     * @param batches      batches run
     * @param wallSeconds  wall time of the replications
     * @param cpuSeconds   summed CPU time of the replications
     * @param engine       the engine's description
     */
    public record Result(List<Variant> variants, int replications, boolean narrow, int batches, double wallSeconds,
                         double cpuSeconds, String engine) {
    }

    /**
     * Runs the sweep.
     *
     * @param progress called with the number of replications finished so far (driver thread), or null
     */
    public static Result run(SweepWork work, ScenarioSite base, Engine engine, Settings s, IntConsumer progress) {
        work.prime(base);
        List<int[]> points = work.grid().points(base);
        Map<Integer, TreeMap<Integer, RepValues>> got = new TreeMap<>();
        for (int p = 0; p < points.size(); p++) {
            got.put(p, new TreeMap<>());
        }
        int[] done = {0};
        long t0 = System.nanoTime();
        int from = 1;
        int to = s.replications();
        int batches = 0;
        boolean narrow;
        List<Variant> variants;
        while (true) {
            List<SweepWork.Job> jobs = new ArrayList<>();
            for (int r = from; r <= to; r++) {
                for (int p = 0; p < points.size(); p++) {
                    jobs.add(new SweepWork.Job(p, r));
                }
            }
            engine.run(work, jobs, v -> {
                got.get(v.point()).put(v.rep(), v);
                done[0]++;
                if (progress != null) {
                    progress.accept(done[0]);
                }
            });
            batches++;
            variants = summarise(work, base, points, got);
            narrow = !Double.isNaN(s.halfWidth()) && narrow(variants, s.halfWidth());
            if (Double.isNaN(s.halfWidth()) || narrow || to >= s.maxReplications()) {
                break;
            }
            from = to + 1;
            to = Math.min(s.maxReplications(), to + s.batch());
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        long cpu = 0;
        for (TreeMap<Integer, RepValues> m : got.values()) {
            for (RepValues v : m.values()) {
                cpu += v.cpuNanos();
            }
        }
        return new Result(variants, to, narrow, batches, wall, cpu / 1e9, engine.describe());
    }

    private static List<Variant> summarise(SweepWork work, ScenarioSite base, List<int[]> points,
                                           Map<Integer, TreeMap<Integer, RepValues>> got) {
        List<Variant> out = new ArrayList<>();
        for (int p = 0; p < points.size(); p++) {
            List<ReplicationOutcome> outcomes = got.get(p).values().stream()
                    .sorted(Comparator.comparingInt(RepValues::rep)).map(RepValues::outcome).toList();
            out.add(new Variant(p, points.get(p), work.grid().name(base, points.get(p)), work.built(p).site(), outcomes,
                    RunSummary.of(outcomes)));
        }
        return out;
    }

    /** Every scored target of every variant has a finite 95 % half-width below {@code goal}. */
    static boolean narrow(List<Variant> variants, double goal) {
        for (Variant v : variants) {
            for (TargetSummary t : v.summary().targets()) {
                if (t.scoredReplications() == 0 || Double.isInfinite(t.value().mean())) {
                    continue; // nothing measured, or no interval around an infinite value: more replications cannot help
                }
                double hw = t.value().halfWidth();
                if (!(hw < goal)) {
                    return false;
                }
            }
        }
        return true;
    }
}
