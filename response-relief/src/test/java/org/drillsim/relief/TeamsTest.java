package org.drillsim.relief;

import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.chemical.DispersionSetting;
import org.drillsim.hazards.chemical.GaussianPlume;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.chemical.PlumeParams;
import org.drillsim.hazards.chemical.PlumeWeather;
import org.drillsim.hazards.chemical.Stability;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.HazardTick;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.PersonState;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.TargetClock;
import org.drillsim.world.TravelTimes;
import org.drillsim.world.World;
import org.drillsim.world.score.Scorecard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Road-repair crews, rescue teams and hazmat teams on the straight road of 10-minute segments. */
class TeamsTest {

    static int edge(RoadNetwork net, int from, int to) {
        for (int e = net.outStart(from); e < net.outEnd(from); e++) {
            if (net.edgeTo(e) == to) {
                return e;
            }
        }
        throw new AssertionError("no edge " + from + " -> " + to);
    }

    /** Segment 2–3 closed by the hazard for the first hour, then open. */
    static HazardTimeline segmentFloodedFirstHour(RoadNetwork net, long horizonMs) {
        long tick = HazardTimeline.DEFAULT_TICK_MS;
        int[] edges = {edge(net, 2, 3), edge(net, 3, 2)};
        java.util.Arrays.sort(edges);
        float[] closed = {0f, 0f};
        boolean[] pub = {true, true};
        List<HazardTick> ticks = new ArrayList<>();
        int k = 0;
        for (long t = 0; t <= horizonMs; t += tick, k++) {
            ticks.add(t < SimTime.ofMinutes(60) ? new HazardTick(k, t, edges, closed, pub, List.of())
                    : new HazardTick(k, t, new int[0], new float[0], new boolean[0], List.of()));
        }
        return HazardTimeline.of(tick, ticks);
    }

