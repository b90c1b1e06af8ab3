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
        assertTrue(msg.contains(bad + ":1: not a journal header"), msg);
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
