package org.drillsim.hazards.quake;

import org.drillsim.hazards.HazardZone.ZoneEffects;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.hazards.RoadEffect;
import org.drillsim.hazards.chemical.Occupancy;

import java.util.List;
import java.util.Locale;

/**
 * What one level of shaking does, for a given building stock, bridge class and hour.
 *
 * <h2>People</h2>
 * Hazus casualties ({@link CasualtyRates}) of the people indoors, the stock's classes weighted by their share of
 * the people; the share indoors by local hour is {@link Occupancy} (0.98 at night, 0.815 by day). The injured are
 * severities 1–3, the dead severity 4. Residents are displaced (their homes are uninhabitable) where at least half
 * the stock is extensively or completely damaged (assumption: Hazus counts such dwellings as uninhabitable; the
 * drill's cells are displaced as a whole, so half is the threshold).
 *
 * <h2>Bridges</h2>
 * Hazus bridge fragility in Sa(1.0) ({@link BridgeClass}), read at the median: extensive damage more likely than not
 * → closed to every vehicle; moderate → closed to the public, emergency vehicles at half speed after inspection;
 * slight → open at 0.8 of free speed (assumption: inspection and speed limits).
 *
 * <h2>Roads</h2>
 * Hazus damages roadways by ground failure (PGD), not by shaking, and ground failure is not modelled. Roads are
 * slowed by debris from the buildings beside them (assumption): speed factor 1 − P(≥ extensive) of the stock,
 * floored at 0.3, and closed to everyone where at least a quarter of the stock is completely damaged.
 */
public final class ShakingEffects {

    /** Share of the stock at extensive or complete damage from which residents are displaced (assumption). */
    public static final double DISPLACED_SHARE = 0.5;
    /** Share of completely damaged buildings from which debris closes the roads (assumption). */
    public static final double ROAD_CLOSED_COMPLETE_SHARE = 0.25;
    /** Lowest speed factor of a road through debris (assumption). */
    public static final double ROAD_MIN_SPEED = 0.3;

    /** A part of the stock. */
    public record Part(BuildingType type, double share) {
    }

    private final List<Part> stock;
    private final BridgeClass bridges;
    private final double indoorShare;

    /**
     * @param stock     the building stock; shares add up to 1
     * @param bridges   the bridge class
     * @param localHour local hour of the earthquake
     */
    public ShakingEffects(List<Part> stock, BridgeClass bridges, double localHour) {
        this.stock = List.copyOf(stock);
        this.bridges = bridges;
        this.indoorShare = Occupancy.indoorShare(localHour);
    }

    /** Share of the people indoors at the hour of the earthquake. */
    public double indoorShare() {
        return indoorShare;
    }

    /** Shares of the stock in each damage state (0 none … 4 complete) at {@code pgaG}, weighted by people. */
    public double[] stateShares(double pgaG) {
        double[] out = new double[5];
        for (Part p : stock) {
            double[] s = p.type().stateShares(pgaG);
            for (int i = 0; i < 5; i++) {
                out[i] += p.share() * s[i];
            }
        }
        return out;
    }

    /** Shares of all people present (indoors and out) in severities 1–4 at {@code pgaG}. */
    public double[] severityShares(double pgaG) {
        double[] out = new double[4];
        for (Part p : stock) {
            double[] s = CasualtyRates.severityShares(p.type(), pgaG);
            for (int i = 0; i < 4; i++) {
                out[i] += p.share() * s[i] * indoorShare;
            }
        }
        return out;
    }

    /** The effects of shaking with peak ground acceleration {@code pgaG} and 1.0-s spectral acceleration {@code sa10G}. */
    public ZoneEffects at(double pgaG, double sa10G) {
        String why = String.format(Locale.ROOT, "PGA %.2f g (%s)", pgaG, ChineseIntensity.label(pgaG));
        double[] states = stateShares(pgaG);
        double[] sev = severityShares(pgaG);
        double injured = Math.min(1, sev[0] + sev[1] + sev[2]);
        boolean displaced = states[3] + states[4] >= DISPLACED_SHARE;
        PeopleEffect people = new PeopleEffect(displaced, displaced ? ProtectiveAction.EVACUATE : ProtectiveAction.NONE,
                injured, Math.min(1, sev[3]), why);
        return new ZoneEffects(roadEffect(states, why), bridgeEffect(sa10G), people);
    }

    private static RoadEffect roadEffect(double[] states, String why) {
        double atLeastExtensive = states[3] + states[4];
        if (states[4] >= ROAD_CLOSED_COMPLETE_SHARE) {
            return new RoadEffect(true, true, 1.0, "debris, " + why);
        }
        double f = Math.max(ROAD_MIN_SPEED, 1 - atLeastExtensive);
        return f >= 1.0 ? RoadEffect.OPEN : new RoadEffect(false, false, f, "debris, " + why);
    }

    private RoadEffect bridgeEffect(double sa10G) {
        String why = String.format(Locale.ROOT, "bridge %s, Sa(1.0) %.2f g", bridges.name(), sa10G);
        if (bridges.exceedance(DamageState.EXTENSIVE, sa10G) >= 0.5) {
            return new RoadEffect(true, true, 1.0, why + ", extensive damage");
        }
        if (bridges.exceedance(DamageState.MODERATE, sa10G) >= 0.5) {
            return new RoadEffect(true, false, 0.5, why + ", moderate damage");
        }
        if (bridges.exceedance(DamageState.SLIGHT, sa10G) >= 0.5) {
            return new RoadEffect(false, false, 0.8, why + ", slight damage");
        }
        return RoadEffect.OPEN;
    }
}
