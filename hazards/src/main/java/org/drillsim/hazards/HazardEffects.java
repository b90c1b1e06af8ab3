package org.drillsim.hazards;

import java.util.Locale;

/**
 * Zone-level rules turning a hazard zone into effects on roads and people. Each rule states its
 * source or, where no published figure fits a tabletop drill, that it is an assumption to be
 * calibrated. All rules are pure functions of the zone; each hazard type applies its own
 * ({@link HazardType#roadEffect}, {@link HazardType#peopleEffect}) with the figures below.
 *
 * <h2>Flood</h2>
 * <ul>
 *   <li>Roads: water {@value #FLOOD_ROAD_CLOSURE_DEPTH_M} m deep or more closes the road to every
 *       vehicle; shallower water slows traffic by the depth–disruption function of Pregnolato, M.,
 *       Ford, A., Wilkinson, S.M., Dawson, R.J. (2017), "The impact of flooding on road transport: a
 *       depth-disruption function", Transportation Research Part D 55, 67–81:
 *       v(w) = 0.0009·w² − 0.5529·w + 86.9448 km/h, w in mm, v reaching ~0 at 300 mm. The speed factor is
 *       v(w) / v(0).</li>
 *   <li>People: residents in water {@value #FLOOD_DISPLACEMENT_DEPTH_M} m deep or more are displaced and
 *       should be evacuated (assumption: water that deep enters ground floors and cuts access). Mortality
 *       among people who stay: Jonkman, S.N., Vrijling, J.K., Vrouwenvelder, A.C.W.M. (2008), "Methods for
 *       the estimation of loss of life due to floods", Natural Hazards 46, 353–389, "remaining zone"
 *       function F(h) = Φ((ln h − 7.60) / 2.75). Injuries = {@value #FLOOD_INJURIES_PER_DEATH} × deaths
 *       (assumption).</li>
 * </ul>
 *
 * <h2>Chemical (AEGL zones, 60-min values, US EPA)</h2>
 * <ul>
 *   <li>Roads: the AEGL-3 zone is closed to the public (emergency crews with protective equipment may
 *       enter); AEGL-2 and AEGL-1 zones are open.</li>
 *   <li>People: AEGL-3 → evacuate; AEGL-2 and AEGL-1 → shelter in place (AEGL-1 is advisory). Casualty
 *       fractions for an unprotected 60-min exposure at the zone's threshold are assumptions read from the
 *       AEGL definitions ("life-threatening health effects or death" / "irreversible or other serious,
 *       long-lasting effects or impaired ability to escape" / "notable discomfort"): AEGL-3 injury
 *       {@value #AEGL3_INJURY}, fatality {@value #AEGL3_FATALITY}; AEGL-2 injury {@value #AEGL2_INJURY};
 *       AEGL-1 none. In the timeline the zone's fatality is replaced by the probit of each cell's toxic load
 *       (the plume is a {@link DoseHazard}; see {@code chemical.ToxicLoad}); the flat figure serves only where no
 *       exposure history is followed.</li>
 * </ul>
 *
 * <h2>Fire</h2>
 * <ul>
 *   <li>Roads: the active front closes roads to everyone; the burned area slows them to
 *       {@value #BURNED_ROAD_SPEED_FACTOR} of free flow (smoke, debris; assumption); the evacuation zone
 *       around the front leaves them open.</li>
 *   <li>People: in the front or the evacuation zone → displaced and evacuate; people still inside the front
 *       when it passes: injury {@value #FIRE_FRONT_INJURY}, fatality {@value #FIRE_FRONT_FATALITY}
 *       (assumptions).</li>
 * </ul>
 */
public final class HazardEffects {

    /** Depth (m) from which a flooded road is closed to every vehicle (Pregnolato et al. 2017). */
    public static final double FLOOD_ROAD_CLOSURE_DEPTH_M = 0.30;
    /** Depth (m) from which residents are displaced (assumption). */
    public static final double FLOOD_DISPLACEMENT_DEPTH_M = 0.30;
    /** Injuries per flood death (assumption). */
    public static final double FLOOD_INJURIES_PER_DEATH = 2.0;
    /** Injury fraction in the AEGL-3 zone, 60 min unprotected (assumption). */
    public static final double AEGL3_INJURY = 0.25;
    /** Fatality fraction in the AEGL-3 zone, 60 min unprotected (assumption). */
    public static final double AEGL3_FATALITY = 0.01;
    /** Injury fraction in the AEGL-2 zone, 60 min unprotected (assumption). */
    public static final double AEGL2_INJURY = 0.05;
    /** Speed factor on roads through the burned area (assumption). */
    public static final double BURNED_ROAD_SPEED_FACTOR = 0.5;
    /** Injury fraction of people inside the fire front (assumption). */
    public static final double FIRE_FRONT_INJURY = 0.05;
    /** Fatality fraction of people inside the fire front (assumption). */
    public static final double FIRE_FRONT_FATALITY = 0.01;

    /** Level names used by the fire model. */
    public static final String FIRE_FRONT = "front";
    public static final String FIRE_BURNED = "burned";
    public static final String FIRE_EVACUATION = "evacuation";

    private HazardEffects() {
    }

    /** Effect of a zone on the roads inside it: its hazard type's rule. */
    public static RoadEffect roadEffect(HazardZone zone) {
        return HazardTypes.installed().forKind(zone.kind()).roadEffect(zone);
    }

    /** Effect of a zone on the bridges inside it: its hazard type's rule. */
    public static RoadEffect bridgeEffect(HazardZone zone) {
        return HazardTypes.installed().forKind(zone.kind()).bridgeEffect(zone);
    }

