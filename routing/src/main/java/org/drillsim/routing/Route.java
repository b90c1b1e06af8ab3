package org.drillsim.routing;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A route found by {@link Router}: travel time (ms) under the network state it was computed with,
 * length (m) and the directed edge ids from start to end. An unreachable destination gives a route
 * with {@link #isFound()} false and time {@link Router#UNREACHABLE}.
 */
public final class Route {
    private final RoadNetwork network;
    private final int fromNode;
    private final int toNode;
    private final long timeMs;
    private final double distanceM;
    private final int[] edges;

    Route(RoadNetwork network, int fromNode, int toNode, long timeMs, double distanceM, int[] edges) {
        this.network = network;
        this.fromNode = fromNode;
        this.toNode = toNode;
        this.timeMs = timeMs;
        this.distanceM = distanceM;
        this.edges = edges;
    }

    public boolean isFound() {
        return timeMs != Router.UNREACHABLE;
    }

    public int fromNode() {
        return fromNode;
    }

    public int toNode() {
        return toNode;
    }

    /** Travel time in milliseconds, {@link Router#UNREACHABLE} when no route exists. */
    public long timeMs() {
        return timeMs;
    }

    /** Length in metres (0 when not found). */
    public double distanceM() {
        return distanceM;
    }

    /** Directed edge ids in travel order (a copy; empty when not found or from == to). */
    public int[] edges() {
        return edges.clone();
    }

    /** The path as one line from start to end (x = longitude, y = latitude); null when not found. */
    public LineString geometry() {
        if (!isFound()) return null;
        List<Coordinate> cs = new ArrayList<>();
        cs.add(new Coordinate(network.lon(fromNode), network.lat(fromNode)));
        for (int e : edges) {
            Coordinate[] part = network.geometry(e).getCoordinates();
            cs.addAll(Arrays.asList(part).subList(1, part.length));
        }
        if (cs.size() == 1) cs.add(cs.get(0).copy());
        return RoadNetwork.geometryFactory().createLineString(cs.toArray(new Coordinate[0]));
    }

    @Override
    public String toString() {
        return isFound()
                ? String.format("Route[%d -> %d, %.1f s, %.0f m, %d edges]", fromNode, toNode, timeMs / 1000.0, distanceM, edges.length)
                : "Route[" + fromNode + " -> " + toNode + " unreachable]";
    }
}
