package org.drillsim.ui.session;

import org.drillsim.ui.map.MapScene;

import java.util.List;

/**
 * Everything the trainer shows at one simulated moment, built on the simulation thread and read on the
 * JavaFX thread. Immutable.
 *
 * @param timeMs     simulated time
 * @param horizonMs  end of the drill
 * @param finished   the drill reached its horizon
 * @param map        what the map draws
 * @param score      the live scorecard
 * @param decisions  every decision so far (plan and people), in order
 * @param fired      injects fired so far, in order
 * @param upcoming   scripted injects still to come (the controller's view only shows them)
 * @param units      units for the decision panel
 * @param tasks      open tasks for the decision panel
 * @param names      names of units, facilities and tasks, for showing commands in words
 */
public record DrillSnapshot(long timeMs, long horizonMs, boolean finished, MapScene map, List<ScoreRow> score,
                            List<DecisionLine> decisions, List<InjectLine> fired, List<InjectLine> upcoming,
                            List<UnitLine> units, List<TaskLine> tasks, Names names) {
    public DrillSnapshot {
        score = List.copyOf(score);
        decisions = List.copyOf(decisions);
        fired = List.copyOf(fired);
        upcoming = List.copyOf(upcoming);
        units = List.copyOf(units);
        tasks = List.copyOf(tasks);
    }
}
