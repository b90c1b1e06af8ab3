package org.drillsim.routing;

/**
 * A point snapped to the road network.
 *
 * @param lat       the query latitude
 * @param lon       the query longitude
 * @param edge      the nearest directed edge (either direction of the nearest road)
 * @param node      the routing node: the end of that edge nearer to the point
 * @param distanceM distance in metres from the point to the nearest road
 */
public record Snap(double lat, double lon, int edge, int node, double distanceM) {
}
