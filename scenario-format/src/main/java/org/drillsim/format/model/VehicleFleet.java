package org.drillsim.format.model;

/**
 * Vehicles of one kind at one base.
 *
 * @param id             unique fleet id
 * @param type           vehicle kind
 * @param base           facility id where they start
 * @param count          number of vehicles
 * @param capacityPeople patients (ambulance) or passengers (bus) per vehicle
 * @param loadTonnes     cargo per vehicle, tonnes (trucks)
 */
@Doc("Ambulances, trucks, buses … at a base")
public record VehicleFleet(
        @Doc("unique fleet id") String id,
        VehicleType type,
        @Doc("facility id of the base") String base,
        @Range(min = 0, max = 10_000) @Doc("vehicles") int count,
        @Opt @Range(min = 0, max = 200) @Doc("patients or passengers per vehicle, people; default 1 (ambulance), 45 (bus), 0") Integer capacityPeople,
        @Opt @Range(min = 0, max = 100) @Doc("cargo per vehicle, tonnes; trucks default to 5 (a medium truck, assumption)") Double loadTonnes) {
    /** Payload of a truck whose fleet gives none, tonnes (assumption: a medium truck); read by the checks and the run. */
    public static final double DEFAULT_TRUCK_TONNES = 5;


    public VehicleFleet {
        if (capacityPeople == null) {
            capacityPeople = switch (type) {
                case AMBULANCE -> 1;
                case BUS -> 45;
                default -> 0;
            };
        }
        loadTonnes = loadTonnes == null ? 0.0 : loadTonnes;
    }
}
