package org.drillsim.geodata;

import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.Shelter;
import org.drillsim.format.model.Station;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.VehicleFleet;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenario's facilities with OSM imports applied: plain lists where every facility has a
 * location and every shelter a capacity; teams include those placed at imported stations, and
 * references to overridden OSM facilities point at the overriding entries.
 *
 * @param hospitals       hospitals (listed, imported, overridden)
 * @param fireStations    fire and rescue stations
 * @param policeStations  police stations
 * @param depots          depots
 * @param shelters        shelters, {@code capacityPeople} never null
 * @param helicopterBases helicopter bases
 * @param teams           teams (with {@code osmTeams} expanded)
 * @param fleets          fleets (bases resolved)
 */
public record ResolvedFacilities(List<Hospital> hospitals, List<Station> fireStations, List<Station> policeStations,
                                 List<Depot> depots, List<Shelter> shelters, List<HelicopterBase> helicopterBases,
                                 List<Team> teams, List<VehicleFleet> fleets) {

    public ResolvedFacilities {
        hospitals = List.copyOf(hospitals);
        fireStations = List.copyOf(fireStations);
        policeStations = List.copyOf(policeStations);
        depots = List.copyOf(depots);
        shelters = List.copyOf(shelters);
        helicopterBases = List.copyOf(helicopterBases);
        teams = List.copyOf(teams);
        fleets = List.copyOf(fleets);
    }

    /** Every facility id → its location, in the order hospitals, fire, police, depots, shelters, helicopter bases. */
    public Map<String, GeoPoint> locations() {
        Map<String, GeoPoint> m = new LinkedHashMap<>();
        hospitals.forEach(h -> m.put(h.id(), h.location()));
        fireStations.forEach(s -> m.put(s.id(), s.location()));
        policeStations.forEach(s -> m.put(s.id(), s.location()));
        depots.forEach(d -> m.put(d.id(), d.location()));
        shelters.forEach(s -> m.put(s.id(), s.location()));
        helicopterBases.forEach(h -> m.put(h.id(), h.location()));
        return m;
    }

    /** Total shelter capacity, people. */
    public long shelterCapacity() {
        return shelters.stream().mapToLong(Shelter::capacityPeople).sum();
    }

    /** Total shelter area, m². */
    public double shelterAreaM2() {
        return shelters.stream().mapToDouble(Shelter::areaM2).sum();
    }
}
