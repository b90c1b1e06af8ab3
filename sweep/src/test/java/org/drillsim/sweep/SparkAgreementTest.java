package org.drillsim.sweep;

import org.drillsim.analysis.gap.GapSettings;
import org.drillsim.analysis.gap.ReplicationBatch;
import org.drillsim.analysis.gap.ScenarioVariant;
import org.drillsim.analysis.gap.Variants;
import org.drillsim.analysis.replication.RunDirectoryWriter;
import org.drillsim.analysis.replication.RunSummary;
import org.drillsim.world.ScenarioSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Spark {@code local[2]} and the threaded runner with 2 threads give the same scorecard.json, byte for byte, for
 * every variant (common random numbers: replication r has seed (seed, r) wherever it runs).
 */
class SparkAgreementTest {
    private static SparkEngine spark;
    private static ScenarioSource src;
    private static ScenarioSite base;
    private static long seed;

    @BeforeAll
    static void start() throws Exception {
        spark = new SparkEngine("local[2]");
        src = ScenarioSource.of("synthetic-small", null);
        base = src.buildSite();
        seed = src.scenario().seed();
    }

    @AfterAll
    static void stop() {
        spark.close();
    }

    /** The threaded runner's scorecard.json of the scenario with {@code k} ambulances added (built here, not by the sweep). */
    private static String threaded(int k, int replications) {
        ScenarioVariant amb = Variants.of(base, GapSettings.defaults(seed, 2, 0.95, 2).only(List.of("ambulance")), null).get(0);
        ScenarioSite site = amb.apply(base, k);
        RunSummary s = ReplicationBatch.run(site, seed, replications, 2, null);
        return RunDirectoryWriter.scorecardJson(site, replications, s);
    }

    @Test
    void sparkLocal2EqualsTwoThreadsForEveryVariant() {
        SweepWork work = new SweepWork(src, new SweepGrid(List.of(Axis.parse("ambulances=+0,+2"))), seed);
        Sweep.Result r = Sweep.run(work, base, spark, new Sweep.Settings(4, 4, 4, Double.NaN), null);
        assertEquals(2, r.variants().size());
        assertEquals(List.of("ambulance+0", "ambulance+2"), r.variants().stream().map(Sweep.Variant::name).toList());
        String v0 = RunDirectoryWriter.scorecardJson(base, 4, r.variants().get(0).summary());
        String v2 = RunDirectoryWriter.scorecardJson(base, 4, r.variants().get(1).summary());
        assertEquals(threaded(0, 4), v0);
        assertEquals(threaded(2, 4), v2);
        // the variants differ (two ambulances more do something), so the equality above is not a constant
        assertFalse(v0.equals(v2));
    }

    @Test
    void batchesAddUpToTheSameRunAndStopAtTheCap() {
        // an unreachable half-width goal: 2 replications, then batches of 1 up to the cap of 4
        SweepWork work = new SweepWork(src, new SweepGrid(List.of(Axis.parse("ambulances=+2"))), seed);
        Sweep.Result r = Sweep.run(work, base, spark, new Sweep.Settings(2, 1, 4, 1e-12), null);
        assertEquals(4, r.replications());
        assertEquals(3, r.batches());
        assertFalse(r.narrow());
        assertEquals(threaded(2, 4), RunDirectoryWriter.scorecardJson(base, 4, r.variants().get(0).summary()));
    }

    @Test
    void threadEngineEqualsSpark() {
        SweepWork work = new SweepWork(src, new SweepGrid(List.of(Axis.parse("medical-teams=+0,+1"))), seed);
        Sweep.Result a = Sweep.run(work, base, spark, new Sweep.Settings(3, 3, 3, Double.NaN), null);
        Sweep.Result b;
        try (ThreadEngine t = new ThreadEngine(2)) {
            b = Sweep.run(work, base, t, new Sweep.Settings(3, 3, 3, Double.NaN), null);
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(RunDirectoryWriter.scorecardJson(base, 3, b.variants().get(i).summary()),
                    RunDirectoryWriter.scorecardJson(base, 3, a.variants().get(i).summary()));
        }
        assertTrue(SweepOutput.table(a).lines().allMatch(l -> org.drillsim.analysis.gap.TextTable.width(l) <= 120));
    }
}