    /** Effect of a zone on the people inside it: its hazard type's rule. */
    public static PeopleEffect peopleEffect(HazardZone zone) {
        return HazardTypes.installed().forKind(zone.kind()).peopleEffect(zone);
    }

    /** Road effect of water {@code depthM} metres deep (Pregnolato et al. 2017). */
    public static RoadEffect floodRoadEffect(double depthM) {
        if (depthM <= 0) {
            return RoadEffect.OPEN;
        }
        String why = String.format(Locale.ROOT, "flood depth %.2f m", depthM);
        if (depthM >= FLOOD_ROAD_CLOSURE_DEPTH_M) {
            return new RoadEffect(true, true, 1.0, why);
        }
        return new RoadEffect(false, false, floodSpeedFactor(depthM), why);
    }

    /**
     * Speed factor on a road under {@code depthM} metres of water: v(w)/v(0) with Pregnolato et al.
     * (2017) v(w) = 0.0009 w² − 0.5529 w + 86.9448 km/h (w in mm); 1 for dry roads, floored at 0.02
     * (the curve's value at 300 mm) because a factor must stay positive.
     */
    public static double floodSpeedFactor(double depthM) {
        if (depthM <= 0) {
            return 1.0;
        }
        double w = Math.min(depthM, FLOOD_ROAD_CLOSURE_DEPTH_M) * 1000.0;
        double v = 0.0009 * w * w - 0.5529 * w + 86.9448;
        return Math.max(0.02, Math.min(1.0, v / 86.9448));
    }

    /** Effect on residents of water {@code depthM} metres deep, remaining zone (no breach flow, slow rise). */
    public static PeopleEffect floodPeopleEffect(double depthM) {
        return floodPeopleEffect(depthM, FloodMortalityZone.REMAINING, 0);
    }

    /**
     * Jonkman et al. (2008) zones: where the mortality function of a flooded point comes from.
     * {@link #BREACH}: near a breach, where depth × velocity ≥ 7 m²/s and velocity ≥ 2 m/s (houses collapse);
     * {@link #RAPIDLY_RISING}: water rising ≥ 0.5 m/h and at least 2.1 m deep (no time to reach shelter upstairs);
     * {@link #REMAINING}: everywhere else.
     */
    public enum FloodMortalityZone {
        BREACH("溃口区", "breach zone"),
        RAPIDLY_RISING("快速上涨区", "rapidly rising zone"),
        REMAINING("其余区域", "remaining zone");

        private final String zh;
        private final String en;

        FloodMortalityZone(String zh, String en) {
            this.zh = zh;
            this.en = en;
        }

        public String zh() {
            return zh;
        }

        public String en() {
            return en;
        }

        /**
         * The zone of a point with water {@code depthM} deep flowing at {@code velocityMs} and rising at
         * {@code riseMPerH} (Jonkman et al. 2008, criteria of §4).
         */
        public static FloodMortalityZone of(double depthM, double velocityMs, double riseMPerH) {
            if (depthM * velocityMs >= JONKMAN_BREACH_HV_M2S && velocityMs >= JONKMAN_BREACH_V_MS) {
                return BREACH;
            }
            if (riseMPerH >= JONKMAN_RISE_RATE_M_PER_H && depthM >= JONKMAN_RISING_MIN_DEPTH_M) {
                return RAPIDLY_RISING;
            }
            return REMAINING;
        }
    }

    /** Jonkman et al. (2008) breach zone: depth × velocity from which houses collapse, m²/s. */
    public static final double JONKMAN_BREACH_HV_M2S = 7;
    /** Jonkman et al. (2008) breach zone: velocity from which houses collapse, m/s. */
    public static final double JONKMAN_BREACH_V_MS = 2;
    /** Jonkman et al. (2008) rapidly rising zone: rise rate, m/h. */
    public static final double JONKMAN_RISE_RATE_M_PER_H = 0.5;
    /** Jonkman et al. (2008) rapidly rising zone: minimum depth, m. */
    public static final double JONKMAN_RISING_MIN_DEPTH_M = 2.1;

    /** Effect on residents of water {@code depthM} deep in mortality zone {@code zone} (the cell's own depth). */
    public static PeopleEffect floodPeopleEffect(double depthM, FloodMortalityZone zone, double velocityMs) {
        if (depthM < FLOOD_DISPLACEMENT_DEPTH_M) {
            return PeopleEffect.NONE;
        }
        double death = floodMortality(depthM, zone);
        return new PeopleEffect(true, ProtectiveAction.EVACUATE, Math.min(1, FLOOD_INJURIES_PER_DEATH * death), death,
                String.format(Locale.ROOT, "flood depth %.2f m, %s (%s)", depthM, zone.en(), zone.zh()));
    }

    /** Jonkman et al. (2008) mortality among people staying in water {@code depthM} deep (remaining zone). */
    public static double floodMortality(double depthM) {
        return floodMortality(depthM, FloodMortalityZone.REMAINING);
    }

    /**
     * Jonkman et al. (2008) mortality among people staying in water {@code depthM} deep in {@code zone}: breach
     * zone 1; rapidly rising zone Φ((ln h − 1.46) / 0.28); remaining zone Φ((ln h − 7.60) / 2.75).
     */
    public static double floodMortality(double depthM, FloodMortalityZone zone) {
        if (depthM <= 0) {
            return 0;
        }
        return switch (zone) {
            case BREACH -> 1.0;
            case RAPIDLY_RISING -> Probit.normalCdf((Math.log(depthM) - 1.46) / 0.28);
            case REMAINING -> Probit.normalCdf((Math.log(depthM) - 7.60) / 2.75);
        };
    }

    /** A number ordering zones of the same kind by severity (higher = worse): its hazard type's rule. */
    public static double severity(HazardZone zone) {
        return HazardTypes.installed().forKind(zone.kind()).severity(zone);
    }
}
