package org.drillsim.ui.session;

import org.drillsim.scenarios.model.LocalizedText;

/**
 * One target on the live scorecard at a moment of the drill.
 *
 * @param id        target id, e.g. {@code medical-2h}
 * @param label     target label (zh / en)
 * @param share     true when {@code value} is a share of people or units served in time (response-time
 *                  targets); false for capacity targets, whose {@code value} is only a 0..1 trend position
 * @param value     current value (share served within the threshold, 0..1), NaN while there is no data
 * @param required  value needed to pass (e.g. the required share)
 * @param valueText the value formatted for display
 * @param requirementText the requirement formatted for display, e.g. {@code ≥ 95 % ≤ 2 h}
 * @param status    met, at risk, missed, or no data
 * @param source    where the target comes from (plan file and clause)
 */
public record ScoreRow(String id, LocalizedText label, boolean share, double value, double required, String valueText,
                       String requirementText, ScoreStatus status, String source) {
}
