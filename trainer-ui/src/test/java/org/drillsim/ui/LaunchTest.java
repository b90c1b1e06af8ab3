package org.drillsim.ui;

import org.drillsim.ui.journal.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trainer opens through {@link TrainerLauncher} (no Application subclass on the command line) in a fresh JVM. */
class LaunchTest {
    @TempDir
    Path dir;

    @Test
    void theLauncherOpensTheTrainerWindowAndClosesTheJournalOnExit() throws Exception {
        Path journal = dir.resolve("launch.jsonl");
        Path shot = TestScreens.dir().resolve("launch-window-zh.png");
        Files.deleteIfExists(shot);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dheadless.geometry=1920x1200-32",
                "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), LaunchSmoke.class.getName(), journal.toString(), shot.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "the trainer closed"); // a hang guard only: loading runs behind the splash
        assertEquals(0, p.exitValue(), Files.readString(dir.resolve("out.txt")));
        assertTrue(Files.size(shot) > 10_000, "a screenshot of the window");
        try (Journal j = Journal.open(journal)) {
            assertEquals("synthetic-chlorine", j.header().scenarioId());
        }
    }
}
