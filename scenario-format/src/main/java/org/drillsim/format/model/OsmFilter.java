package org.drillsim.format.model;

/**
 * Which OSM features of a facility category to take.
 *
 * @param nameContains keep only features whose name contains this text (null = all)
 * @param minAreaM2    keep only polygons at least this large, m² (shelters; null = no minimum)
 * @param maxCount     keep at most this many, the largest / first by OSM id (null = all)
 * @param within       restrict to this box (null = the scenario's area of interest)
 */
@Doc("Selection of OSM features for a facility category")
public record OsmFilter(
        @Opt @Doc("keep only features whose name contains this text") String nameContains,
        @Opt @Range(min = 0, max = 1e8) @Doc("minimum polygon area, m²") Double minAreaM2,
        @Opt @Range(min = 1, max = 100_000) @Doc("keep at most this many") Integer maxCount,
        @Opt @Doc("restrict to this box; default the area of interest") BBox within) {
}
