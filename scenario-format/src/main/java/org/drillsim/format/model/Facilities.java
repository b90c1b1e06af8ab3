package org.drillsim.format.model;

import java.util.List;

/**
 * All fixed facilities of the scenario.
 *
 * @param hospitals       hospitals
 * @param fireStations    fire and rescue stations (OSM amenity=fire_station)
 * @param policeStations  police stations (OSM amenity=police)
 * @param depots          relief-supply depots
 * @param shelters        emergency shelters
 * @param helicopterBases helicopter bases
 */
@Doc("Facilities: hospitals, stations, depots, shelters, helicopter bases")
public record Facilities(
        @Opt HospitalGroup hospitals,
        @Opt StationGroup fireStations,
        @Opt StationGroup policeStations,
        @Opt List<Depot> depots,
        @Opt ShelterGroup shelters,
        @Opt List<HelicopterBase> helicopterBases) {

    public Facilities {
        hospitals = hospitals == null ? new HospitalGroup(false, null, null, null) : hospitals;
        fireStations = fireStations == null ? StationGroup.none() : fireStations;
        policeStations = policeStations == null ? StationGroup.none() : policeStations;
        depots = depots == null ? List.of() : List.copyOf(depots);
        shelters = shelters == null ? new ShelterGroup(false, null, null, null) : shelters;
        helicopterBases = helicopterBases == null ? List.of() : List.copyOf(helicopterBases);
    }
}
