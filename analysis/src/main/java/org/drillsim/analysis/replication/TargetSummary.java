package org.drillsim.analysis.replication;

import org.drillsim.core.ConfidenceInterval;
import org.drillsim.runformat.Verdict;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.TargetResult;

import java.util.List;

/**
 * One target over all replications.
 *
 * @param first              the target's result in replication 1 (label, threshold, source, wording …)
 * @param scoredReplications replications that measured something
 * @param value              mean and 95 % Student-t interval of the value over the scored replications
 *                           (half-width NaN with fewer than two)
 * @param min                smallest value
 * @param max                largest value
 * @param verdict            met / at risk / not met by the one rule ({@link Verdict}) on {@code value}'s interval
 * @param passRate           share of scored replications that passed
 * @param measuredMean       mean people / units measured per replication
 * @param lateMean           mean late per replication
 * @param pendingMean        mean still running, not yet due, per replication
 * @param meanHours          mean clock time of those served (pooled), hours
 * @param causes             causes of the late time, pooled over replications (weighted by late time)
 * @param perReplication     value per replication (NaN where nothing was measured)
 */
public record TargetSummary(TargetResult first, int scoredReplications, ConfidenceInterval value, double min, double max,
                            Verdict verdict, double passRate, double measuredMean, double lateMean, double pendingMean,
                            double meanHours, List<CauseShare> causes, double[] perReplication) {

    /** Whether the verdict is met (the whole interval meets the requirement). */
    public boolean met() {
        return verdict == Verdict.MET;
    }
}
