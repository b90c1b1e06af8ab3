package org.drillsim.geodata;

/**
 * A building footprint, reduced to what the population grid needs.
 *
 * @param lat          centroid latitude
 * @param lon          centroid longitude
 * @param footprintM2  footprint area, m²
 * @param levels       {@code building:levels}, or 0 when not tagged
 * @param type         the {@code building} tag value (yes, apartments, residential, house …)
 */
public record OsmBuilding(double lat, double lon, double footprintM2, int levels, String type) {
}
