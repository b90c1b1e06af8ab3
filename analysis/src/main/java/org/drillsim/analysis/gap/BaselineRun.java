package org.drillsim.analysis.gap;

import org.drillsim.analysis.replication.ReplicationOutcome;
import org.drillsim.analysis.replication.RunDirectoryWriter;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.analysis.replication.ScenarioRunner;
import org.drillsim.world.ScenarioSite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Plays the scenario as written and writes the standard run directory ({@code run.json}, {@code scorecard.json},
 * {@code events.jsonl}, curves, map layers), so the analyses that follow ({@code gap.json}, {@code sites.json})
 * sit next to the baseline they start from and the report exporter reads them all from one place.
 *
 * @param outcomes replication outcomes
 * @param summary  their summary (the baseline of the analyses)
 * @param dir      the run directory
 */
public record BaselineRun(List<ReplicationOutcome> outcomes, RunSummary summary, Path dir) {

    /**
     * Plays and writes.
     *
     * @param site         the scenario site
     * @param seed         master seed
     * @param replications replications
     * @param threads      threads (≤ 0 all cores)
     * @param dir          run directory (created)
     * @param progress     progress of the batch, or null
     * @param notes        notes for {@code run.json}
     * @throws UncheckedIOException when the directory cannot be written
     */
    public static BaselineRun play(ScenarioSite site, long seed, int replications, int threads, Path dir,
                                   GapAnalysis.Progress progress, List<String> notes) {
        GapAnalysis.Progress p = progress != null ? progress : GapAnalysis.SILENT;
        long t0 = System.nanoTime();
        RunDirectoryWriter writer = new RunDirectoryWriter(dir);
        p.started("基线 / baseline", replications);
        List<ReplicationOutcome> outcomes;
        try (Writer events = writer.openEvents()) {
            outcomes = ScenarioRunner.run(new ScenarioRunner.Plan(site, seed, replications, threads, events, p::replication));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(RunDirectoryWriter.EVENTS) + ": " + e.getMessage(), e);
        }
        writer.commitEvents();
        RunSummary summary = RunSummary.of(outcomes);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int used = threads <= 0 ? Runtime.getRuntime().availableProcessors() : threads;
        writer.write(site, seed, used, outcomes, summary, seconds, notes);
        p.finished("基线 / baseline → " + dir, seconds);
        return new BaselineRun(outcomes, summary, dir);
    }
}
