package org.drillsim.world;

import org.drillsim.world.log.EventLog;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.format.model.Scenario;
import org.drillsim.medical.MedicalModule;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scripted injects change the world at their time. */
class InjectsTest {

    /** The near hospital loses power at T+0: the patient goes to the far one. */
    @Test
    void hospitalPowerLossSendsPatientsElsewhere() {
        String body = """
                facilities:
                  hospitals:
                    items:
                      - {id: near, name: {zh: 近}, location: {lat: 45.70, lon: 126.51}, beds: 5, capabilities: [trauma]}
                      - {id: far, name: {zh: 远}, location: {lat: 45.70, lon: 126.55}, beds: 5, capabilities: [trauma]}
                fleets:
                  - {id: amb, type: ambulance, base: near, count: 1}
                injects:
                  - id: blackout
                    atMinutes: 0
                    message: {zh: 停电, en: blackout}
                    effects:
                      - {type: hospital-power-loss, hospital: near, remainingBeds: 0}
                policy: {alertDelayMinutes: 0}
                """;
        Scenario sc = TestWorlds.scenario(body, 4);
        RoadNetwork net = TestWorlds.line(7, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(MedicalChainTest.hospital("near", 1, 5)).hospital(MedicalChainTest.hospital("far", 5, 5))
                .cell(TestWorlds.lon(2), TestWorlds.LAT, 1)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        EventLog log = EventLog.inMemory();
        World w = World.create(site, 1, 1, WorldOptions.baseline(log).withModules(List.of(() -> new MedicalModule(0, 1))));
        w.run();
        assertEquals(1, w.injects().fired().size());
        String transport = log.lines().stream().filter(l -> l.contains("\"type\":\"transport\"")).findFirst().orElseThrow();
        assertTrue(transport.contains("\"hospital\":\"far\""), transport);
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"type\":\"inject\"") && l.contains("blackout")));
    }

    /** A road closed by an inject cuts the line: the casualty beyond it is carried to the open side. */
    @Test
    void closedRoadCutsTheWay() {
        String body = """
                facilities:
                  hospitals:
                    items:
                      - {id: h, name: {zh: 医院}, location: {lat: 45.70, lon: 126.50}, beds: 5, capabilities: [trauma]}
                fleets:
                  - {id: amb, type: ambulance, base: h, count: 1}
                injects:
                  - id: cut
                    atMinutes: 0
                    message: {zh: 断路}
                    effects:
                      - {type: close-road, near: {lat: 45.70, lon: 126.525}, radiusM: 100}
                policy: {alertDelayMinutes: 0}
                """;
        Scenario sc = TestWorlds.scenario(body, 4);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(MedicalChainTest.hospital("h", 0, 5))
                .cell(TestWorlds.lon(4), TestWorlds.LAT, 1)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        EventLog log = EventLog.inMemory();
        World w = World.create(site, 1, 1, WorldOptions.baseline(log).withModules(List.of(() -> new MedicalModule(0, 1))));
        w.start();
        w.sim().runUntil(60_000);
        assertEquals(2, w.roads().closedCount(), "both directions of the segment between nodes 2 and 3");
        assertTrue(!w.travel().reachable(0, 4));
        w.sim().runUntil(w.horizonMs());
        w.finish();
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"type\":\"ferry\"")), "casualty carried to the open side");
        assertEquals(1, w.get(org.drillsim.medical.MedicalStats.class).firstTreated);
    }
}
