package org.drillsim.analysis.gap;

import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.score.TargetResult;

import java.util.List;

/**
 * Adds {@code k} vehicles of one type (ambulances, trucks, buses) at the bases the scenario already has: the
 * added vehicles go round the fleets of that type in scenario order (the first fleet gets the first, the second the
 * second …), so no base is invented and the result does not depend on a guess about where to put them.
 */
public final class FleetVariant implements ScenarioVariant {
    private final VehicleType type;
    private final LocalizedText label;
    private final TargetReach reach;
    private final int cap;

    /**
     * @param type  vehicle type to add
     * @param label what is added, zh / en
     * @param reach which targets these vehicles serve
     * @param cap   largest number of vehicles tried
     */
    public FleetVariant(VehicleType type, LocalizedText label, TargetReach reach, int cap) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be >= 1, got " + cap);
        }
        this.type = type;
        this.label = label;
        this.reach = reach;
        this.cap = cap;
    }

    /** The fleets of {@code type} in {@code site}, scenario order. */
    public static List<VehicleFleet> fleetsOf(ScenarioSite site, VehicleType type) {
        return site.fleets().stream().filter(f -> f.type() == type).toList();
    }

    /** Vehicles of {@code type} in {@code site}. */
    public static int countOf(ScenarioSite site, VehicleType type) {
        return fleetsOf(site, type).stream().mapToInt(VehicleFleet::count).sum();
    }

    @Override
    public String id() {
        return type.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    @Override
    public LocalizedText label() {
        return label;
    }

    @Override
    public int cap() {
        return cap;
    }

    @Override
    public double amount(int k) {
        return k;
    }

    @Override
    public LocalizedText unit() {
        return new LocalizedText("辆", "vehicles");
    }

    @Override
    public LocalizedText describe(int k) {
        return new LocalizedText("+" + k + " 辆" + label.zh() + "（轮流配到现有基地）",
                "+" + k + " " + label.en() + " (spread over the existing bases in turn)");
    }

    @Override
    public boolean affects(TargetResult target) {
        return reach.reaches(target);
    }

    @Override
    public ScenarioSite apply(ScenarioSite base, int k) {
        checkStep(k);
        if (k == 0) {
            return base;
        }
        SiteEditor e = new SiteEditor(base);
        SiteEditor.spreadInTurn(e.fleets, f -> f.type() == type, k, (f, extra) -> new VehicleFleet(f.id(), f.type(),
                f.base(), f.count() + extra, f.capacityPeople(), f.loadTonnes()), id() + " fleet");
        e.note("差距分析变体 / gap variant: " + describe(k).zh() + " / " + describe(k).en());
        return e.build();
    }

    private void checkStep(int k) {
        if (k < 0 || k > cap) {
            throw new IllegalArgumentException(id() + ": step must be in 0.." + cap + ", got " + k);
        }
    }
}
