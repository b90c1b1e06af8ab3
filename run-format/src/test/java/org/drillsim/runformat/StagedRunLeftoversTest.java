package org.drillsim.runformat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Folders left by a run killed with kill -9 are removed by the next run to the same name, and only those. */
class StagedRunLeftoversTest {

    @Test
    void leftoversOfDeadProcessesGoLiveOnesAndOtherNamesStay(@TempDir Path dir) throws IOException {
        Path dead = Files.createDirectories(dir.resolve("run.partial-2147483646"));   // no such process
        Files.writeString(dead.resolve("events.jsonl"), "{}\n");
        Path deadOld = Files.createDirectories(dir.resolve("run.old-2147483645"));
        Path live = Files.createDirectories(dir.resolve("run.partial-1"));            // init: always alive
        Path other = Files.createDirectories(dir.resolve("other.partial-2147483646"));
        try (StagedRunDirectory staged = StagedRunDirectory.open(dir.resolve("run"), false)) {
            Files.writeString(staged.dir().resolve("run.json"), "{}");
            assertEquals(dir.resolve("run"), staged.commit());
        }
        assertFalse(Files.exists(dead));
        assertFalse(Files.exists(deadOld));
        assertTrue(Files.exists(live));
        assertTrue(Files.exists(other));
        assertTrue(Files.isRegularFile(dir.resolve("run").resolve(RunManifest.FILE)));
    }
}
