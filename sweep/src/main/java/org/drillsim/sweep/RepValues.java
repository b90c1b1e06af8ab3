package org.drillsim.sweep;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.format.model.ClockEvent;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.targets.TargetDefinition;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.Indicators;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetResult;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What one replication sends back to the driver: its scorecard's per-target values and indicators, flattened into
 * plain serialisable fields (no event log, no curves, no world). {@link #outcome()} rebuilds the very
 * {@link TargetResult}s the replication computed, so the driver's summary is the threaded run's to the last digit.
 *
 * @param point      grid point index
 * @param rep        replication number (from 1)
 * @param scenarioId scenario id
 * @param atMs       time the scorecard refers to
 * @param targets    per target
 * @param indicators per indicator
 * @param cpuNanos   CPU time of the replication on its executor thread
 */
public record RepValues(int point, int rep, String scenarioId, long atMs, List<TargetValues> targets,
                        List<IndicatorValue> indicators, String scope, List<DistrictValues> districts, long cpuNanos)
        implements Serializable {

    /** One district's rows (per-district scoring), flattened like the whole area's. */
    public record DistrictValues(String name, long people, List<TargetValues> targets) implements Serializable {
    }

    /** One target's result, every field of {@link TargetResult}. */
    public record TargetValues(String id, String labelZh, String labelEn, String kind, double threshold, String unit,
                               String comparison, double requiredShare, String spanStart, String spanStop, boolean scored,
                               double value, boolean pass, long measured, long late, long pending, double meanHours,
                               double lateHours, String[] causes, double[] causeShares, String srcFile, String srcDocument,
                               String srcClause, int srcLine, String sourceKind, String wording, String thresholdSource,
                               String noteZh, String noteEn, boolean hasNote, boolean hasLabel) implements Serializable {
    }

    /** One indicator. */
    public record IndicatorValue(String id, String zh, String en, boolean hasLabel, String unit, double value)
            implements Serializable {
    }

    /** Flattens a replication's scorecard. */
    public static RepValues of(int point, Scorecard sc, long cpuNanos) {
        List<TargetValues> ts = flatten(sc.targets());
        List<IndicatorValue> is = new ArrayList<>();
        for (Indicators.Indicator i : sc.indicators()) {
            is.add(new IndicatorValue(i.id(), zh(i.label()), en(i.label()), i.label() != null, i.unit(), i.value()));
        }
        List<DistrictValues> ds = new ArrayList<>();
        for (Scorecard.DistrictScore d : sc.districts()) {
            ds.add(new DistrictValues(d.name(), d.people(), flatten(d.targets())));
        }
        return new RepValues(point, sc.replication(), sc.scenarioId(), sc.atMs(), ts, is, sc.scope(), ds, cpuNanos);
    }

    private static List<TargetValues> flatten(List<TargetResult> results) {
        List<TargetValues> ts = new ArrayList<>();
        for (TargetResult t : results) {
            String[] causes = new String[t.causes().size()];
            double[] shares = new double[causes.length];
            for (int i = 0; i < causes.length; i++) {
                causes[i] = t.causes().get(i).cause().name();
                shares[i] = t.causes().get(i).share();
            }
            TargetDefinition.Source src = t.source();
            ts.add(new TargetValues(t.id(), zh(t.label()), en(t.label()), t.kind(), t.threshold(), t.unit(), t.comparison(),
                    t.requiredShare(), t.span() == null ? null : t.span().start().name(),
                    t.span() == null ? null : t.span().stop().name(), t.scored(), t.value(), t.pass(), t.measured(), t.late(),
                    t.pending(), t.meanHours(), t.lateHours(), causes, shares, src == null ? null : src.file(),
                    src == null ? null : src.document(), src == null ? null : src.clause(), src == null ? -1 : src.line(),
                    t.sourceKind(), t.wording(), t.thresholdSource(), zh(t.note()), en(t.note()), t.note() != null,
                    t.label() != null));
        }
        return ts;
    }

    /** The scorecard again, as the replication computed it. */
    public Scorecard scorecard() {
        List<TargetResult> ts = rebuild(targets);
        List<Indicators.Indicator> is = new ArrayList<>();
        for (IndicatorValue i : indicators) {
            is.add(new Indicators.Indicator(i.id(), i.hasLabel() ? new LocalizedText(i.zh(), i.en()) : null, i.unit(),
                    i.value()));
        }
        List<Scorecard.DistrictScore> ds = new ArrayList<>();
        for (DistrictValues d : districts) {
            ds.add(new Scorecard.DistrictScore(d.name(), d.people(), rebuild(d.targets())));
        }
        return new Scorecard(scenarioId, rep, atMs, ts, is, scope, ds);
    }

    private static List<TargetResult> rebuild(List<TargetValues> values) {
        List<TargetResult> ts = new ArrayList<>();
        for (TargetValues t : values) {
            List<CauseShare> causes = new ArrayList<>();
            for (int i = 0; i < t.causes().length; i++) {
                causes.add(new CauseShare(DelayCause.valueOf(t.causes()[i]), t.causeShares()[i]));
            }
            ClockSpan span = t.spanStart() == null ? null
                    : new ClockSpan(ClockEvent.valueOf(t.spanStart()), ClockEvent.valueOf(t.spanStop()));
            TargetDefinition.Source src = t.srcLine() < 0 ? null
                    : new TargetDefinition.Source(t.srcFile(), t.srcDocument(), t.srcClause(), t.srcLine());
            ts.add(new TargetResult(t.id(), t.hasLabel() ? new LocalizedText(t.labelZh(), t.labelEn()) : null, t.kind(),
                    t.threshold(), t.unit(), t.comparison(), t.requiredShare(), span, t.scored(), t.value(), t.pass(),
                    t.measured(), t.late(), t.pending(), t.meanHours(), t.lateHours(), causes, src, t.sourceKind(),
                    t.wording(), t.thresholdSource(), t.hasNote() ? new LocalizedText(t.noteZh(), t.noteEn()) : null));
        }
        return ts;
    }

    /** A replication outcome carrying only the scorecard (what {@code RunSummary.of} reads). */
    public ReplicationOutcome outcome() {
        return new ReplicationOutcome(rep, scorecard(), 0, 0, 0, cpuNanos, new long[0], new double[0][], new double[0][],
                List.of(), new double[0][], new double[0][], List.of(), List.of());
    }

    private static String zh(LocalizedText t) {
        return t == null ? null : t.zh();
    }

    private static String en(LocalizedText t) {
        return t == null ? null : t.en();
    }
}
