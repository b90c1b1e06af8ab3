package org.drillsim.scenarios.model;

import java.util.List;

/**
 * How shelter candidates are derived from OSM polygons and how capacity follows from area.
 *
 * @param kinds        which OSM site kinds are candidates (school, park, square, stadium)
 * @param m2PerPerson  effective area per person, m² (see {@code osm.ShelterCapacity} for the standard cited)
 * @param usableShare  share of the polygon area that is effective shelter area (open, safe ground)
 */
@Doc("How shelter capacity is derived from OSM polygons")
public record ShelterDefaults(
        @Opt @Doc("candidate kinds; default [school, park, square, stadium]") List<ShelterKind> kinds,
        @Opt @Range(min = 0.5, max = 100) @Doc("effective area per person, m²; default 2.0 (GB 51143-2015 emergency shelter)") Double m2PerPerson,
        @Opt @Range(min = 0.01, max = 1) @Doc("share of the polygon that is effective area; default 0.6 (assumption)") Double usableShare) {

    public ShelterDefaults {
        kinds = kinds == null ? List.of(ShelterKind.SCHOOL, ShelterKind.PARK, ShelterKind.SQUARE, ShelterKind.STADIUM)
                : List.copyOf(kinds);
        m2PerPerson = m2PerPerson == null ? 2.0 : m2PerPerson;
        usableShare = usableShare == null ? 0.6 : usableShare;
    }
}
