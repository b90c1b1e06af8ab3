package org.drillsim.analysis.gap;

import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.analysis.siting.MinimalAdditionSearch;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.CauseShare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Capacity-gap analysis of a scenario: plays the baseline replications, then for each scalable resource
 * ({@link Variants}) and each target that resource serves and the baseline misses, finds the smallest addition
 * that meets the target at the confidence level ({@link TargetCheck}) with {@link MinimalAdditionSearch}
 * (the cap first — if even the cap misses, the resource alone cannot meet the target — then exponential and
 * binary search over the steps; one batch of replications per step, shared by all targets of that resource).
 *
 * <p>Every batch uses the same seed and replication numbers (common random numbers). The search assumes that
 * adding a resource never makes a target worse; with simulation noise that holds only up to the interval width,
 * so an answer near the edge may move by a step with another seed or more replications.
 */
public final class GapAnalysis {
    /** Progress of a long analysis (called from the analysing thread, {@link #replication} from any thread). */
    public interface Progress {
        /** A batch of {@code replications} starts for {@code what} (zh / en). */
        void started(String what, int replications);

        /** {@code done} replications of the current batch have finished. */
        void replication(int done);

        /** The batch finished after {@code seconds}; {@code result} summarises it in one line. */
        void finished(String result, double seconds);
    }

    /** Progress that says nothing. */
    public static final Progress SILENT = new Progress() {
        @Override
        public void started(String what, int replications) {
        }

        @Override
        public void replication(int done) {
        }

        @Override
        public void finished(String result, double seconds) {
        }
    };

    private final ScenarioSite site;
    private final GapSettings settings;
    private final Progress progress;
    private int evaluations;

    /**
     * @param site     the scenario site (the baseline)
     * @param settings search settings
     * @param progress progress sink (e.g. a progress bar on stderr)
     */
    public GapAnalysis(ScenarioSite site, GapSettings settings, Progress progress) {
        this.site = site;
        this.settings = settings;
        this.progress = progress != null ? progress : SILENT;
    }

    /**
     * Runs the analysis.
     *
     * @param baseline the baseline summary if already played with the same seed and replications (e.g. by the run
     *                 that writes the run directory), else null to play it here
     */
    public GapReport run(RunSummary baseline) {
        long t0 = System.nanoTime();
        RunSummary base = baseline != null ? baseline : evaluate(site, "基线 / baseline", null);
        List<TargetCheck> checks = new ArrayList<>();
        for (TargetSummary t : base.targets()) {
            checks.add(TargetCheck.of(t, settings.confidence()));
        }
        List<LocalizedText> absent = new ArrayList<>();
        List<GapReport.ResourceGap> resources = new ArrayList<>();
        for (ScenarioVariant v : Variants.of(site, settings, absent)) {
            GapReport.ResourceGap g = search(v, base, checks);
            if (g != null) {
                resources.add(g);
            }
        }
        return new GapReport(site.scenario().id(), settings.seed(), settings.replications(), settings.confidence(), base,
                checks, resources, absent, evaluations + (baseline != null ? 1 : 0), (System.nanoTime() - t0) / 1e9);
    }

    /** Searches one resource; null when it serves none of the scenario's targets. */
    GapReport.ResourceGap search(ScenarioVariant v, RunSummary base, List<TargetCheck> baseChecks) {
        List<TargetSummary> served = new ArrayList<>();
        for (TargetSummary t : base.targets()) {
            if (v.affects(t.first())) {
                served.add(t);
            }
        }
        if (served.isEmpty()) {
            return null;
        }
        MinimalAdditionSearch<RunSummary> search = new MinimalAdditionSearch<>(v.cap(),
                k -> k == 0 ? base : evaluate(v.apply(site, k), v.describe(k).zh() + " / " + v.describe(k).en(), served));
        List<GapReport.Finding> findings = new ArrayList<>();
        for (TargetSummary t : served) {
            String id = t.first().id();
            TargetCheck at0 = baseChecks.get(base.targets().indexOf(t));
            if (!at0.scored()) {
                findings.add(new GapReport.Finding(id, GapReport.Status.NOT_SCORED, -1, Double.NaN, null, at0, List.of()));
            } else if (at0.meets()) {
                findings.add(new GapReport.Finding(id, GapReport.Status.ALREADY_MET, 0, 0, null, at0, t.causes()));
            } else {
                // the cap first: when even the cap misses, one batch says so (instead of the whole exponential search)
                RunSummary atCap = search.evaluate(v.cap());
                MinimalAdditionSearch.Outcome<RunSummary> o = check(atCap, id).meets()
                        ? search.smallest(s -> check(s, id).meets())
                        : new MinimalAdditionSearch.Outcome<>(Optional.empty(), atCap);
                Optional<Integer> k = o.smallest();
                TargetCheck at = check(o.evaluation(), id);
                List<CauseShare> left = o.evaluation().target(id).causes();
                findings.add(k.isPresent()
                        ? new GapReport.Finding(id, GapReport.Status.FOUND, k.get(), v.amount(k.get()), v.describe(k.get()), at,
                                left)
                        : new GapReport.Finding(id, GapReport.Status.NOT_MET_WITHIN_CAP, -1, Double.NaN, null, at, left));
            }
        }
        List<GapReport.Point> points = new ArrayList<>();
        for (Map.Entry<Integer, RunSummary> e : search.evaluations().entrySet()) {
            Map<String, TargetCheck> c = new LinkedHashMap<>();
            for (TargetSummary t : served) {
                c.put(t.first().id(), check(e.getValue(), t.first().id()));
            }
            points.add(new GapReport.Point(e.getKey(), v.amount(e.getKey()), c));
        }
        if (points.isEmpty()) {
            Map<String, TargetCheck> c = new LinkedHashMap<>();
            for (TargetSummary t : served) {
                c.put(t.first().id(), baseChecks.get(base.targets().indexOf(t)));
            }
            points.add(new GapReport.Point(0, 0, c));
        }
        return new GapReport.ResourceGap(v.id(), v.label(), v.unit(), v.cap(), v.amount(v.cap()), v.describe(v.cap()),
                findings, points);
    }

    private TargetCheck check(RunSummary s, String targetId) {
        TargetSummary t = s.target(targetId);
        if (t == null) {
            throw new IllegalStateException("target " + targetId + " missing from a variant's scorecard");
        }
        return TargetCheck.of(t, settings.confidence());
    }

    /** Plays a batch; the progress line shows the {@code shown} targets (all when null). */
    private RunSummary evaluate(ScenarioSite s, String what, List<TargetSummary> shown) {
        progress.started(what, settings.replications());
        long t0 = System.nanoTime();
        RunSummary r = ReplicationBatch.run(s, settings.seed(), settings.replications(), settings.threads(),
                progress::replication);
        evaluations++;
        StringBuilder line = new StringBuilder(what).append(':');
        for (TargetSummary t : r.targets()) {
            TargetCheck c = TargetCheck.of(t, settings.confidence());
            boolean show = shown == null || shown.stream().anyMatch(x -> x.first().id().equals(t.first().id()));
            if (c.scored() && show) {
                line.append(String.format(java.util.Locale.ROOT, " %s %.3f%s", t.first().id(), c.mean(), c.meets() ? "✓" : "✗"));
            }
        }
        progress.finished(line.toString(), (System.nanoTime() - t0) / 1e9);
        return r;
    }
}
