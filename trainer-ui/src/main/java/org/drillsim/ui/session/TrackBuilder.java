package org.drillsim.ui.session;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.scenarios.response.Unit;
import org.drillsim.scenarios.response.World;
import org.drillsim.ui.map.Track;

/**
 * Where each unit is drawn over time. A unit standing still is drawn at its road node.
 */
final class TrackBuilder {
    private final World world;
    private final RoadNetwork network;

    TrackBuilder(World world) {
        this.world = world;
        this.network = world.site().network();
    }

    Track trackOf(Unit u) {
        int node = u.node();
        return Track.parked(network.lon(node), network.lat(node));
    }
}
