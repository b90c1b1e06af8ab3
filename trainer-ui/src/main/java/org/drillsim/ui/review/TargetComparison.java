package org.drillsim.ui.review;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.ui.session.ScoreRow;
import org.drillsim.ui.session.ScoreStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One target in the review: the trainees' value beside the plan's, and what the trainees' decisions
 * changed (trainees − plan).
 *
 * @param id          target id
 * @param label       target label
 * @param trainees    the trainees' row (null when the target has no row in their run)
 * @param plan        the plan's row (null likewise)
 * @param difference  trainees' share − plan's share (NaN when either has no data, or for capacity targets)
 */
public record TargetComparison(String id, LocalizedText label, ScoreRow trainees, ScoreRow plan, double difference) {

    /** Pairs the targets of two scorecards by id, in the trainees' order, then any only in the plan's. */
    public static List<TargetComparison> compare(List<ScoreRow> trainees, List<ScoreRow> plan) {
        Map<String, ScoreRow[]> byId = new LinkedHashMap<>();
        for (ScoreRow r : trainees) byId.computeIfAbsent(r.id(), k -> new ScoreRow[2])[0] = r;
        for (ScoreRow r : plan) byId.computeIfAbsent(r.id(), k -> new ScoreRow[2])[1] = r;
        List<TargetComparison> out = new ArrayList<>();
        for (Map.Entry<String, ScoreRow[]> e : byId.entrySet()) {
            ScoreRow t = e.getValue()[0];
            ScoreRow p = e.getValue()[1];
            // Only shares of people served compare as a difference; capacity figures have no common scale here.
            double d = t == null || p == null || !t.share() || Double.isNaN(t.value()) || Double.isNaN(p.value()) ? Double.NaN : t.value() - p.value();
            out.add(new TargetComparison(e.getKey(), (t != null ? t : p).label(), t, p, d));
        }
        return out;
    }

    /** True when the trainees met a target the plan missed, or the reverse. */
    public boolean outcomeDiffers() {
        ScoreStatus a = trainees == null ? ScoreStatus.NO_DATA : trainees.status();
        ScoreStatus b = plan == null ? ScoreStatus.NO_DATA : plan.status();
        return (a == ScoreStatus.PASS) != (b == ScoreStatus.PASS);
    }
}
