package org.drillsim.relief;

import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.VehicleType;

/**
 * The fixed rules of displaced people, relief logistics and the teams, each with its source or marked as an
 * assumption to be calibrated. Scenario-specific figures (ration per person, shelter opening time, repair
 * hours per blockage …) come from the scenario's {@code ResponsePolicy}; these are the ones it has no field for.
 */
public final class ReliefRules {
    private ReliefRules() {
    }

    // ------------------------------------------------------------------ variability

    /**
     * Coefficient of variation of the uncertain relief service times, drawn lognormal around their fixed values as
     * means (alert and decision delay before evacuation orders and rescue / hazmat / fire calls, shelter opening,
     * truck loading and unloading, road repair per blockage, hazmat size-up + suit-up + sealing, and a per-fire
     * factor on the crews' line production). Assumption: 0.3, a moderate spread for emergency task durations with
     * no local data (right-skewed, as task times are; to be calibrated against drill records). The NWCG line
     * production rates are themselves averages with a wide spread between crews and days.
     */
    public static final double DURATION_CV = 0.3;

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

    /**
     * From the dispatch order to the hazmat vehicle driving off, minutes (assumption: a team on duty at a fire
     * station; NFPA 1710 sets 80 s turnout for fire calls, a hazmat call takes a little longer).
     */
    public static final double HAZMAT_TURNOUT_MIN = 2;
    /**
     * On scene before anyone approaches the source: size-up from upwind, gas detection, hot / warm / cold zones and
     * the decontamination corridor, minutes (assumption; the sequence of the NFPA 470 / 472 hazmat technician).
     */
    public static final double HAZMAT_SIZE_UP_MIN = 20;
    /** Entry team dressing in gas-tight (Level A) suits with breathing apparatus, checked by the safety officer, minutes (assumption). */
    public static final double HAZMAT_SUIT_UP_MIN = 15;
    /**
     * Entry, sealing the leaking valve of a tank (e.g. a Chlorine Institute Emergency Kit C hood on a rail tank car's
     * valve) and leaving the hot zone, minutes (assumption: two entries, as one breathing-air cylinder lasts about
     * 30 min in a gas-tight suit).
     */
    public static final double HAZMAT_SEAL_MIN = 45;

    /** Time on scene for a hazmat team to stop a leak once it arrives, minutes: size-up, suit-up and seal. */
    public static double hazmatOnSceneMinutes() {
        return HAZMAT_SIZE_UP_MIN + HAZMAT_SUIT_UP_MIN + HAZMAT_SEAL_MIN;
    }

    // ------------------------------------------------------------------ forest fire

    /**
     * Control line one member of a forest firefighting crew builds and holds per hour in Anderson fuel model
     * {@code fuelModel}, m: the sustained rates of a 20-person Type 2 hand crew for construction, burnout and
     * holding (rest and fatigue allowed for), chains per hour, from the NWCG Incident Response Pocket Guide
     * (PMS 461, "Sustained line production rates of 20-person crews"), divided by 20; 1 chain = 20.1168 m. A
     * district forest firefighting team (区级森林消防队, semi-professional) is taken as a Type 2 crew (assumption).
     * Where two rates are given the one for this region's fuels: model 6 "others" (not black spruce), model 9
     * hardwoods (Harbin's woodland is poplar, elm and birch). A fire is contained when the line built reaches its
     * perimeter (Fried and Fried 1996, "Simulating wildfire containment with realistic tactics", Forest Science 42(3)).
     */
    public static double lineMetresPerMemberHour(int fuelModel) {
        double chainsPerCrewHour = switch (fuelModel) {
            case 1 -> 18;   // short grass
            case 2 -> 16;   // open timber, grass understory
            case 3 -> 3;    // tall grass
            case 4 -> 3;    // chaparral
            case 5 -> 4;    // brush
            case 6 -> 4;    // dormant brush, hardwood slash (others)
            case 7 -> 2;    // southern rough
            case 8 -> 5;    // closed timber litter
            case 9 -> 24;   // hardwood litter (hardwoods)
            case 10 -> 4;   // timber, litter and understory
            case 11 -> 9;   // light logging slash
            case 12 -> 4;   // medium logging slash
            case 13 -> 3;   // heavy logging slash
            default -> throw new IllegalArgumentException("fuel model: expected 1-13, got " + fuelModel);
        };
        return chainsPerCrewHour * METRES_PER_CHAIN / CREW_OF_TABLE;
    }

    private static final double METRES_PER_CHAIN = 20.1168;
    private static final double CREW_OF_TABLE = 20;

    /**
     * Share of the hand-crew rate that members of other teams sent to a forest fire (urban fire-rescue stations)
     * achieve (assumption: engine companies are not trained or equipped for hand line; they hold the flanks from
     * the roads with hose lays).
     */
    public static final double NON_SPECIALIST_LINE_FACTOR = 0.5;
    /**
     * Teams other than forest firefighting teams (urban fire-rescue stations with a forest-firefighting capability)
     * the plan sends to one forest fire; forest firefighting teams and aircraft all go (assumption: the scenario's
     * "a district forest firefighting team and two fire-station teams respond"; trainees may send more).
     */
    public static final int PLAN_OTHER_TEAMS_PER_FIRE = 2;
    /** From the dispatch order to the team driving off (assumption: assembling, loading hand tools and pumps), min. */
    public static final double FIRE_CREW_TURNOUT_MIN = 10;
    /**
     * Walking speed of a crew with tools from the road to the fire, km/h, over the straight distance × the
     * detour {@link #WALK_DETOUR} (assumption: off-road in woodland with hand tools and backpack pumps).
     */
    public static final double FIRE_CREW_HIKE_KMH = 3;
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
