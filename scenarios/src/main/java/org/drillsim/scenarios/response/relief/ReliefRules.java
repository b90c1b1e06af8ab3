package org.drillsim.scenarios.response.relief;

import org.drillsim.scenarios.model.ReliefItem;
import org.drillsim.scenarios.model.VehicleType;

/**
 * The fixed rules of displaced people, relief logistics and the teams, each with its source or marked as an
 * assumption to be calibrated. Scenario-specific figures (ration per person, shelter opening time, repair
 * hours per blockage …) come from the scenario's {@code ResponsePolicy}; these are the ones it has no field for.
 */
public final class ReliefRules {
    private ReliefRules() {
    }

    // ------------------------------------------------------------------ evacuation

    /** Walking speed of evacuees, km/h (assumption: 1.1 m/s, a crowd with children and elderly people). */
    public static final double WALK_KMH = 4.0;
    /**
     * Ratio of the walked distance to the straight line (assumption: urban circuity factors are about 1.2–1.4,
     * e.g. Ballou, Rahardja, Sakai 2002, "Selected country circuity factors for road travel distance estimation").
     */
    public static final double WALK_DETOUR = 1.3;
    /** Evacuees walk when the walk to the shelter is at most this long, km; otherwise they wait for a bus (assumption). */
    public static final double MAX_WALK_KM = 3.0;
    /** Boarding a bus at the assembly point, minutes (assumption). */
    public static final double BUS_BOARDING_MIN = 10;
    /** Leaving a bus at the shelter, minutes (assumption). */
    public static final double BUS_ALIGHTING_MIN = 5;
    /**
     * Farthest walk (wading) from a cell to the nearest road still open, km; beyond it the cell's people are cut off
     * until roads reopen (assumption).
     */
    public static final double MAX_WADE_KM = 2.0;
    /** Share of the people displaced by a flood who cannot leave on their own and need a rescue team (assumption). */
    public static final double TRAPPED_SHARE_FLOOD = 0.02;

    // ------------------------------------------------------------------ rescue

    /** Setting up on the water's edge (boats in, search pattern), minutes (assumption). */
    public static final double RESCUE_SETUP_MIN = 15;
    /** Speed of rescue boats over flood water, km/h (assumption: assault boats in an urban flood, with obstacles). */
    public static final double BOAT_KMH = 8;
    /** Launching the boats where the road ends, minutes (assumption). */
    public static final double BOAT_LAUNCH_MIN = 15;
    /** Trapped people a rescue team frees per member per hour (assumption: boats of 6–8 people, 20–40 min round trips). */
    public static final double RESCUE_PEOPLE_PER_MEMBER_HOUR = 1.0;

    // ------------------------------------------------------------------ relief logistics

    /** Loading a truck at the depot, minutes (assumption: forklift loading of palletised goods). */
    public static final double TRUCK_LOADING_MIN = 30;
    /** Unloading a truck at the shelter and handing over, minutes (assumption: by hand, with volunteers). */
    public static final double TRUCK_UNLOADING_MIN = 30;
    /** Payload of a truck whose fleet gives none, tonnes (assumption: a medium truck). */
    public static final double DEFAULT_TRUCK_TONNES = 5;

    /** Shipping weight of one unit of an item, kg (assumptions from typical packaged relief goods). */
    public static double kilograms(ReliefItem item) {
        return switch (item) {
            case WATER_LITRES -> 1.0;      // bottled water, 1 L = 1 kg
            case FOOD_RATIONS -> 0.7;      // one person-day of packaged ready-to-eat food (~2,100 kcal)
            case QUILTS -> 2.5;
            case TENTS -> 35.0;            // 12 m² family relief tent
            case FOLDING_BEDS -> 8.0;
            case CLOTHING_SETS -> 1.5;
            case MEDICAL_KITS -> 2.0;
        };
    }

    // ------------------------------------------------------------------ road repair

    /** Road blockages are grouped per road name and square of this side, m (assumption: one repair job per 1 km of road). */
    public static final double BLOCKAGE_SQUARE_M = 1000;

    // ------------------------------------------------------------------ hazmat

    /** Time on scene for a hazmat team to stop a leak once it arrives, minutes (assumption: suit up, approach, close/plug). */
    public static final double HAZMAT_STOP_MIN = 60;

    // ------------------------------------------------------------------ forest fire

    /**
     * Control line a forest firefighter builds per hour, m (assumption in the range of the NWCG Fireline Handbook
     * production rates for hand crews in litter and brush fuels, about 400 m per hour for a 20-person crew).
     * A fire is contained when the line built reaches its perimeter (Fried and Fried 1996,
     * "Simulating wildfire containment with realistic tactics", Forest Science 42(3)).
     */
    public static final double LINE_M_PER_MEMBER_HOUR = 20;
    /** Line-equivalent of one firefighting aircraft's water drops, m per hour (assumption). */
    public static final double AIRCRAFT_LINE_M_PER_HOUR = 300;
    /** Cruise speed of firefighting aircraft, km/h (assumption: medium helicopter with a bucket). */
    public static final double AIRCRAFT_KMH = 200;
    /** Ground time before an aircraft's first drop (take-off, bucket fill), minutes (assumption). */
    public static final double AIRCRAFT_SETUP_MIN = 20;

    /** Crew of one vehicle of a fleet that acts as a team (engineering, hazmat vehicle, boat), people (assumption). */
    public static int crewOf(VehicleType type) {
        return switch (type) {
            case ENGINEERING -> 4;
            case HAZMAT_VEHICLE -> 6;
            case BOAT -> 4;
            default -> 2;
        };
    }

    /** Milliseconds of {@code minutes}, rounded. */
    static long minutes(double minutes) {
        return Math.round(minutes * 60_000.0);
    }

    /** Milliseconds to cover {@code km} at {@code kmh}, rounded. */
    static long hoursAt(double km, double kmh) {
        return Math.round(km / kmh * 3_600_000.0);
    }

    /** Great-circle distance, km (haversine). */
    static double km(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
