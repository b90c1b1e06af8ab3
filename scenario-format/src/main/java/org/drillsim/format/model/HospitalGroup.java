package org.drillsim.format.model;

import java.util.List;

/**
 * The scenario's hospitals: listed ones plus, when {@code fromOsm}, every OSM {@code amenity=hospital}
 * passing the filter with the defaults. A listed item whose {@code osmId} matches an imported one
 * replaces it. Imported ids are {@code osm-hospital-<osmId>}.
 *
 * @param fromOsm     import OSM hospitals
 * @param osmFilter   which to import
 * @param osmDefaults beds and capabilities of each imported one (required when fromOsm)
 * @param items       listed hospitals and overrides
 */
@Doc("Hospitals: listed and/or imported from OSM amenity=hospital")
public record HospitalGroup(
        @Opt @Doc("import OSM amenity=hospital; default false") Boolean fromOsm,
        @Opt OsmFilter osmFilter,
        @Opt @Doc("values for imported hospitals; required when fromOsm") HospitalDefaults osmDefaults,
        @Opt @Doc("listed hospitals and overrides of imported ones") List<Hospital> items) {

    public HospitalGroup {
        fromOsm = fromOsm != null && fromOsm;
        items = items == null ? List.of() : List.copyOf(items);
    }
}
