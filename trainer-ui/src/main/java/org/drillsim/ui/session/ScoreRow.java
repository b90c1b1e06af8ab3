package org.drillsim.ui.session;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.ui.i18n.Messages;
import org.drillsim.ui.i18n.Quantities;

/**
 * One target on the live scorecard at a moment of the drill.
 *
 * @param id         target id, e.g. {@code medical-2h}
 * @param label      target label (zh / en)
 * @param share      true when {@code value} is a share of people or units served in time (response-time
 *                   targets); false for capacity targets, whose {@code value} is only a 0..1 trend position
 * @param value      current value (share served within the threshold, 0..1), NaN while there is no data
 * @param required   value needed to pass (e.g. the required share)
 * @param measure    capacity targets: the figure in {@code unit} (NaN while there is no data); response-time
 *                   targets: same as {@code value}
 * @param comparison the threshold's comparison as the target catalogue writes it ({@code <=}, {@code >=} …)
 * @param threshold  the threshold in {@code unit}
 * @param unit       the threshold's unit id ({@code h}, {@code m2/person} …)
 * @param status     met, at risk, missed, or no data
 * @param source     where the target comes from (plan file and clause)
 */
public record ScoreRow(String id, LocalizedText label, boolean share, double value, double required, double measure,
                       String comparison, double threshold, String unit, ScoreStatus status, String source) {

    /** The value as shown, e.g. {@code 62.5%} or {@code 0.75 m²/人}; a dash while there is no data. */
    public String valueText(Messages msg) {
        if (Double.isNaN(measure)) return "—";
        return share ? Quantities.percent(measure, 1) : Quantities.amount(measure, unit, msg);
    }

    /** The requirement as shown, e.g. {@code ≥ 95% · ≤ 2 小时} or {@code ≥ 2.5 m²/人}. */
    public String requirementText(Messages msg) {
        String threshold = Quantities.requirement(comparison, this.threshold, unit, msg);
        return share ? msg.format("score.requirement.share", Quantities.percent(required, 0), threshold) : threshold;
    }
}
