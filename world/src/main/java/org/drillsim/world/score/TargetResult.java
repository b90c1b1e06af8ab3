package org.drillsim.world.score;

import org.drillsim.format.targets.TargetDefinition;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.ClockSpan;

import java.util.List;

/**
 * The score of one target in one replication (or at one moment of a live run).
 *
 * <p>Response-time targets: {@code value} = share (0..1, weighted by people or units) of the measured items
 * whose clock met the threshold; pass when {@code value ≥ requiredShare}. Items still running are late once
 * their clock exceeds the threshold, and left out ("not yet due") before. Capacity targets: {@code value} is
 * the figure in the target's unit (m² per resident, % covered, people …), pass when it meets the threshold.
 *
 * @param id             catalogue id
 * @param label          zh / en label
 * @param kind           {@code response-time} or {@code capacity}
 * @param threshold      threshold in use (catalogue or scenario override), in {@code unit}
 * @param unit           threshold unit
 * @param comparison     {@code <=}, {@code <} or {@code >=}
 * @param requiredShare  share that must meet the threshold (response-time), else NaN
 * @param span           the clock (response-time), else null
 * @param scored         false when nothing could be measured (no demand, or no model for it) — see {@code note}
 * @param value          the value (see above), NaN when not scored
 * @param pass           whether it passed (false when not scored)
 * @param measured       people / units measured (response-time), else 0
 * @param late           of those, late (response-time)
 * @param pending        running clocks not yet due (response-time)
 * @param meanHours      mean clock time of the measured items that stopped, hours (NaN if none)
 * @param lateHours      total clock time of the late items, person-hours (response-time; weights for pooling causes)
 * @param causes         causes of the late time, largest first (response-time)
 * @param source         source (file, document, clause, line): the scenario's own plan where it names a clause
 *                       for this target (file = its document number, line 0), else the catalogue's seed clause
 * @param sourceKind     {@link #SCENARIO_PLAN} or {@link #CATALOGUE}: whose clause {@code source} cites
 * @param wording        original wording
 * @param thresholdSource where the threshold in use comes from (catalogue source or the scenario's override source)
 * @param note           how the value was obtained, or why it is not scored (zh / en)
 */
public record TargetResult(String id, LocalizedText label, String kind, double threshold, String unit, String comparison,
                           double requiredShare, ClockSpan span, boolean scored, double value, boolean pass,
                           long measured, long late, long pending, double meanHours, double lateHours, List<CauseShare> causes,
                           TargetDefinition.Source source, String sourceKind, String wording, String thresholdSource,
                           LocalizedText note) {
    /** The source is a clause of the scenario's own plan. */
    public static final String SCENARIO_PLAN = "scenario-plan";
    /** The source is the catalogue's seed clause (the scenario's plan names none for this target). */
    public static final String CATALOGUE = "catalogue";

    public TargetResult {
        causes = List.copyOf(causes);
    }

    /** Whether it is a response-time (clock) target. */
    public boolean isResponseTime() {
        return "response-time".equals(kind);
    }
}
