package org.drillsim.ui.session;

import org.drillsim.world.World;
import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The live scorecard of a drill: the response model's {@link Scorecard} evaluated at the current time
 * (running clocks counted as if the drill ended now), turned into traffic-light rows.
 * <p>
 * A response-time target is <em>at risk</em> when it is met now but would be missed if every clock still
 * running (not yet due) ran past the threshold — the trainees still have time to act on those people.
 */
final class LiveScore {
    private final World world;
    private long evaluatedAt = -1;
    private long commandsAt = -1;
    private List<ScoreRow> rows = List.of();

    LiveScore(World world) {
        this.world = world;
    }

    List<ScoreRow> evaluate() {
        long now = world.now();
        int commands = world.commands().journal().size();
        if (now == evaluatedAt && commands == commandsAt) return rows;
        Scorecard card = Scorecard.evaluate(world, now);
        List<ScoreRow> out = new ArrayList<>();
        for (TargetResult t : card.targets()) out.add(row(t));
        rows = List.copyOf(out);
        evaluatedAt = now;
        commandsAt = commands;
        return rows;
    }

    static ScoreRow row(TargetResult t) {
        String source = t.thresholdSource() != null && !t.thresholdSource().isBlank() ? t.thresholdSource() : String.valueOf(t.source());
        if (t.isResponseTime()) {
            if (!t.scored() || Double.isNaN(t.value()))
                return new ScoreRow(t.id(), t.label(), true, Double.NaN, t.requiredShare(), Double.NaN, t.comparison(), t.threshold(), t.unit(),
                        ScoreStatus.NO_DATA, source);
            ScoreStatus status;
            if (!t.pass()) status = ScoreStatus.FAIL;
            else {
                double onTime = t.measured() - t.late();
                double worstCase = t.measured() + t.pending() == 0 ? 1 : onTime / (t.measured() + t.pending());
                status = worstCase < t.requiredShare() ? ScoreStatus.AT_RISK : ScoreStatus.PASS;
            }
            return new ScoreRow(t.id(), t.label(), true, t.value(), t.requiredShare(), t.value(), t.comparison(), t.threshold(), t.unit(), status, source);
        }
        if (!t.scored() || Double.isNaN(t.value()))
            return new ScoreRow(t.id(), t.label(), false, Double.NaN, 0.5, Double.NaN, t.comparison(), t.threshold(), t.unit(), ScoreStatus.NO_DATA, source);
        // Capacity figures have their own units; the trend shows value / threshold on a 0..2 scale, so the
        // requirement sits at the middle of the sparkline.
        double ratio = t.threshold() == 0 ? 1 : t.value() / t.threshold();
        return new ScoreRow(t.id(), t.label(), false, Math.min(1, ratio / 2), 0.5, t.value(), t.comparison(), t.threshold(), t.unit(),
                t.pass() ? ScoreStatus.PASS : ScoreStatus.FAIL, source);
    }
}
