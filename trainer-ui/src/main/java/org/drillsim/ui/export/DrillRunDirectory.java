package org.drillsim.ui.export;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.RunDirectoryWriter;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.ScenarioRunner;
import org.drillsim.core.SimTime;
import org.drillsim.exporters.run.RunReportBuilder;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.runformat.StagedRunDirectory;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.World;
import org.drillsim.world.score.TargetCurves;
import org.drillsim.ui.journal.JournalEntry;
import org.drillsim.ui.journal.JournalHeader;
import org.drillsim.ui.session.DrillWorld;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The drill as a run directory in the format of {@code drillsim run} ({@code run.json}, {@code scorecard.json},
 * {@code events.jsonl}, {@code served.csv}, {@code timeseries.csv}, map layers) with its {@code report.html}: the
 * drill is re-simulated from its seed and journal to the horizon — the trainees' decisions at their times, after
 * the last one only the plan's automatic areas act — as replication 1.
 */
public final class DrillRunDirectory {
    private DrillRunDirectory() {
    }

    /**
     * Writes the run directory and its reports into {@code dir}; returns the Chinese report.
     *
     * @param decidedUntilMs how far the drill got (stated in the notes)
     */
    public static Path write(ScenarioSite site, JournalHeader header, Set<PlanArea> manualAreas, List<JournalEntry> entries,
                             long decidedUntilMs, Path dir) {
        long t0 = System.nanoTime();
        // written beside dir and renamed when complete; a new export of the drill replaces the earlier one whole
        try (StagedRunDirectory staged = StagedRunDirectory.open(dir, true)) {
            RunDirectoryWriter writer = new RunDirectoryWriter(staged.dir());
            ReplicationOutcome outcome;
            try (Writer events = writer.openEvents()) {
                outcome = resimulate(site, header.seed(), manualAreas, entries, EventLog.to(events, 1));
            }
            writer.commitEvents();
            List<String> notes = List.of("桌面推演记录：参演决策至 " + SimTime.format(decidedUntilMs) + "，其后仅预案自动执行的环节继续 / tabletop drill: "
                    + "the trainees' decisions up to " + SimTime.format(decidedUntilMs) + ", after that only the plan's automatic areas act; "
                    + "trainee areas: " + String.join(",", header.manualAreas()));
            writer.write(site, header.seed(), 1, List.of(outcome), RunSummary.of(List.of(outcome)), (System.nanoTime() - t0) / 1e9, notes);
            Path report = RunReportBuilder.writeRunReports(staged.dir());
            return staged.commit().resolve(report.getFileName());
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(OutputFiles.describe(e), e instanceof IOException io ? io : ((UncheckedIOException) e).getCause());
        }
    }

    /** Re-simulates the drill to the horizon and collects what the run directory needs (as the run command does). */
    static ReplicationOutcome resimulate(ScenarioSite site, long seed, Set<PlanArea> manualAreas, List<JournalEntry> entries, EventLog log) {
        DrillWorld drill = new DrillWorld(site, seed, manualAreas, log);
        World w = drill.world();
        List<ReplicationOutcome.RoadSnapshot> closures = ScenarioRunner.recordClosures(w, ScenarioRunner.snapshotTimes(site));
        drill.replay(entries, w.horizonMs());
        List<TargetCurves.ClockTarget> targets = TargetCurves.clockTargets(site.scenario().targets());
        return ScenarioRunner.outcome(w, 1, log, targets, ScenarioRunner.elapsedGrid(targets), closures, true, 0);
    }
}
