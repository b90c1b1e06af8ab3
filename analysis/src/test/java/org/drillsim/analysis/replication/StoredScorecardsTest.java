package org.drillsim.analysis.replication;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Keeps behaviour: each built-in scenario, played as {@code drillsim run <id> --replications 3 --seed 20261204}
 * plays it (site loader, {@link ScenarioRunner}, the scorecard writer of the run directory), gives the stored
 * {@code scorecard.json} byte for byte. The stored files change only with a stated reason; see the README beside
 * them. {@code -Ddrillsim.updateStored=true} rewrites them.
 */
class StoredScorecardsTest {
    static final Path STORED = Path.of("src/test/resources/stored-scorecards");
    static final long SEED = 20261204L;
    static final int REPLICATIONS = 3;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"synthetic-small", "harbin-chlorine-leak", "harbin-forest-fire", "harbin-songhua-flood"})
    void sameSeedGivesTheStoredScorecard(String id) throws Exception {
        // the Harbin scenarios find the extract through DRILLSIM_MAPS (or ../shared/maps), as `drillsim run` does
        ScenarioSite site = SiteLoader.load(ScenarioLibrary.resolve(id, null), null, null, null);
        List<ReplicationOutcome> outcomes = ScenarioRunner.run(
                new ScenarioRunner.Plan(site, SEED, REPLICATIONS, 0, null, null));
        String actual = RunDirectoryWriter.scorecardJson(site, outcomes.size(), RunSummary.of(outcomes));
        Path file = STORED.resolve(id + ".scorecard.json");
        if (Boolean.getBoolean("drillsim.updateStored")) {
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                id + ": the scorecard differs from the stored one (see " + STORED + "/README.md)");
    }
}
