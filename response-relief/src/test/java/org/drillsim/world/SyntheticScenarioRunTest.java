package org.drillsim.world;

import org.drillsim.world.log.EventLog;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The built-in synthetic scenario end to end: determinism, conservation, a scorecard with every target. */
class SyntheticScenarioRunTest {
    static ScenarioSite site;

    @BeforeAll
    static void load() throws Exception {
        Scenario s = ScenarioLibrary.load("synthetic-small");
        site = SiteLoader.load(s, null, null, null);
    }

    static List<String> run(long seed, int rep) {
        EventLog log = EventLog.inMemory();
        World w = World.create(site, seed, rep, WorldOptions.baseline(log));
        w.run();
        return log.lines();
    }

    @Test
    void sameSeedGivesByteIdenticalEventLog() {
        List<String> a = run(7, 1);
        List<String> b = run(7, 1);
        assertTrue(a.size() > 100, "a real run logs many events, got " + a.size());
        assertEquals(a, b);
        assertNotEquals(a, run(7, 2), "another replication draws other casualties");
    }

    @Test
    void everyPersonIsInExactlyOneStateAtEveryEvent() {
        World w = World.create(site, 3, 1, WorldOptions.baseline(EventLog.discarding()));
        long people = w.population().people();
        assertTrue(people > 0);
        w.sim().addListener((t, p, seq, label) -> assertEquals(people, w.population().sumOfStates(), label));
        w.run();
        assertEquals(people, w.population().sumOfStates());
        for (PersonState s : PersonState.values()) {
            assertTrue(w.population().count(s) >= 0, s.id());
        }
    }

    @Test
    void scorecardNamesEveryScenarioTargetWithItsSource() {
        World w = World.create(site, 5, 1, WorldOptions.baseline(EventLog.discarding()));
        w.run();
        Scorecard sc = Scorecard.evaluate(w);
        assertEquals(site.scenario().targets().size(), sc.targets().size());
        TargetResult med = sc.target("medical-2h");
        assertTrue(med.scored(), "the flood injures people: " + med.note());
        assertTrue(med.value() >= 0 && med.value() <= 1);
        assertEquals("000", med.source().file());
        assertFalse(med.wording().isBlank());
        TargetResult area = sc.target("shelter-area");
        assertTrue(area.scored());
    }

    @Test
    void scorecardCitesTheScenariosOwnPlanAndSaysWhereItFallsBackToTheCatalogue() throws Exception {
        String text = ScenarioLibrary.text("synthetic-small") + """

                plan:
                  title: {zh: 合成城市防汛应急预案, en: Synthetic city flood plan}
                  documentNumber: 合政办发〔2026〕1号
                  clauses:
                    - {target: medical-2h, clause: "5.2.3", wording: 伤员2小时内得到救治}
                """;
        Scenario own = org.drillsim.format.io.ScenarioLoader.parse(text, "own-plan.yaml");
        ScenarioSite ownSite = SiteLoader.load(own, null, null, null);
        World w = World.create(ownSite, 5, 1, WorldOptions.baseline(EventLog.discarding()));
        w.run();
        Scorecard sc = Scorecard.evaluate(w);
        TargetResult med = sc.target("medical-2h");
        assertEquals(TargetResult.SCENARIO_PLAN, med.sourceKind());
        assertEquals("合政办发〔2026〕1号", med.source().file());
        assertEquals("合成城市防汛应急预案", med.source().document());
        assertEquals("5.2.3", med.source().clause());
        assertEquals("伤员2小时内得到救治", med.wording());
        assertEquals("合政办发〔2026〕1号 合成城市防汛应急预案, 5.2.3", med.thresholdSource());
        TargetResult area = sc.target("shelter-area");
        assertEquals(TargetResult.CATALOGUE, area.sourceKind(), "no clause for shelter-area: the catalogue's seed clause");
        assertEquals("000", area.source().file());
        // the plan changes what is cited, not what is scored
        World plain = World.create(site, 5, 1, WorldOptions.baseline(EventLog.discarding()));
        plain.run();
        TargetResult before = Scorecard.evaluate(plain).target("medical-2h");
        assertEquals(TargetResult.CATALOGUE, before.sourceKind());
        assertEquals(before.value(), med.value());
        assertEquals(before.measured(), med.measured());
    }
}
