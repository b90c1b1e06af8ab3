package org.drillsim.world;

/**
 * A unit's current movement, for maps: from one node to another between two times (road units follow the
 * shortest path on the conditions at departure; {@code air} units fly a straight line).
 *
 * @param fromNode  departure node
 * @param toNode    destination node
 * @param departMs  departure time
 * @param arriveMs  arrival time
 * @param air       true for a straight-line flight
 */
public record UnitTrip(int fromNode, int toNode, long departMs, long arriveMs, boolean air) {
}
