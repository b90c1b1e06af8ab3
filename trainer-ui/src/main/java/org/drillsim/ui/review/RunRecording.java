package org.drillsim.ui.review;

import org.drillsim.world.log.EventLog;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.ui.journal.JournalEntry;
import org.drillsim.ui.session.DrillSnapshot;
import org.drillsim.ui.session.DrillWorld;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * A run re-simulated from the seed (and, for the trainees' run, the journal) with a frame sampled at fixed
 * steps, for the after-action review's time slider. The plan-as-written run is the same seed with every
 * plan area automatic and no journal: the same disaster, the plan's decisions.
 */
public final class RunRecording {
    private final List<ReviewFrame> frames;
    private final DrillSnapshot last;

    private RunRecording(List<ReviewFrame> frames, DrillSnapshot last) {
        this.frames = Collections.unmodifiableList(frames);
        this.last = last;
    }

    /**
     * Re-simulates a drill: same seed, same trainee areas, the journal's entries at their times, to the horizon.
     *
     * @param stepMs   sampling step of the frames
     * @param progress receives 0..1 as the run advances (may be null)
     */
    public static RunRecording trainees(ScenarioSite site, long seed, Set<PlanArea> manualAreas, List<JournalEntry> entries,
                                        long stepMs, DoubleConsumer progress) {
        return record(new DrillWorld(site, seed, manualAreas, EventLog.discarding()), entries, stepMs, progress);
    }

    /** Runs the plan as written (every area automatic) on the same seed, to the horizon. */
    public static RunRecording plan(ScenarioSite site, long seed, long stepMs, DoubleConsumer progress) {
        return record(new DrillWorld(site, seed, EnumSet.noneOf(PlanArea.class), EventLog.discarding()), List.of(), stepMs, progress);
    }

    private static RunRecording record(DrillWorld drill, List<JournalEntry> entries, long stepMs, DoubleConsumer progress) {
        if (stepMs <= 0) throw new IllegalArgumentException("sampling step must be positive, got " + stepMs + " ms");
        long horizon = drill.horizonMs();
        List<ReviewFrame> frames = new ArrayList<>();
        int next = 0;
        DrillSnapshot snap = drill.snapshot();
        frames.add(frame(snap));
        for (long t = stepMs; ; t = Math.min(horizon, t + stepMs)) {
            // entries at or before this sample time are applied at their own times, as in the drill
            while (next < entries.size() && entries.get(next).timeMs() <= t) {
                JournalEntry e = entries.get(next++);
                drill.advanceTo(e.timeMs());
                drill.applyEntry(e);
            }
            drill.advanceTo(t);
            snap = drill.snapshot();
            frames.add(frame(snap));
            if (progress != null) progress.accept((double) t / horizon);
            if (t >= horizon) break;
        }
        return new RunRecording(frames, snap);
    }

    private static ReviewFrame frame(DrillSnapshot s) {
        return new ReviewFrame(s.timeMs(), s.map(), s.score());
    }

    /** Frames in time order, the first at T+0, the last at the horizon. */
    public List<ReviewFrame> frames() {
        return frames;
    }

    /** The last frame at or before {@code timeMs}. */
    public ReviewFrame at(long timeMs) {
        int lo = 0;
        int hi = frames.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (frames.get(mid).timeMs() <= timeMs) lo = mid;
            else hi = mid - 1;
        }
        return frames.get(lo);
    }

    /** The snapshot at the end of the run (decisions, scorecard). */
    public DrillSnapshot last() {
        return last;
    }
}
