package org.drillsim.format.model;

import java.util.List;

/**
 * Shelters: listed ones plus, when {@code fromOsm}, OSM schools, parks, squares and stadiums as
 * candidates with capacity from polygon area. Imported ids are {@code osm-shelter-<osmId>}.
 *
 * @param fromOsm     import candidates from OSM
 * @param osmFilter   which to import (e.g. minAreaM2)
 * @param osmDefaults kinds, m² per person, usable share
 * @param items       listed shelters and overrides
 */
@Doc("Shelters: listed and/or shelter candidates from OSM polygons")
public record ShelterGroup(
        @Opt @Doc("import candidates from OSM; default false") Boolean fromOsm,
        @Opt OsmFilter osmFilter,
        @Opt ShelterDefaults osmDefaults,
        @Opt @Doc("listed shelters and overrides") List<Shelter> items) {

    public ShelterGroup {
        fromOsm = fromOsm != null && fromOsm;
        osmDefaults = osmDefaults == null ? new ShelterDefaults(null, null, null) : osmDefaults;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
