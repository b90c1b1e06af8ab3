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
        assertTrue(r.out().contains("未达标 not met") || r.out().contains("临界 at risk") || r.out().contains("达标 met"), r.out());
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

    private static java.util.List<String> names(Path dir) throws Exception {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void existingOutIsRefusedWithoutForceAndReplacedWholeWithIt(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("run");
        assertEquals(0, run("synthetic-small", "-n", "1", "--seed", "5", "--no-report", "--out", dir.toString()).exit());
        org.drillsim.runformat.RunManifest.verify(dir);
        assertEquals(java.util.List.of("run"), names(tmp), "no partial directory left beside it");
        String seed5 = Files.readString(dir.resolve("events.jsonl"));

        Result refused = run("synthetic-small", "-n", "1", "--seed", "6", "--no-report", "--out", dir.toString());
        assertEquals(2, refused.exit());
        assertEquals(1, refused.err().strip().lines().filter(l -> l.contains("--out")).count(), refused.err());
        assertTrue(refused.err().contains("add --force"), refused.err());
        assertEquals(seed5, Files.readString(dir.resolve("events.jsonl")), "the earlier run is untouched");

        Files.writeString(dir.resolve("stray.txt"), "not part of either run");
        Result forced = run("synthetic-small", "-n", "1", "--seed", "6", "--no-report", "--force", "--out", dir.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertFalse(Files.exists(dir.resolve("stray.txt")), "replaced whole, never mixed");
        assertTrue(Files.readString(dir.resolve("run.json")).contains("\"seed\": 6"));
        assertFalse(seed5.equals(Files.readString(dir.resolve("events.jsonl"))));
        org.drillsim.runformat.RunManifest.verify(dir);
        assertEquals(java.util.List.of("run"), names(tmp));
    }

    @Test
    void emptyOutAndAnUnwritableOutAreOneLineErrors(@TempDir Path tmp) throws Exception {
        Result empty = run("synthetic-small", "-n", "1", "--out", "");
        assertEquals(2, empty.exit());
        assertTrue(empty.err().contains("--out must name a directory"), empty.err());
        // a regular file where a parent folder should be: fails for root too, as a read-only folder would for a user
        Path file = Files.writeString(tmp.resolve("file"), "x");
        Result blocked = run("synthetic-small", "-n", "1", "--out", file.resolve("run").toString());
        assertEquals(1, blocked.exit());
        String line = blocked.err().lines().filter(l -> l.startsWith("drillsim run:")).findFirst().orElse("");
        assertTrue(line.contains("无法写入") && line.contains("cannot write"), blocked.err());
        assertFalse(blocked.err().contains("Exception") || blocked.err().contains("\tat "), blocked.err());
        assertEquals(java.util.List.of("file"), names(tmp));
    }

    @Test
    void sameSeedGivesByteIdenticalFilesApartFromRunInfoAndManifest(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        assertEquals(0, run("synthetic-small", "-n", "2", "--threads", "2", "--seed", "9", "--out", a.toString()).exit());
        assertEquals(0, run("synthetic-small", "-n", "2", "--threads", "1", "--seed", "9", "--out", b.toString()).exit());
        var left = org.drillsim.runformat.RunManifest.entries(a);
        var right = org.drillsim.runformat.RunManifest.entries(b);
        assertEquals(left.stream().map(e -> e.path()).toList(), right.stream().map(e -> e.path()).toList());
        for (int i = 0; i < left.size(); i++) {
            String path = left.get(i).path();
            // run.json holds the wall-clock time and threads; the reports show them
            if (!path.equals("run.json") && !path.startsWith("report")) {
                assertEquals(left.get(i).sha256(), right.get(i).sha256(), path);
            }
        }
    }
}
