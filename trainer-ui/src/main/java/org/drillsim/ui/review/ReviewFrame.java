package org.drillsim.ui.review;

import org.drillsim.ui.map.MapScene;
import org.drillsim.ui.session.ScoreRow;

import java.util.List;

/**
 * One sampled moment of a re-simulated run: the map and the scorecard.
 *
 * @param timeMs simulated time
 * @param map    what the map showed
 * @param score  the live scorecard at that time
 */
public record ReviewFrame(long timeMs, MapScene map, List<ScoreRow> score) {
    public ReviewFrame {
        score = List.copyOf(score);
    }
}
