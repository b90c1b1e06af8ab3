package org.drillsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code drillsim run}: the scorecard table, the run directory, bad input, the kernel demo. */
class RunCommandTest {
    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new RunCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void syntheticScenarioPrintsTheScorecardAndWritesTheRunDirectory(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        Result r = run("synthetic-small", "--replications", "2", "--threads", "2", "--seed", "5", "--out", dir.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("评分表 / Scorecard"), r.out());
        assertTrue(r.out().contains("medical-2h") && r.out().contains("shelter-area"), r.out());
        assertTrue(r.out().contains("未达标 FAIL") || r.out().contains("达标 PASS"), r.out());
        for (String f : new String[] {"run.json", "scorecard.json", "events.jsonl", "served.csv", "timeseries.csv",
                "report.html", "map/index.json"}) {
            assertTrue(Files.isRegularFile(dir.resolve(f)), f);
        }
        assertTrue(Files.readString(dir.resolve("run.json")).contains("\"seed\": 5"));
        // same seed again: byte-identical event log
        Path again = tmp.resolve("again");
        assertEquals(0, run("synthetic-small", "-n", "2", "--threads", "1", "--seed", "5", "--out", again.toString(),
                "--no-report").exit());
        assertEquals(Files.readString(dir.resolve("events.jsonl")), Files.readString(again.resolve("events.jsonl")));
        assertEquals(Files.readString(dir.resolve("scorecard.json")), Files.readString(again.resolve("scorecard.json")));
    }

    @Test
    void unknownScenarioIsOneLineAndExitTwo() {
        Result r = run("no-such-scenario");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("no-such-scenario") && r.err().contains("synthetic-small"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertEquals(2, run("synthetic-small", "--replications", "0").exit());
        Result negative = run("synthetic-small", "--threads", "-1");
        assertEquals(2, negative.exit());
        assertTrue(negative.err().contains("--threads") && negative.err().contains("-1"), negative.err());
    }

    @Test
    void kernelDemoStaysReachable() {
        Result r = run("--demo", "mmc", "--reps", "3", "--customers", "2000");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Erlang C"), r.out());
    }
}
