package org.drillsim.world;

import org.drillsim.world.log.EventLog;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.format.model.Scenario;
import org.drillsim.medical.MedicalModule;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.Scorecard;
import org.drillsim.world.score.TargetResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scorecard of the one-ambulance world, worked out by hand. */
class ScorecardTest {

    private static final String BODY = """
            facilities:
              hospitals:
                items:
                  - {id: h, name: {zh: 医院}, location: {lat: 45.70, lon: 126.50}, beds: 10, capabilities: [trauma]}
            fleets:
              - {id: amb, type: ambulance, base: h, count: 1}
            policy: {onSceneMinutes: 15, hospitalHandoverMinutes: 15, alertDelayMinutes: 10}
            targets:
              - {id: medical-2h}
            """;

    private static World play(String body, double hours) {
        Scenario sc = TestWorlds.scenario(body, hours);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(MedicalChainTest.hospital("h", 0, 10))
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 3)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        World w = World.create(site, 1, 1, WorldOptions.baseline(EventLog.discarding())
                .withModules(List.of(() -> new MedicalModule(0, 1))));
        w.run();
        return w;
    }

    /**
     * Treated at 40, 130 and 220 min: one of three within 2 h. Late time of the two late patients (350 min):
     * alert 2 × 10, waiting for the ambulance 90 + 180, travel 2 × 30.
     */
    @Test
    void shareWithinTwoHoursAndCausesAreTheHandComputedOnes() {
        World w = play(BODY, 6);
        TargetResult t = Scorecard.evaluate(w).target("medical-2h");
        assertTrue(t.scored());
        assertEquals(1.0 / 3, t.value(), 1e-12);
        assertEquals(3, t.measured());
        assertEquals(2, t.late());
        assertFalse(t.pass(), "1/3 is below the 95 % default");
        assertEquals(0.95, t.requiredShare(), 0);
        assertEquals((40 + 130 + 220) / 3.0 / 60, t.meanHours(), 1e-9);
        assertEquals(350 / 60.0, t.lateHours(), 1e-9);
        List<CauseShare> c = t.causes();
        assertEquals(DelayCause.WAITING_FOR_UNIT, c.get(0).cause());
        assertEquals(270 / 350.0, c.get(0).share(), 1e-9);
        assertEquals(DelayCause.TRAVEL, c.get(1).cause());
        assertEquals(60 / 350.0, c.get(1).share(), 1e-9);
        assertEquals(DelayCause.ALERT, c.get(2).cause());
        assertEquals(20 / 350.0, c.get(2).share(), 1e-9);
    }

    /** Mid-run: at 150 min one patient is served, one late (treated at 130), one still waiting past 2 h. */
    @Test
    void midRunCountsRunningClocksPastTheThresholdAsLate() {
        Scenario sc = TestWorlds.scenario(BODY, 6);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(MedicalChainTest.hospital("h", 0, 10))
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 3)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        World w = World.create(site, 1, 1, WorldOptions.baseline(EventLog.discarding())
                .withModules(List.of(() -> new MedicalModule(0, 1))));
        w.start();
        w.sim().runUntil(60 * 60_000L);
        TargetResult early = Scorecard.evaluate(w, w.now()).target("medical-2h");
        assertEquals(1, early.measured(), "at 1 h: one served, two still within their 2 h");
        assertEquals(2, early.pending());
        assertEquals(1.0, early.value(), 0);
        w.sim().runUntil(150 * 60_000L);
        TargetResult later = Scorecard.evaluate(w, w.now()).target("medical-2h");
        assertEquals(3, later.measured());
        assertEquals(2, later.late());
        assertEquals(0, later.pending());
    }

    @Test
    void capacityTargetsComeFromTheSite() {
        String body = BODY + "  - {id: aviation-80km}\n";
        World w = play(body, 1);
        TargetResult a = Scorecard.evaluate(w).target("aviation-80km");
        assertTrue(a.scored());
        assertEquals(Double.POSITIVE_INFINITY, a.value(), "no helicopter base at all");
        assertFalse(a.pass());
        assertNull(a.span());
    }

    /**
     * Stock-days and team sizes from the scenario's own inputs: 4,500 t of grain and oil ÷ 300 t/day = 15 days (pass);
     * 2,900 medical sets ÷ 100/day = 29 days (fail, < 30); sub-district teams of 320 and 280: the smallest, 280,
     * decides (fail, < 300). No model's data needed: {@link Scorecard#feeds} lists all three.
     */
    @Test
    void stockDaysAndSubdistrictTeamsAreScoredFromTheScenario() {
        String body = BODY + """
                teams:
                  - {id: jd-a, type: comprehensive, headcount: 320, capabilities: [evacuation], home: h, level: subdistrict}
                  - {id: jd-b, type: comprehensive, headcount: 280, capabilities: [evacuation], home: h, level: subdistrict}
                reserves: {grainOilTonnes: 4500, grainOilDailySupplyTonnes: 300, medicalStockUnits: 2900,
                           medicalDailyUseMaxUnits: 100, source: test}
                """;
        body = body.replace("  - {id: medical-2h}\n", "  - {id: grain-15d}\n  - {id: medical-stock-30d}\n  - {id: subdistrict-team-300}\n");
        World w = play(body, 1);
        Scorecard card = Scorecard.evaluate(w);
        assertEquals(15.0, card.target("grain-15d").value(), 1e-12);
        assertTrue(card.target("grain-15d").pass());
        assertEquals(29.0, card.target("medical-stock-30d").value(), 1e-12);
        assertFalse(card.target("medical-stock-30d").pass());
        assertEquals(280.0, card.target("subdistrict-team-300").value(), 0);
        assertFalse(card.target("subdistrict-team-300").pass());
        assertTrue(Scorecard.feeds(w.scenario()).containsAll(List.of("grain-15d", "medical-stock-30d", "subdistrict-team-300")));
        assertFalse(Scorecard.feeds(TestWorlds.scenario(BODY, 1)).contains("grain-15d"), "no reserves: not fed");
    }
}
