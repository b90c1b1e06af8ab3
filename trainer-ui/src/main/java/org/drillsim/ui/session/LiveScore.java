package org.drillsim.ui.session;

import org.drillsim.runformat.Verdict;
import org.drillsim.world.World;
import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetResult;

import java.util.ArrayList;
import java.util.List;

/**
 * The live scorecard of a drill: the response model's {@link Scorecard} evaluated at the current time
 * (running clocks counted as if the drill ended now), turned into traffic-light rows.
 * <p>
 * The verdict is the one rule ({@link Verdict}) on the range the share can still reach: from every clock still
 * running (not yet due) missing the threshold to every one of them meeting it. A response-time target is
 * <em>at risk</em> while the running clocks decide it — the trainees still have time to act on those people.
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
            double onTime = t.measured() - t.late();
            double all = t.measured() + t.pending();
            double worstCase = onTime / all;
            double bestCase = (onTime + t.pending()) / all;
            ScoreStatus status = ScoreStatus.of(Verdict.ofShare(t.value(), worstCase, bestCase, t.requiredShare()));
            return new ScoreRow(t.id(), t.label(), true, t.value(), t.requiredShare(), t.value(), t.comparison(), t.threshold(), t.unit(), status, source);
        }
        if (!t.scored() || Double.isNaN(t.value()))
            return new ScoreRow(t.id(), t.label(), false, Double.NaN, 0.5, Double.NaN, t.comparison(), t.threshold(), t.unit(), ScoreStatus.NO_DATA, source);
        // Capacity figures have their own units; the trend shows value / threshold on a 0..2 scale, so the
        // requirement sits at the middle of the sparkline.
        double ratio = t.threshold() == 0 ? 1 : t.value() / t.threshold();
        return new ScoreRow(t.id(), t.label(), false, Math.min(1, ratio / 2), 0.5, t.value(), t.comparison(), t.threshold(), t.unit(),
                ScoreStatus.of(Verdict.of(t.value(), t.value(), t.value(), t.comparison(), t.threshold())), source);
    }
}
