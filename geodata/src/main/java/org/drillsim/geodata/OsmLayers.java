package org.drillsim.geodata;

import java.util.List;

/**
 * Everything DrillSim takes from an OSM extract besides the roads: facilities, shelter candidates,
 * hazard sources and the inputs of the population grid. Immutable; © OpenStreetMap contributors, ODbL 1.0.
 *
 * @param source            the extract's file name
 * @param hospitals         {@code amenity=hospital} (also {@code healthcare=hospital})
 * @param fireStations      {@code amenity=fire_station}
 * @param police            {@code amenity=police}
 * @param shelterCandidates schools ({@code amenity=school|college|university}), parks ({@code leisure=park}),
 *                          squares ({@code place=square}, pedestrian areas) and stadiums ({@code leisure=stadium})
 * @param industrial        {@code landuse=industrial} (possible chemical sources)
 * @param fuel              forest ({@code landuse=forest}, {@code natural=wood}), scrub ({@code natural=scrub|heath}),
 *                          grass ({@code landuse=grass|meadow}, {@code natural=grassland})
 * @param water             {@code natural=water}, {@code waterway=riverbank}, {@code landuse=reservoir|basin}
 * @param residential       {@code landuse=residential}
 * @param buildings         building footprints
 * @param districts         districts ({@code boundary=administrative}, {@code admin_level=6}) as far as the extract
 *                          holds them, kind {@code district}, see {@link DistrictAssembler}
 */
public record OsmLayers(String source, List<OsmPoi> hospitals, List<OsmPoi> fireStations, List<OsmPoi> police,
                        List<OsmArea> shelterCandidates, List<OsmArea> industrial, List<OsmArea> fuel,
                        List<OsmArea> water, List<OsmArea> residential, List<OsmBuilding> buildings,
                        List<OsmArea> districts) {

    /** Attribution to show wherever data derived from these layers is shown or exported. */
    public static final String ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0";

    public OsmLayers {
        hospitals = List.copyOf(hospitals);
        fireStations = List.copyOf(fireStations);
        police = List.copyOf(police);
        shelterCandidates = List.copyOf(shelterCandidates);
        industrial = List.copyOf(industrial);
        fuel = List.copyOf(fuel);
        water = List.copyOf(water);
        residential = List.copyOf(residential);
        buildings = List.copyOf(buildings);
        districts = districts == null ? List.of() : List.copyOf(districts);
    }

    /** Water polygons whose name contains {@code name} (e.g. 松花江), or all when {@code name} is blank. */
    public List<OsmArea> waterNamed(String name) {
        return water.stream().filter(a -> name == null || name.isBlank() || a.name().contains(name)).toList();
    }

    /** One line of counts, for logs and the {@code scenarios} command. */
    public String summary() {
        return String.format("%s: %d hospitals, %d fire stations, %d police, %d shelter candidates, %d industrial, "
                        + "%d fuel, %d water, %d residential, %d buildings, %d districts", source, hospitals.size(), fireStations.size(),
                police.size(), shelterCandidates.size(), industrial.size(), fuel.size(), water.size(), residential.size(),
                buildings.size(), districts.size());
    }
}
