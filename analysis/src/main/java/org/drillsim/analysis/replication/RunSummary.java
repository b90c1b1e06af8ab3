package org.drillsim.analysis.replication;

import org.drillsim.core.ConfidenceInterval;
import org.drillsim.runformat.Verdict;
import org.drillsim.world.DelayCause;
import org.drillsim.world.Indicators;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.TargetResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The scorecard over replications: per target the mean and 95 % Student-t confidence interval of the value,
 * the verdict ({@link Verdict}) on the mean and its interval, the share of replications passing, and the causes of the late time pooled
 * over replications; per indicator the mean and interval.
 *
 * <p>Verdict: {@link Verdict#of} on the interval (a response-time target's share against the required share —
 * the scenario's, else the catalogue default —, a capacity target's value against its threshold).
 *
 * @param targets    one per scenario target, in scenario order
 * @param indicators one per indicator of replication 1, in order
 * @param level      confidence level (0.95)
 * @param scope      the district the targets are scored for, null for the whole area
 * @param districts  the targets per district, in the map's order (empty without district boundaries)
 */
public record RunSummary(List<TargetSummary> targets, List<IndicatorSummary> indicators, double level, String scope,
                         List<DistrictSummary> districts) {

    /**
     * One district over replications: the same aggregation as the whole area's targets.
     *
     * @param name       district name
     * @param peopleMean residents (mean over replications)
     * @param targets    one per scenario target, in scenario order
     */
    public record DistrictSummary(String name, double peopleMean, List<TargetSummary> targets) {
    }

    /** Confidence level used. */
    public static final double LEVEL = 0.95;

    /**
     * An indicator over replications.
     *
     * @param first the indicator in replication 1 (id, label, unit)
     * @param value mean and 95 % interval (NaN values left out)
     */
    public record IndicatorSummary(Indicators.Indicator first, ConfidenceInterval value) {
    }

    /** Aggregates the outcomes (in replication order). */
    public static RunSummary of(List<ReplicationOutcome> outcomes) {
        if (outcomes.isEmpty()) {
            throw new IllegalArgumentException("no replications to summarise");
        }
        List<TargetSummary> targets = new ArrayList<>();
        int nt = outcomes.get(0).scorecard().targets().size();
        for (int k = 0; k < nt; k++) {
            final int kk = k;
            targets.add(target(outcomes.stream().map(o -> o.scorecard().targets().get(kk)).toList()));
        }
        List<DistrictSummary> districts = new ArrayList<>();
        int nd = outcomes.get(0).scorecard().districts().size();
        for (int d = 0; d < nd; d++) {
            final int dd = d;
            List<TargetSummary> rows = new ArrayList<>();
            for (int k = 0; k < nt; k++) {
                final int kk = k;
                rows.add(target(outcomes.stream().map(o -> o.scorecard().districts().get(dd).targets().get(kk)).toList()));
            }
            double people = outcomes.stream().mapToLong(o -> o.scorecard().districts().get(dd).people()).average().orElse(0);
            districts.add(new DistrictSummary(outcomes.get(0).scorecard().districts().get(d).name(), people, rows));
        }
        List<IndicatorSummary> ind = new ArrayList<>();
        for (Indicators.Indicator first : outcomes.get(0).scorecard().indicators()) {
            List<Double> vals = new ArrayList<>();
            for (ReplicationOutcome o : outcomes) {
                for (Indicators.Indicator i : o.scorecard().indicators()) {
                    if (i.id().equals(first.id()) && !Double.isNaN(i.value())) {
                        vals.add(i.value());
                    }
                }
            }
            ind.add(new IndicatorSummary(first, ci(vals)));
        }
        return new RunSummary(targets, ind, LEVEL, outcomes.get(0).scorecard().scope(), districts);
    }

    /** One target over the replications, from its result in each (in replication order). */
    private static TargetSummary target(List<TargetResult> results) {
        TargetResult first = results.get(0);
        List<Double> vals = new ArrayList<>();
        double[] per = new double[results.size()];
        int passed = 0;
        double measured = 0;
        double late = 0;
        double pending = 0;
        double hoursWeighted = 0;
        double servedWeight = 0;
        double[] causeHours = new double[DelayCause.values().length];
        for (int r = 0; r < results.size(); r++) {
            TargetResult t = results.get(r);
            per[r] = t.scored() ? t.value() : Double.NaN;
            if (t.scored()) {
                vals.add(t.value());
                if (t.pass()) {
                    passed++;
                }
            }
            measured += t.measured();
            late += t.late();
            pending += t.pending();
            if (!Double.isNaN(t.meanHours())) {
                long served = t.measured() - t.late();
                hoursWeighted += t.meanHours() * served;
                servedWeight += served;
            }
            for (CauseShare cs : t.causes()) {
                causeHours[cs.cause().ordinal()] += cs.share() * t.lateHours();
            }
        }
        int n = results.size();
        ConfidenceInterval ci = ci(vals);
        Verdict verdict = verdict(first, ci);
        double total = 0;
        for (double v : causeHours) {
            total += v;
        }
        List<CauseShare> causes = new ArrayList<>();
        if (total > 0) {
            for (DelayCause dc : DelayCause.values()) {
                if (causeHours[dc.ordinal()] > 0) {
                    causes.add(new CauseShare(dc, causeHours[dc.ordinal()] / total));
                }
            }
            causes.sort(Comparator.comparingDouble(CauseShare::share).reversed().thenComparing(c -> c.cause().ordinal()));
        }
        double min = vals.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = vals.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return new TargetSummary(first, vals.size(), ci, min, max, verdict,
                vals.isEmpty() ? Double.NaN : passed / (double) vals.size(), measured / n, late / n, pending / n,
                servedWeight > 0 ? hoursWeighted / servedWeight : Double.NaN, causes, per);
    }

    /** The one verdict rule ({@link Verdict}) on the mean and its interval; a share's interval is clipped to [0, 1]. */
    static Verdict verdict(TargetResult first, ConfidenceInterval ci) {
        double low = ci.mean() - ci.halfWidth();
        double high = ci.mean() + ci.halfWidth();
        if (first.isResponseTime()) {
            return Verdict.ofShare(ci.mean(), Verdict.clipShare(low), Verdict.clipShare(high), first.requiredShare());
        }
        return Verdict.of(ci.mean(), low, high, first.comparison(), first.threshold());
    }

    /** Mean and interval; with one value the half-width is NaN, with none everything is NaN. */
    static ConfidenceInterval ci(List<Double> vals) {
        if (vals.isEmpty()) {
            return new ConfidenceInterval(Double.NaN, Double.NaN, LEVEL, 0);
        }
        if (vals.size() == 1) {
            return new ConfidenceInterval(vals.get(0), Double.NaN, LEVEL, 1);
        }
        double[] a = vals.stream().mapToDouble(Double::doubleValue).toArray();
        for (double v : a) {
            if (Double.isInfinite(v)) {
                // e.g. no helicopter base at all: no interval around an infinite distance
                return new ConfidenceInterval(Double.POSITIVE_INFINITY, Double.NaN, LEVEL, a.length);
            }
        }
        return ConfidenceInterval.student(a, LEVEL);
    }

    /** The summary of one target id, or null. */
    public TargetSummary target(String id) {
        for (TargetSummary t : targets) {
            if (t.first().id().equals(id)) {
                return t;
            }
        }
        return null;
    }
}