    /**
     * The flood closes segment 2–3 at T+0 and recedes at T+60; the road stays blocked. The crew at node 0 is sent
     * at T+60, reaches node 2 at T+80, repairs 4 h: reopened at T+320 (road clock 5 h 20 min).
     */
    @Test
    void crewReopensTheRoadAfterTheWaterRecedes() {
        String body = """
                facilities:
                  depots:
                %s
                teams:
                  - {id: crew, type: road-repair, headcount: 10, capabilities: [road-repair], home: d0}
                targets:
                  - {id: road-24h}
                """.formatted(ReliefWorlds.depotYaml("d0", 0, "{medical-kits: 1}"));
        Scenario sc = ReliefWorlds.scenario(body, 8);
        RoadNetwork net = ReliefWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .depot(ReliefWorlds.depot("d0", 0, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(1), ReliefWorlds.LAT, 10)
                .timeline(segmentFloodedFirstHour(net, sc.horizonMs()))
                .build();
        EventLog log = EventLog.inMemory();
        World w = ReliefWorlds.world(site, log);
        w.start();
        w.sim().runUntil(SimTime.ofMinutes(120));
        assertEquals(TravelTimes.UNREACHABLE, w.travel().time(0, 4), "water gone, debris still blocks the road");
        w.sim().runUntil(w.horizonMs());
        w.finish();
        assertEquals(SimTime.ofMinutes(40), w.travel().time(0, 4), "reopened");
        List<TargetClock> road = w.clocks().of(ClockSpan.ROAD);
        assertEquals(1, road.size(), "both directions of one road in one square: one blockage");
        TargetClock c = road.get(0);
        assertEquals(0, c.startMs());
        assertEquals(SimTime.ofMinutes(320), c.stopMs());
        assertEquals(SimTime.ofMinutes(60), c.causeMs(DelayCause.HAZARD, w.horizonMs()), "under water");
        assertEquals(SimTime.ofMinutes(20), c.causeMs(DelayCause.TRAVEL, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(240), c.causeMs(DelayCause.WORK, w.horizonMs()));
        assertEquals(1.0, Scorecard.evaluate(w).target("road-24h").value(), 1e-12);
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"command\":\"dispatch\"") && l.contains("\"role\":\"plan\"")));
    }

    /**
     * 100 people displaced by a flood at node 0: 2 trapped. The water-rescue team (10 members) at node 4 is sent at
     * T+10 (alert), arrives at T+50, works 15 min + 2 people / 10 per hour = 27 min: freed at T+77; they then walk
     * to the open shelter at node 1.
     */
    @Test
    void rescueTeamFreesTrappedPeopleWhoThenGoToTheShelter() {
        String body = """
                facilities:
                  shelters:
                    items:
                %s
                  depots:
                %s
                teams:
                  - {id: boats, type: water-rescue, headcount: 10, capabilities: [water-rescue], home: d4}
                """.formatted(ReliefWorlds.shelterYaml("s1", 1, 500), ReliefWorlds.depotYaml("d4", 4, "{medical-kits: 1}"));
        Scenario sc = ReliefWorlds.scenario(body, 6);
        RoadNetwork net = ReliefWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .shelter(ReliefWorlds.shelter("s1", 1, 500, ShelterKind.SCHOOL))
                .depot(ReliefWorlds.depot("d4", 4, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 100)
                .timeline(ReliefWorlds.displaceAtStart(sc.horizonMs(), HazardKind.FLOOD, 0))
                .build();
        World w = ReliefWorlds.world(site, EventLog.inMemory());
        w.run();
        assertEquals(2, w.get(ReliefStats.class).trapped);
        assertEquals(2, w.get(ReliefStats.class).rescued);
        assertEquals(100, w.population().count(PersonState.SHELTERED));
        TargetClock trapped = w.clocks().of(ClockSpan.SHELTERED).stream().filter(c -> c.weight() == 2).findFirst().orElseThrow();
        double km = ReliefRules.km(ReliefWorlds.lon(0), ReliefWorlds.LAT, ReliefWorlds.lon(1), ReliefWorlds.LAT);
        long walk = ReliefRules.hoursAt(km * ReliefRules.WALK_DETOUR, ReliefRules.WALK_KMH);
        assertEquals(SimTime.ofMinutes(77) + walk, trapped.stopMs());
        assertEquals(SimTime.ofMinutes(10), trapped.causeMs(DelayCause.ALERT, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(40) + walk, trapped.causeMs(DelayCause.TRAVEL, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(27), trapped.causeMs(DelayCause.WORK, w.horizonMs()));
    }

    /**
     * Segments 0–1, 1–2 and 2–3 under water all the time: the 100 people of the cell at node 0 are 2.3 km from the
     * nearest open road (node 3), beyond wading distance. Ordered out at T+10 they are cut off and become trapped;
     * the rescue team (10 members) at node 4 is called at T+20, reaches the landing point node 3 at T+30 and works
     * 15 min + 100 people / 10 per hour = 615 min (T+645); from node 3 they walk to the shelter at node 4, which the
     * plan opens then: admitted at T+705.
     */
    @Test
    void peopleCutOffBeyondWadingDistanceAreFetchedByBoat() {
        String body = """
                facilities:
                  shelters:
                    items:
                %s
                  depots:
                %s
                teams:
                  - {id: boats, type: water-rescue, headcount: 10, capabilities: [water-rescue], home: d4}
                """.formatted(ReliefWorlds.shelterYaml("s4", 4, 500), ReliefWorlds.depotYaml("d4", 4, "{medical-kits: 1}"));
        Scenario sc = ReliefWorlds.scenario(body, 14);
        RoadNetwork net = ReliefWorlds.line(5, 10);
        int[] edges = {edge(net, 0, 1), edge(net, 1, 0), edge(net, 1, 2), edge(net, 2, 1), edge(net, 2, 3), edge(net, 3, 2)};
        java.util.Arrays.sort(edges);
        float[] closed = new float[edges.length];
        List<org.drillsim.world.CellEffect> people = List.of(new org.drillsim.world.CellEffect(0,
                "test-hazard", HazardKind.FIRE, new org.drillsim.hazards.PeopleEffect(true,
                org.drillsim.hazards.ProtectiveAction.EVACUATE, 0, 0, "test")));
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .shelter(ReliefWorlds.shelter("s4", 4, 500, ShelterKind.SCHOOL))
                .depot(ReliefWorlds.depot("d4", 4, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 100)
                .timeline(ReliefWorlds.constant(sc.horizonMs(), edges, closed, people))
                .build();
        EventLog log = EventLog.inMemory();
        World w = ReliefWorlds.world(site, log);
        w.run();
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"type\":\"cut-off\"") && l.contains("\"t\":600000,")));
        assertEquals(100, w.get(ReliefStats.class).rescued);
        assertEquals(100, w.population().count(PersonState.SHELTERED));
        TargetClock c = w.clocks().of(ClockSpan.SHELTERED).get(0);
        assertEquals(SimTime.ofMinutes(705), c.stopMs());
        assertEquals(SimTime.ofMinutes(615), c.causeMs(DelayCause.WORK, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(10), c.causeMs(DelayCause.CUT_OFF, w.horizonMs()), "T+10 to the call at T+20");
    }

    /**
     * A chlorine leak with no scripted end: reported at T+10, the hazmat team turns out (2 min), drives 40 min, sizes
     * up (20), suits up (15) and seals the leak (45): stopped at T+132.
     */
    @Test
    void hazmatTeamStopsTheLeak() {
        String body = """
                facilities:
                  depots:
                %s
                teams:
                  - {id: hz, type: hazmat, headcount: 8, capabilities: [hazmat], home: d4}
                """.formatted(ReliefWorlds.depotYaml("d4", 4, "{medical-kits: 1}"));
        Scenario sc = ReliefWorlds.scenario(body, 4);
        RoadNetwork net = ReliefWorlds.line(5, 10);
        GaussianPlume leak = new GaussianPlume(new PlumeParams("leak", ReliefWorlds.lon(0), ReliefWorlds.LAT, "chlorine", 500,
                0, 0, null, DispersionSetting.URBAN, List.of(new PlumeWeather(0, 3, 270, Stability.D)), 5000));
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .depot(ReliefWorlds.depot("d4", 4, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(2), ReliefWorlds.LAT, 10)
                .hazard(leak)
                .timeline(HazardTimeline.empty(sc.horizonMs(), HazardTimeline.DEFAULT_TICK_MS))
                .build();
        EventLog log = EventLog.inMemory();
        World w = ReliefWorlds.world(site, log);
        w.run();
        String stopped = log.lines().stream().filter(l -> l.contains("\"type\":\"leak-stopped\"")).findFirst().orElseThrow();
        assertTrue(stopped.contains("\"t\":" + SimTime.ofMinutes(132) + ","), stopped);
        assertEquals(132 / 60.0, w.indicators().get("hazmat.stopped-h.leak").value(), 1e-9);
        String replaced = log.lines().stream().filter(l -> l.contains("\"type\":\"hazard-replaced\"")).findFirst().orElseThrow();
        assertTrue(replaced.contains("\"t\":" + SimTime.ofMinutes(132) + ",") && replaced.contains("\"hazard\":\"leak\"")
                && replaced.contains("\"reason\":\"leak-stopped\""), replaced);
        assertFalse(replaced.contains("key") || replaced.contains("PlumeWeather"), "no internal cache key: " + replaced);
        assertEquals(SimTime.ofMinutes(132), (long) ((GaussianPlume) w.hazard("leak")).params().releaseStopMs());
    }
}
