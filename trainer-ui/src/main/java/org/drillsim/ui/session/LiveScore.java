package org.drillsim.ui.session;

import org.drillsim.scenarios.response.World;

import java.util.List;

/** The live scorecard of a drill at the current simulated time. */
final class LiveScore {
    private final World world;

    LiveScore(World world) {
        this.world = world;
    }

    List<ScoreRow> evaluate() {
        return List.of();
    }
}
