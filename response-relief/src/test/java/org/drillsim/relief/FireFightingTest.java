package org.drillsim.relief;

import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.hazards.fire.FireParams;
import org.drillsim.hazards.fire.FireSpreadModel;
import org.drillsim.hazards.fire.FireWind;
import org.drillsim.hazards.fire.FuelArea;
import org.drillsim.hazards.fire.FuelMoisture;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardZone;
import org.drillsim.routing.LocalProjection;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.HazardTimeline;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.TargetClock;
import org.drillsim.world.World;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A forest fire 1.3 km north of node 2 of the test road (hardwood litter, fuel model 9, 3 m/s westerly): its
 * burned area's hull grows about 250 m per hour. A 20-member team builds about 480 m of line per hour in hardwood
 * litter (24 chains per crew-hour), an 8-member team about 190 m: the first contains the fire, the second cannot
 * keep up (Fried and Fried's containment race).
 */
class FireFightingTest {
    private static final double IGN_LON = 126.52;
    private static final double IGN_LAT = 45.712;

    static FireSpreadModel fire() {
        Polygon fuel = RoadNetwork.geometryFactory().createPolygon(new Coordinate[] {new Coordinate(126.49, 45.705),
                new Coordinate(126.55, 45.705), new Coordinate(126.55, 45.74), new Coordinate(126.49, 45.74),
                new Coordinate(126.49, 45.705)});
        return new FireSpreadModel(new FireParams("forest", IGN_LON, IGN_LAT, 0, List.of(new FuelArea(fuel, 9)),
                new FuelMoisture(6, 7, 8, 60, 90), List.of(new FireWind(0, 3, 270)), 0.4, 0, 0, 40, 2, 500, 60, null));
    }

    static World world(FireSpreadModel model, int headcount, EventLog log) {
        String teams = headcount == 0 ? "" : """
                teams:
                  - {id: ff, type: forest-fire, headcount: %d, capabilities: [forest-firefighting], home: d0}
                """.formatted(headcount);
        String body = """
                facilities:
                  depots:
                %s
                """.formatted(ReliefWorlds.depotYaml("d0", 0, "{medical-kits: 1}")) + teams;
        Scenario sc = ReliefWorlds.scenario(body, 8);
        ScenarioSite site = ScenarioSite.builder(sc, ReliefWorlds.line(5, 10))
                .depot(ReliefWorlds.depot("d0", 0, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 10)
                .hazard(model)
                .timeline(HazardTimeline.empty(sc.horizonMs(), HazardTimeline.DEFAULT_TICK_MS))
                .build();
        return ReliefWorlds.world(site, log);
    }

    /** Hull perimeter of the burned area, m (the line needed around it). */
    static double perimeter(FireSpreadModel m, long t) {
        List<HazardZone> z = m.footprintAt(t).zonesWithLevel(HazardEffects.FIRE_BURNED);
        return z.isEmpty() ? 0 : new LocalProjection(IGN_LON, IGN_LAT).toMetres(z.get(0).polygon()).convexHull().getLength();
    }

    /**
     * Reported at T+10, the team turns out (10 min), drives 20 min (node 0 → node 2) and hikes from there to the
     * burned area (straight distance × 1.3 at 3 km/h), then builds line at the hardwood-litter rate; the line is
     * compared with the perimeter at ticks and when it should have caught up: contained at a check where it is
     * long enough, not before the first minute at which it is nor after the first tick at which it is;
     * the fire is out when the last cells burn out (at most the 60-min burnout later).
     */
    @Test
    void teamContainsTheFireWhenItsLineReachesThePerimeter() {
        FireSpreadModel free = fire();
        LocalProjection p = new LocalProjection(IGN_LON, IGN_LAT);
        Geometry burnedAtCall = p.toMetres(free.footprintAt(SimTime.ofMinutes(10)).zonesWithLevel(HazardEffects.FIRE_BURNED)
                .get(0).polygon());
        double hikeM = burnedAtCall.distance(RoadNetwork.geometryFactory().createPoint(
                new Coordinate(p.x(ReliefWorlds.lon(2)), p.y(ReliefWorlds.LAT))));
        long arrival = SimTime.ofMinutes(10 + 10 + 20) + Math.round(hikeM / 1000 * 1.3 / 3 * 3_600_000);
        double rate = 24 * 20.1168 / 20;
        assertEquals(rate, ReliefRules.lineMetresPerMemberHour(9), 1e-9);
        // the hull grows in steps (40 m cells), so the line may catch up and fall behind again
        long crossing = -1;   // first minute at which the line reaches the perimeter
        for (long t = arrival; t <= SimTime.ofHours(8); t += SimTime.ofMinutes(1)) {
            double line = 20 * rate * (t - arrival) / 3_600_000.0;
            if (line >= perimeter(free, t)) {
                crossing = t;
                break;
            }
        }
        long atTick = -1;     // first 15-minute tick at which it does (ticks always check)
        for (long t = SimTime.ofMinutes(15); t <= SimTime.ofHours(8); t += SimTime.ofMinutes(15)) {
            if (t > arrival && 20 * rate * (t - arrival) / 3_600_000.0 >= perimeter(free, t)) {
                atTick = t;
                break;
            }
        }
        assertTrue(crossing > 0 && atTick < SimTime.ofHours(4), "the race is won within hours: " + atTick);

        EventLog log = EventLog.inMemory();
        World w = world(free, 20, log);
        w.run();
        String contained = log.lines().stream().filter(l -> l.contains("\"type\":\"fire-contained\"")).findFirst().orElseThrow();
        long containedMs = Long.parseLong(contained.replaceAll("^\\{\"t\":(\\d+),.*$", "$1"));
        assertTrue(containedMs > crossing - SimTime.ofMinutes(1) && containedMs <= atTick,
                "contained between the first crossing " + crossing + " and the tick " + atTick + ": " + contained);
        assertTrue(20 * rate * (containedMs - arrival) / 3_600_000.0 >= perimeter(free, containedMs));
        assertTrue(containedMs % SimTime.ofMinutes(15) != 0, "here found by a check between ticks: " + contained);
        FireSpreadModel suppressed = (FireSpreadModel) w.hazard("forest");
        assertEquals(1, suppressed.params().suppression().size(), "the world's fire is the suppressed model");
        TargetClock clock = w.clocks().of(ClockSpan.FIRE).get(0);
        assertFalse(clock.isRunning());
        assertEquals(suppressed.extinguishedAtMs(), clock.stopMs());
        assertTrue(clock.stopMs() > containedMs && clock.stopMs() <= containedMs + SimTime.ofMinutes(60), "out " + clock.stopMs());
        assertEquals(SimTime.ofMinutes(10), clock.causeMs(DelayCause.ALERT, w.horizonMs()));
        assertEquals(arrival - SimTime.ofMinutes(10), clock.causeMs(DelayCause.TRAVEL, w.horizonMs()));
        assertEquals(clock.stopMs() - arrival, clock.causeMs(DelayCause.WORK, w.horizonMs()));
        assertTrue(w.indicators().get("fire.contained-h.forest").value() > 0);
    }

    /** A team of 8 cannot keep up with the perimeter: the fire runs on past the horizon, its clock still running. */
    @Test
    void tooSmallTeamLosesTheRace() {
        World w = world(fire(), 8, EventLog.inMemory());
        w.run();
        assertTrue(w.clocks().of(ClockSpan.FIRE).get(0).isRunning());
        assertEquals(0, ((FireSpreadModel) w.hazard("forest")).params().suppression().size());
        assertEquals(0, w.get(ReliefStats.class).firesContained);
    }

    /** A square of side 0.004° lat × 0.0058° lon (about 445 m) centred on latitude {@code lat}, lon/lat. */
    private static Polygon square(double lat) {
        return RoadNetwork.geometryFactory().createPolygon(new Coordinate[] {new Coordinate(126.517, lat - 0.002),
                new Coordinate(126.5228, lat - 0.002), new Coordinate(126.5228, lat + 0.002),
                new Coordinate(126.517, lat + 0.002), new Coordinate(126.517, lat - 0.002)});
    }

    /** Half of a burned square lies outside the fuel (south of the forest's edge): that half needs no line. */
    @Test
    void lineIsNeededOnlyThroughFuel() {
        FireLine line = new FireLine(fire().params(), new LocalProjection(IGN_LON, IGN_LAT));
        FireLine.Need need = line.need(square(45.705));
        assertEquals(4 * 445, need.hullM(), 30);
        assertEquals(0.5, need.fuelM() / need.hullM(), 0.05, "top side and the upper halves of the flanks");
        assertEquals(ReliefRules.lineMetresPerMemberHour(9), need.metresPerMemberHour(), 1e-9);
        assertEquals(0, line.need(square(45.69)).fuelM(), "wholly outside the forest");
    }

    /** Half hardwood litter (24 chains per crew-hour), half tall grass (3): the crews' rate is the harmonic mean. */
    @Test
    void lineRateFollowsTheFuelMix() {
        Polygon litter = RoadNetwork.geometryFactory().createPolygon(new Coordinate[] {new Coordinate(126.49, 45.705),
                new Coordinate(126.55, 45.705), new Coordinate(126.55, 45.74), new Coordinate(126.49, 45.74),
                new Coordinate(126.49, 45.705)});
        Polygon grass = RoadNetwork.geometryFactory().createPolygon(new Coordinate[] {new Coordinate(126.49, 45.68),
                new Coordinate(126.55, 45.68), new Coordinate(126.55, 45.705), new Coordinate(126.49, 45.705),
                new Coordinate(126.49, 45.68)});
        FireParams p = new FireParams("mix", IGN_LON, IGN_LAT, 0, List.of(new FuelArea(litter, 9), new FuelArea(grass, 3)),
                new FuelMoisture(6, 7, 8, 60, 90), List.of(new FireWind(0, 3, 270)), 0.4, 0, 0, 40, 2, 500, 60, null);
        FireLine.Need need = new FireLine(p, new LocalProjection(IGN_LON, IGN_LAT)).need(square(45.705));
        assertEquals(need.hullM(), need.fuelM(), 1e-6, "fuel all round");
        double r9 = ReliefRules.lineMetresPerMemberHour(9);
        double r3 = ReliefRules.lineMetresPerMemberHour(3);
        assertEquals(3 * 20.1168 / 20, r3, 1e-9);
        assertEquals(1 / (0.5 / r9 + 0.5 / r3), need.metresPerMemberHour(), 0.3);
    }

    /** The plan sends the forest team and two of the three fire stations; a trainee may still send the third. */
    @Test
    void planSendsForestTeamsAndTwoFireStations() {
        String body = """
                facilities:
                  depots:
                %s
                teams:
                  - {id: ff, type: forest-fire, headcount: 20, capabilities: [forest-firefighting], home: d0}
                  - {id: st, type: fire-rescue, count: 3, headcount: 25, capabilities: [forest-firefighting], home: d0}
                """.formatted(ReliefWorlds.depotYaml("d0", 0, "{medical-kits: 1}"));
        Scenario sc = ReliefWorlds.scenario(body, 8);
        ScenarioSite site = ScenarioSite.builder(sc, ReliefWorlds.line(5, 10))
                .depot(ReliefWorlds.depot("d0", 0, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 10)
                .hazard(fire())
                .timeline(HazardTimeline.empty(sc.horizonMs(), HazardTimeline.DEFAULT_TICK_MS))
                .build();
        EventLog log = EventLog.inMemory();
        World w = ReliefWorlds.world(site, log);
        w.start();
        w.sim().runUntil(SimTime.ofMinutes(11));
        List<String> sent = log.lines().stream().filter(l -> l.contains("\"type\":\"fire-dispatch\"")).toList();
        assertEquals(3, sent.size(), String.join("\n", sent));
        assertTrue(sent.stream().anyMatch(l -> l.contains("\"unit\":\"ff\"")));
        List<String> idle = w.units().all().stream().filter(u -> u.id().startsWith("st-") && u.isAvailable())
                .map(u -> u.id()).toList();
        assertEquals(1, idle.size());
        CommandRecord r = w.commands().issue(new Command.Dispatch(new Issuer(Role.COMMANDER, "trainee"), idle.get(0),
                "fire-forest"));
        assertTrue(r.accepted(), String.valueOf(r.reason()));
    }
}
