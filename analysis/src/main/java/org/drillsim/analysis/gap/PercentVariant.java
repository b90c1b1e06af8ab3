package org.drillsim.analysis.gap;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.TargetResult;

import java.util.Locale;

/**
 * A resource scaled in percent steps of what the scenario already has (stock, shelter places, hospital beds):
 * step {@code k} adds {@code k · step} % at every facility holding it.
 */
abstract class PercentVariant implements ScenarioVariant {
    private final String id;
    private final LocalizedText label;
    private final LocalizedText baseUnit;
    private final double baseTotal;
    private final TargetReach reach;
    private final int stepPercent;
    private final int cap;

    /**
     * @param id          variant id
     * @param label       what is scaled, zh / en
     * @param baseUnit    unit of the absolute amount, zh / en (升 / L …)
     * @param baseTotal   the scenario's total (for the absolute amount in {@link #describe(int)})
     * @param reach       which targets it serves
     * @param stepPercent percent added per step
     * @param cap         largest number of steps
     */
    PercentVariant(String id, LocalizedText label, LocalizedText baseUnit, double baseTotal, TargetReach reach,
                   int stepPercent, int cap) {
        if (stepPercent < 1 || cap < 1) {
            throw new IllegalArgumentException(id + ": step and cap must be >= 1, got " + stepPercent + " %, " + cap);
        }
        this.id = id;
        this.label = label;
        this.baseUnit = baseUnit;
        this.baseTotal = baseTotal;
        this.reach = reach;
        this.stepPercent = stepPercent;
        this.cap = cap;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final LocalizedText label() {
        return label;
    }

    @Override
    public final int cap() {
        return cap;
    }

    @Override
    public final double amount(int k) {
        return (double) k * stepPercent;
    }

    @Override
    public final LocalizedText unit() {
        return new LocalizedText("%", "%");
    }

    /** Multiplier of step {@code k}: {@code 1 + k·step/100}. */
    final double factor(int k) {
        return 1 + amount(k) / 100.0;
    }

    /** {@code value} scaled by step {@code k}, rounded to a whole unit. */
    final long scaled(long value, int k) {
        return Math.round(value * factor(k));
    }

    @Override
    public final LocalizedText describe(int k) {
        String abs = String.format(Locale.ROOT, "%,.0f", baseTotal * amount(k) / 100.0);
        return new LocalizedText(String.format(Locale.ROOT, "+%.0f %% %s（+%s %s）", amount(k), label.zh(), abs, baseUnit.zh()),
                String.format(Locale.ROOT, "+%.0f %% %s (+%s %s)", amount(k), label.en(), abs, baseUnit.en()));
    }

    @Override
    public final boolean affects(TargetResult target) {
        return reach.reaches(target);
    }

    @Override
    public final ScenarioSite apply(ScenarioSite base, int k) {
        if (k < 0 || k > cap) {
            throw new IllegalArgumentException(id + ": step must be in 0.." + cap + ", got " + k);
        }
        if (k == 0) {
            return base;
        }
        SiteEditor e = new SiteEditor(base);
        scale(e, k);
        e.note("差距分析变体 / gap variant: " + describe(k).zh() + " / " + describe(k).en());
        return e.build();
    }

    /** Scales the resource in the editor by step {@code k} (≥ 1). */
    abstract void scale(SiteEditor e, int k);
}
