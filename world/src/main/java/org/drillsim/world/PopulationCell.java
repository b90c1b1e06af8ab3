package org.drillsim.world;

/**
 * A cell of the population grid: residents aggregated at the cell's centre, snapped to a road node.
 *
 * @param index  position in the site's cell list, from 0
 * @param lon    centre longitude
 * @param lat    centre latitude
 * @param people residents at the start
 * @param node   nearest road node
 */
public record PopulationCell(int index, double lon, double lat, long people, int node) {
    public PopulationCell {
        if (people < 0) {
            throw new IllegalArgumentException("population cell " + index + ": negative people " + people);
        }
    }

    /** Id used in logs, e.g. {@code cell-12}. */
    public String id() {
        return "cell-" + index;
    }
}
