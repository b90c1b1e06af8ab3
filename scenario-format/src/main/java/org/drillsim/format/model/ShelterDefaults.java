package org.drillsim.format.model;

import java.util.List;

/**
 * How shelter candidates are derived from OSM polygons and how capacity follows from area.
 *
 * @param kinds        which OSM site kinds are candidates (school, park, square, stadium)
 * @param m2PerPerson  site area per person, m²; default 2.3 = Songbei district's 61 shelters, about 1.15 million m²
 *                     for about 500,000 people (seed 002, TARGETS.md). GB 51143-2015 (防灾避难场所设计规范) sets
 *                     minimum effective areas per person by shelter type and period — set this per scenario.
 * @param usableShare  share of the polygon area counted (1.0 with the site-area ratio above)
 */
@Doc("How shelter capacity is derived from OSM polygons")
public record ShelterDefaults(
        @Opt @Doc("candidate kinds; default [school, park, square, stadium]") List<ShelterKind> kinds,
        @Opt @Range(min = 0.5, max = 100) @Doc("site area per person, m²; default 2.3 (Songbei: 1.15 M m² for 500,000 people)") Double m2PerPerson,
        @Opt @Range(min = 0.01, max = 1) @Doc("share of the polygon area counted; default 1.0") Double usableShare) {

    public ShelterDefaults {
        kinds = kinds == null ? List.of(ShelterKind.SCHOOL, ShelterKind.PARK, ShelterKind.SQUARE, ShelterKind.STADIUM)
                : List.copyOf(kinds);
        m2PerPerson = m2PerPerson == null ? 2.3 : m2PerPerson;
        usableShare = usableShare == null ? 1.0 : usableShare;
    }
}
