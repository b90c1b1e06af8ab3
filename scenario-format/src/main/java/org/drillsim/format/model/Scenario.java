package org.drillsim.format.model;

import java.util.List;

/**
 * A drill scenario as written in a scenario file (YAML or JSON), immutable. Load it with
 * {@code org.drillsim.format.io.ScenarioLoader}; facilities marked {@code fromOsm} are resolved
 * separately (package {@code osm}).
 *
 * @param id                 unique scenario id (file name without extension in the library)
 * @param name               display name
 * @param description        what the scenario is about, facts vs assumptions
 * @param map                road map and area of interest
 * @param population         residents on a grid
 * @param facilities         hospitals, stations, depots, shelters, helicopter bases
 * @param teams              rescue teams
 * @param fleets             ambulances, trucks, buses …
 * @param agreementReserves  agreement reserves with suppliers
 * @param hazards            hazards with parameters and timelines
 * @param targets            targets to score
 * @param plan               the unit's own plan cited by the scorecard; null = cite the catalogue
 * @param scoring            per-district scoring (boundaries, the district a bureau scores); null = defaults
 * @param injects            scripted events
 * @param policy             the plan as written
 * @param reserves           grain, oil and medical stock with their daily use (stock-day targets)
 * @param communications     base-station density, battery backup and restoration times (comms-24h)
 * @param horizonHours       simulated duration, hours
 * @param seed               master random seed
 */
@Doc("DrillSim scenario (演练情景)")
public record Scenario(
        @Doc("unique scenario id, lower-case letters, digits and '-'") String id,
        @Doc("display name") LocalizedText name,
        @Opt @Doc("description: what is fact (with source) and what is assumption") LocalizedText description,
        @Doc("road map and area of interest") MapSpec map,
        @Doc("residents on a grid") PopulationModel population,
        @Opt Facilities facilities,
        @Opt List<Team> teams,
        @Opt List<VehicleFleet> fleets,
        @Opt List<AgreementReserve> agreementReserves,
        @Doc("hazards with parameters and timelines") List<HazardSpec> hazards,
        @Opt @Doc("targets to score; default none") List<TargetSpec> targets,
        @Opt @Doc("the unit's own plan (本单位预案) the scorecard cites; default none: the catalogue's sources") ScenarioPlan plan,
        @Opt @Doc("per-district scoring: boundaries and the district the headline scores are for; default the OSM districts, whole area") Scoring scoring,
        @Opt List<Inject> injects,
        @Opt ResponsePolicy policy,
        @Opt @Doc("grain, oil and medical reserves (grain-15d, medical-stock-30d); default none") StockReserves reserves,
        @Opt @Doc("public-network outage and its restoration (comms-24h); default the stated assumptions") CommsPlan communications,
        @Range(min = 0.25, max = 720) @Doc("simulated duration, hours") double horizonHours,
        @Opt @Doc("master random seed; default 1") Long seed) {

    public Scenario {
        description = description == null ? new LocalizedText("", "") : description;
        facilities = facilities == null ? new Facilities(null, null, null, null, null, null) : facilities;
        teams = teams == null ? List.of() : List.copyOf(teams);
        fleets = fleets == null ? List.of() : List.copyOf(fleets);
        agreementReserves = agreementReserves == null ? List.of() : List.copyOf(agreementReserves);
        hazards = List.copyOf(hazards);
        targets = targets == null ? List.of() : List.copyOf(targets);
        injects = injects == null ? List.of() : List.copyOf(injects);
        policy = policy == null ? ResponsePolicy.defaults() : policy;
        scoring = scoring == null ? new Scoring(null, null, null) : scoring;
        communications = communications == null ? CommsPlan.defaults() : communications;
        seed = seed == null ? 1L : seed;
    }

    /** Horizon in simulated milliseconds. */
    public long horizonMs() {
        return Math.round(horizonHours * 3_600_000.0);
    }
}
