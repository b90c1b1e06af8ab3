package org.drillsim.format.library;

import org.drillsim.format.model.Scenario;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScenarioLibraryTest {
    @Test
    void indexListsExactlyTheShippedFiles() throws IOException {
        List<String> files;
        try (Stream<Path> s = Files.list(Path.of("src/main/resources/scenarios"))) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList();
        }
        assertEquals(files, ScenarioLibrary.ids().stream().sorted().toList());
    }

    @Test
    void everyLibraryScenarioLoadsAndItsIdMatchesItsName() throws Exception {
        for (String id : ScenarioLibrary.ids()) {
            Scenario s = ScenarioLibrary.load(id);
            assertEquals(id, s.id());
            assertTrue(!s.hazards().isEmpty() && !s.targets().isEmpty(), id);
        }
    }

    @Test
    void unknownIdSaysWhichExist() {
        var e = assertThrows(IllegalArgumentException.class, () -> ScenarioLibrary.text("no-such"));
        assertTrue(e.getMessage().contains("synthetic-small"), e.getMessage());
    }
}
