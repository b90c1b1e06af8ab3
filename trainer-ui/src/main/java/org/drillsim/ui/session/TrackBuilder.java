package org.drillsim.ui.session;

import org.drillsim.routing.NetworkState;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.Route;
import org.drillsim.routing.Router;
import org.drillsim.world.Unit;
import org.drillsim.world.UnitTrip;
import org.drillsim.world.World;
import org.drillsim.ui.map.Track;
import org.locationtech.jts.geom.Coordinate;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each unit is drawn over time. A unit on a trip follows the shortest route on the road conditions
 * at its departure (as the response model routes it), with the trip's departure and arrival times spread
 * over the route's points in proportion to each edge's travel time — so it drives slowly where the roads
 * are slow. Flights are straight lines. A unit standing still is drawn at its road node. Tracks are cached
 * per trip, so a unit's route is computed once. Simulation thread only.
 */
final class TrackBuilder {
    private final World world;
    private final RoadNetwork network;
    private final Router router;
    private final Map<String, Cached> cache = new HashMap<>();

    private record Cached(UnitTrip trip, Track track) {
    }

    TrackBuilder(World world) {
        this.world = world;
        this.network = world.site().network();
        this.router = new Router(network);
    }

    Track trackOf(Unit u) {
        UnitTrip trip = u.trip();
        if (trip == null) {
            cache.remove(u.id());
            int node = u.node();
            return Track.parked(network.lon(node), network.lat(node));
        }
        Cached c = cache.get(u.id());
        if (c == null || !c.trip().equals(trip)) {
            c = new Cached(trip, build(trip));
            cache.put(u.id(), c);
        }
        return c.track();
    }

    Track build(UnitTrip trip) {
        int a = trip.fromNode();
        int b = trip.toNode();
        long t0 = trip.departMs();
        long t1 = Math.max(t0, trip.arriveMs());
        if (trip.air() || a == b) return straight(a, b, t0, t1);
        NetworkState state = world.roads().state();
        Route route = router.route(a, b, state, t0);
        if (!route.isFound() || route.edges().length == 0) return straight(a, b, t0, t1);
        int[] edges = route.edges();
        // Points: the start node, then every shape point of every edge; time share per edge by its travel time.
        double[] weight = new double[edges.length];
        double total = 0;
        int points = 1;
        for (int i = 0; i < edges.length; i++) {
            long ms = state.travelTimeMs(edges[i], t0);
            weight[i] = ms > 0 ? ms : network.freeFlowTimeMs(edges[i]);
            total += weight[i];
            points += network.geometry(edges[i]).getNumPoints() - 1;
        }
        double[] lon = new double[points];
        double[] lat = new double[points];
        long[] time = new long[points];
        lon[0] = network.lon(a);
        lat[0] = network.lat(a);
        time[0] = t0;
        int k = 1;
        double done = 0;
        for (int i = 0; i < edges.length; i++) {
            Coordinate[] cs = network.geometry(edges[i]).getCoordinates();
            double length = 0;
            for (int j = 1; j < cs.length; j++) length += cs[j].distance(cs[j - 1]);
            double along = 0;
            for (int j = 1; j < cs.length; j++) {
                along += cs[j].distance(cs[j - 1]);
                double share = length > 0 ? along / length : 1;
                lon[k] = cs[j].x;
                lat[k] = cs[j].y;
                time[k] = t0 + Math.round((t1 - t0) * Math.min(1.0, (done + share * weight[i]) / total));
                k++;
            }
            done += weight[i];
        }
        time[points - 1] = t1;
        for (int i = 1; i < points; i++) time[i] = Math.max(time[i], time[i - 1]); // rounding must not go backwards
        return new Track(lon, lat, time);
    }

    private Track straight(int a, int b, long t0, long t1) {
        return new Track(new double[] {network.lon(a), network.lon(b)}, new double[] {network.lat(a), network.lat(b)}, new long[] {t0, t1});
    }
}
