package org.drillsim.medical;

import org.drillsim.core.SimTime;

/**
 * The medical chain's fixed rules, each a stated assumption (no scenario field yet; ask the scenario owner
 * to add one if a drill needs to change it).
 *
 * <ul>
 *   <li>Triage mix of the injured: T1 20 %, T2 30 %, T3 50 % (assumption in the range of mass-casualty
 *       series, e.g. Frykberg E.R., "Medical management of disasters and mass casualties from terrorist
 *       bombings", J Trauma 2002: 10–25 % critically injured).</li>
 *   <li>Casualties from the hazards: the injury and fatality fractions of the worst zone at a cell
 *       ({@code HazardEffects}) apply to the people present there, reduced by shelter in place (chemical) and, for a
 *       flood, by the scenario's {@code exposedShare} (people on upper floors or gone beforehand are not exposed;
 *       Jonkman et al. 2008 apply the mortality function to the exposed population only).</li>
 *   <li>Time windows (EMERGO-style, assumptions): T1 — first treatment within {@value #T1_WINDOW_MIN} min,
 *       later means a worse outcome; a T1 casualty still untreated {@value #T1_DEATH_MIN} min after injury
 *       (or after turning T1) dies: a preventable death. T2 — untreated after {@value #T2_WINDOW_MIN} min
 *       turns T1. T3 — no deterioration.</li>
 *   <li>First treatment: arrival of an ambulance crew (China's 120 ambulances carry a physician), a medical
 *       team or a helicopter flight medic. A medical team gives first treatment to
 *       {@value #TEAM_MEMBERS_PER_PATIENT} members per casualty at once (assumption), then stays on scene for
 *       the plan's on-scene time; it does not transport.</li>
 *   <li>An ambulance carries its fleet's {@code capacityPeople} patients; on scene for the plan's
 *       {@code onSceneMinutes}, then to the nearest hospital (by road) with a free bed and the capability the
 *       hazard needs (flood → trauma, chemical → poisoning, fire → burns; otherwise any hospital with a free
 *       bed; otherwise it queues at the nearest capable hospital: "hospital full"); hands over in
 *       {@code hospitalHandoverMinutes} and is then available at the hospital.</li>
 *   <li>Surge beds open {@value #SURGE_DELAY_MIN} min after the first casualty (mass-casualty plan
 *       activation; assumption).</li>
 *   <li>Length of stay: an admitted patient frees the bed after an exponentially distributed stay (own random
 *       stream {@code length-of-stay}, so the disaster's draws do not change) with mean {@value #LOS_T1_DAYS} days
 *       for T1 — the average stay of inpatients discharged from Chinese hospitals in 2019, 9.1 days (国家卫生健康委
 *       《2019年我国卫生健康事业发展统计公报》: 医院出院者平均住院日9.1日, as quoted in the press), used for the critically injured as a lower
 *       bound — and {@value #LOS_T2_DAYS} days for T2 (assumption: fractures and wounds needing a short admission).
 *       Over a 72-hour drill most T1 beds stay taken while about a third to a half of the T2 beds admitted early
 *       come free again. The exponential shape is the classic bed-occupancy assumption.</li>
 *   <li>Cut-off casualties (no open road to the main network): T1/T2 get a helicopter when one is free and
 *       the scene is within its base's radius ({@code radiusKm}, TARGETS aviation-80km); the others are
 *       carried by boat or stretcher to the nearest reachable road node at {@value #FERRY_KMH} km/h after
 *       {@value #FERRY_SETUP_MIN} min (assumption; rescue boats are not modelled as units), choosing a node the
 *       hazard timeline keeps open for the next {@value #FERRY_FORECAST_MIN} min (rescuers carry people to high
 *       ground). An ambulance that finds no open road to any hospital waits on scene until roads change.</li>
 *   <li>Helicopters fly straight lines at {@code cruiseKmh}, with {@value #HELI_GROUND_MIN} min for take-off,
 *       landing and loading at each end, and return to base after the handover.</li>
 *   <li>The call reaches the 120 dispatch centre {@code alertDelayMinutes} after the injury.</li>
 * </ul>
 */
public final class MedicalRules {
    /** Share of injured who are T1. */
    public static final double SHARE_T1 = 0.20;
    /** Share of injured who are T2. */
    public static final double SHARE_T2 = 0.30;
    /** T1 window, minutes. */
    public static final int T1_WINDOW_MIN = 60;
    /** T1 untreated this long after injury (or after turning T1) dies, minutes. */
    public static final int T1_DEATH_MIN = 180;
    /** T2 untreated this long turns T1, minutes. */
    public static final int T2_WINDOW_MIN = 240;
    /** Medical team members per casualty treated at once. */
    public static final int TEAM_MEMBERS_PER_PATIENT = 2;
    /** Minutes from the first casualty to surge beds opening. */
    public static final int SURGE_DELAY_MIN = 120;
    /** Boat / stretcher speed for cut-off casualties, km/h. */
    public static final double FERRY_KMH = 4.0;
    /** Set-up time of a boat or stretcher transfer, minutes. */
    public static final int FERRY_SETUP_MIN = 10;
    /** Cut-off casualties are carried to a road node the hazard forecast keeps open this long, minutes. */
    public static final int FERRY_FORECAST_MIN = 120;
    /** Mean length of stay of T1 patients admitted to hospital, days (2019 national average inpatient stay). */
    public static final double LOS_T1_DAYS = 9.1;
    /** Mean length of stay of T2 patients admitted to hospital, days (assumption). */
    public static final double LOS_T2_DAYS = 3.0;
    /** Helicopter ground time at each end, minutes. */
    public static final int HELI_GROUND_MIN = 10;

    private MedicalRules() {
    }

    static long minutes(double m) {
        return SimTime.ofMinutes(m);
    }
}
