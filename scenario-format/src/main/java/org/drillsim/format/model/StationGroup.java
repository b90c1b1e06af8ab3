package org.drillsim.format.model;

import java.util.List;

/**
 * Fire / rescue or police stations: listed ones plus, when {@code fromOsm}, every OSM
 * {@code amenity=fire_station} (resp. {@code amenity=police}) passing the filter. Imported ids are
 * {@code osm-fire-<osmId>} / {@code osm-police-<osmId>}; each imported station gets the
 * {@code osmTeams} (team ids {@code <stationId>-<type>-<n>}).
 *
 * @param fromOsm   import from OSM
 * @param osmFilter which to import
 * @param osmTeams  teams placed at each imported station
 * @param items     listed stations and overrides
 */
@Doc("Stations: listed and/or imported from OSM")
public record StationGroup(
        @Opt @Doc("import from OSM; default false") Boolean fromOsm,
        @Opt OsmFilter osmFilter,
        @Opt @Doc("teams placed at each imported station; default none") List<TeamTemplate> osmTeams,
        @Opt @Doc("listed stations and overrides") List<Station> items) {

    public StationGroup {
        fromOsm = fromOsm != null && fromOsm;
        osmTeams = osmTeams == null ? List.of() : List.copyOf(osmTeams);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** An empty group: nothing listed, nothing imported. */
    public static StationGroup none() {
        return new StationGroup(false, null, null, null);
    }
}
