package org.drillsim.format.model;

/**
 * A generated test city instead of an OSM extract (routing's {@code SyntheticCity}).
 *
 * @param seed        generator seed
 * @param approxNodes approximate number of road nodes (bounded: millions of nodes exhaust the memory of a run)
 */
@Doc("Generated synthetic city (routing SyntheticCity) instead of an OSM extract")
public record SyntheticMap(
        @Doc("generator seed") long seed,
        @Range(min = 100, max = 250_000) @Doc("approximate number of road nodes") int approxNodes) {
}
