package org.drillsim.analysis.gap;

import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.core.ConfidenceInterval;
import org.drillsim.runformat.Verdict;
import org.drillsim.world.score.TargetResult;

import java.util.Arrays;

/**
 * Whether one target is met at a confidence level over a batch of replications.
 *
 * <p>Rule: the one verdict rule {@link Verdict} on the two-sided Student-t interval at the confidence level (a share's
 * interval clipped to [0, 1]); {@code meets} is {@link Verdict#MET}. With fewer than two scored replications no
 * interval exists and the target is not met, unless a capacity figure is the same in every replication (exact).
 *
 * @param targetId   catalogue id
 * @param scored     whether any replication measured something
 * @param n          scored replications
 * @param mean       mean value (share 0..1 for response-time targets, the figure for capacity targets)
 * @param low        lower end of the interval (NaN with fewer than two replications)
 * @param high       upper end of the interval
 * @param required   the required share (response-time) or the threshold (capacity)
 * @param verdict    met / at risk / not met
 */
public record TargetCheck(String targetId, boolean scored, int n, double mean, double low, double high, double required,
                          Verdict verdict) {

    /** Checks {@code t} at {@code confidence} (e.g. 0.95). */
    public static TargetCheck of(TargetSummary t, double confidence) {
        TargetResult first = t.first();
        double[] vals = Arrays.stream(t.perReplication()).filter(v -> !Double.isNaN(v)).toArray();
        double required = first.isResponseTime() ? first.requiredShare() : first.threshold();
        if (vals.length == 0) {
            return new TargetCheck(first.id(), false, 0, Double.NaN, Double.NaN, Double.NaN, required, Verdict.NOT_SCORED);
        }
        double mean = Arrays.stream(vals).average().orElse(Double.NaN);
        if (vals.length < 2 || Arrays.stream(vals).anyMatch(Double::isInfinite)) {
            boolean same = Arrays.stream(vals).allMatch(v -> v == vals[0]);
            // a capacity figure identical in every replication (area per resident) is exact: no interval needed
            boolean exact = !first.isResponseTime() && same;
            double lo = exact ? vals[0] : Double.NaN;
            Verdict v = exact ? Verdict.of(vals[0], lo, lo, first.comparison(), first.threshold()) : Verdict.NOT_MET;
            return new TargetCheck(first.id(), true, vals.length, mean, lo, lo, required, v);
        }
        ConfidenceInterval ci = ConfidenceInterval.student(vals, confidence);
        double low = ci.lower();
        double high = ci.upper();
        Verdict v;
        if (first.isResponseTime()) {
            low = Verdict.clipShare(low);
            high = Verdict.clipShare(high);
            v = Verdict.ofShare(mean, low, high, first.requiredShare());
        } else {
            v = Verdict.of(mean, low, high, first.comparison(), first.threshold());
        }
        return new TargetCheck(first.id(), true, vals.length, mean, low, high, required, v);
    }

    /** Whether the verdict is met: the search for the smallest addition stops there. */
    public boolean meets() {
        return verdict == Verdict.MET;
    }

    /**
     * How far the mean falls short of what is required: {@code required − mean} for response-time and "≥" targets,
     * {@code mean − threshold} for "≤" targets; 0 when the mean meets it, NaN when not scored.
     */
    public double shortfall(TargetResult first) {
        if (!scored) {
            return Double.NaN;
        }
        double s = ">=".equals(first.comparison()) || first.isResponseTime() ? required - mean : mean - required;
        return Math.max(0, s);
    }
}
