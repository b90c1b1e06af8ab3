package org.drillsim.cli;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.ui.journal.Journal;
import org.drillsim.ui.journal.JournalEntry;
import org.drillsim.ui.journal.JournalHeader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code drillsim ui} refuses bad options and journals with one clear line and exit code 2. */
class UiCommandTest {
    @TempDir
    Path dir;

    private static int run(ByteArrayOutputStream err, String... args) {
        return new CommandLine(new UiCommand(new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
    }

    @Test
    void aBadRoleLanguageOrAreaIsOneLineAndExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "--role", "observer"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected controller or trainee"));
        err.reset();
        assertEquals(2, run(err, "--lang", "fr"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("expected zh or en"));
        err.reset();
        assertEquals(2, run(err, "--manual", "medical,parking"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("plan area 'parking'"));
    }

    @Test
    void aMissingOrCorruptJournalIsRefusedBeforeAnyWindowOpens() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "--resume", dir.resolve("none.jsonl").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no such journal"));
        err.reset();
        Path bad = dir.resolve("bad.jsonl");
        Files.writeString(bad, "not json\n", StandardCharsets.UTF_8);
        assertEquals(2, run(err, "--resume", bad.toString()));
        String msg = err.toString(StandardCharsets.UTF_8);
        assertTrue(msg.contains(bad + ":1: ") && msg.contains("not a journal header"), msg);
    }

    /** Checked before any screen: another seed, another scenario, an edited line — each one line, exit 2, file untouched. */
    @Test
    void aResumeThatDoesNotMatchIsRefusedWithOneLine() throws Exception {
        Scenario small = ScenarioLibrary.load("synthetic-small");
        Path file = dir.resolve("drill.jsonl");
        try (Journal j = Journal.create(file, new JournalHeader(JournalHeader.FORMAT, "synthetic-small", small.id(),
                JournalHeader.hashOf(small), 42, List.of("shelter"), "2026-01-01T08:00:00Z"))) {
            j.append(new JournalEntry.ClockReached(60_000));
        }
        byte[] before = Files.readAllBytes(file);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "--resume", file.toString(), "--seed", "43"));
        assertEquals("drillsim ui: " + file + ":1: 种子 43 与记录的种子 42 不符 / seed 43 differs from the journal's seed 42",
                err.toString(StandardCharsets.UTF_8).strip());
        err.reset();
        assertEquals(2, run(err, "harbin-chlorine-leak", "--resume", file.toString()));
        String msg = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(msg.startsWith("drillsim ui: " + file + ":1: ") && msg.contains("not harbin-chlorine-leak") && !msg.contains("\n"), msg);
        assertArrayEquals(before, Files.readAllBytes(file), "a refused journal is left as it was");
        Files.writeString(file, Files.readString(file).replace("\"timeMs\":60000", "\"timeMs\":6000"));
        err.reset();
        assertEquals(2, run(err, "--resume", file.toString()));
        msg = err.toString(StandardCharsets.UTF_8).strip();
        assertTrue(msg.startsWith("drillsim ui: " + file + ":2: ") && msg.contains("checksum mismatch") && !msg.contains("\n"), msg);
    }

    @Test
    void withoutAScreenItSaysSoBeforeCreatingAJournal() {
        org.junit.jupiter.api.Assumptions.assumeTrue(org.drillsim.ui.TrainerLauncher.displayProblem() != null, "a display is attached");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Path journal = dir.resolve("j.jsonl");
        assertEquals(1, run(err, "synthetic-small", "--journal", journal.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no display"));
        assertTrue(Files.notExists(journal));
    }

    @Test
    void anUnknownScenarioIsReportedWithExitCode2() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(2, run(err, "no-such-scenario", "--journal", dir.resolve("j.jsonl").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no-such-scenario"));
    }
}
