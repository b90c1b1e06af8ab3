package org.drillsim.relief;

import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.hazards.HazardKind;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.PersonState;
import org.drillsim.world.PlanArea;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.TargetClock;
import org.drillsim.world.World;
import org.drillsim.world.score.Scorecard;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Displaced people, shelters and relief trucks on a straight road of 10-minute segments (node i at 0.01° steps of
 * longitude, about 778 m), with the policy defaults: alert 10 min, shelter opening 60 min, supply request 30 min
 * after the first arrivals, 3 L water and 1 food ration per person and day; trucks load and unload 30 min each.
 */
class ShelterAndSuppliesTest {

    private static final String ONE_SHELTER_ONE_TRUCK = """
            facilities:
              shelters:
                items:
            %s
              depots:
            %s
            fleets:
              - {id: tr, type: truck, base: d4, count: 1, loadTonnes: 5}
            targets:
              - {id: living-12h}
              - {id: supplies-10h}
            """;

    private static Scenario oneShelter(String depotStock, double hours) {
        return ReliefWorlds.scenario(ONE_SHELTER_ONE_TRUCK.formatted(ReliefWorlds.shelterYaml("s2", 2, 500),
                ReliefWorlds.depotYaml("d4", 4, depotStock)), hours);
    }

    private static ScenarioSite oneShelterSite(Scenario sc, Map<ReliefItem, Long> stock) {
        RoadNetwork net = ReliefWorlds.line(5, 10);
        return ScenarioSite.builder(sc, net)
                .shelter(ReliefWorlds.shelter("s2", 2, 500, ShelterKind.SCHOOL))
                .depot(ReliefWorlds.depot("d4", 4, stock))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 100)
                .timeline(ReliefWorlds.displaceAtStart(sc.horizonMs(), HazardKind.FIRE, 0))
                .build();
    }

    /** Walk time from node 0 to node 2: 2 × 0.01° of longitude at 45.7° N (1.554 km) × detour 1.3 at 4 km/h ≈ 30.3 min. */
    private static long walkNode0To2() {
        double km = ReliefRules.km(ReliefWorlds.lon(0), ReliefWorlds.LAT, ReliefWorlds.lon(2), ReliefWorlds.LAT);
        return ReliefRules.hoursAt(km * ReliefRules.WALK_DETOUR, ReliefRules.WALK_KMH);
    }

    /**
     * 100 people displaced at T+0; the plan orders the evacuation at T+10 and opens the shelter (ready at T+70);
     * they walk (30 min) and wait at its door; admitted at T+70; request at T+100; the truck loads at the depot
     * (T+100–130), drives 20 min, unloads (T+150–180): living and supplies clocks stop at T+180.
     */
    @Test
    void walkersWaitForTheShelterToOpenThenGetSuppliesByTruck() {
        Scenario sc = oneShelter("{water-litres: 10000, food-rations: 5000}", 8);
        ScenarioSite site = oneShelterSite(sc, Map.of(ReliefItem.WATER_LITRES, 10_000L, ReliefItem.FOOD_RATIONS, 5_000L));
        EventLog log = EventLog.inMemory();
        World w = ReliefWorlds.world(site, log);
        w.run();

        long walk = walkNode0To2();
        assertTrue(walk > SimTime.ofMinutes(30) && walk < SimTime.ofMinutes(31), "walk " + walk);
        assertEquals(100, w.population().count(PersonState.SHELTERED));
        List<TargetClock> sheltered = w.clocks().of(ClockSpan.SHELTERED);
        assertEquals(1, sheltered.size());
        assertEquals(SimTime.ofMinutes(70), sheltered.get(0).stopMs(), "admitted when the shelter opens");
        assertEquals(SimTime.ofMinutes(10), sheltered.get(0).causeMs(DelayCause.ALERT, w.horizonMs()));
        assertEquals(walk, sheltered.get(0).causeMs(DelayCause.TRAVEL, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(60) - walk, sheltered.get(0).causeMs(DelayCause.SHELTER_OPENING, w.horizonMs()));

        List<TargetClock> living = w.clocks().of(ClockSpan.LIVING);
        assertEquals(1, living.size());
        assertEquals(SimTime.ofMinutes(180), living.get(0).stopMs());
        List<TargetClock> supplies = w.clocks().of(ClockSpan.SUPPLIES);
        assertEquals(2, supplies.size(), "one water line and one food line");
        for (TargetClock c : supplies) {
            assertEquals(100, c.weight());
            assertEquals(SimTime.ofMinutes(100), c.startMs());
            assertEquals(SimTime.ofMinutes(180), c.stopMs());
            assertEquals(SimTime.ofMinutes(60), c.causeMs(DelayCause.HANDLING, w.horizonMs()), "loading + unloading");
            assertEquals(SimTime.ofMinutes(20), c.causeMs(DelayCause.TRAVEL, w.horizonMs()));
        }
        Depots depots = w.get(Depots.class);
        assertEquals(10_000 - 300, depots.level(ReliefItem.WATER_LITRES));
        assertEquals(5_000 - 100, depots.level(ReliefItem.FOOD_RATIONS));
        ShelterState s = w.get(Shelters.class).get("s2");
        assertEquals(300, s.item(ReliefItem.WATER_LITRES).delivered());
        assertEquals(100, s.served());

        Scorecard card = Scorecard.evaluate(w);
        assertEquals(1.0, card.target("living-12h").value(), 1e-12);
        assertEquals(1.0, card.target("supplies-10h").value(), 1e-12);
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"command\":\"open-shelter\"") && l.contains("\"role\":\"plan\"")));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"command\":\"evacuate-zone\"")));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"command\":\"allocate-supplies\"")));
    }

    /** Room for 60 at the nearer shelter: 60 go there, the other 40 to the next one. */
    @Test
    void overflowGoesToTheNextShelter() {
        String body = """
                facilities:
                  shelters:
                    items:
                %s%s
                """.formatted(ReliefWorlds.shelterYaml("s1", 1, 60), ReliefWorlds.shelterYaml("s3", 3, 100));
        Scenario sc = ReliefWorlds.scenario(body, 4);
        RoadNetwork net = ReliefWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .shelter(ReliefWorlds.shelter("s1", 1, 60, ShelterKind.SCHOOL))
                .shelter(ReliefWorlds.shelter("s3", 3, 100, ShelterKind.SCHOOL))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 100)
                .timeline(ReliefWorlds.displaceAtStart(sc.horizonMs(), HazardKind.FIRE, 0))
                .build();
        World w = ReliefWorlds.world(site, EventLog.inMemory());
        w.run();
        Shelters sh = w.get(Shelters.class);
        assertEquals(60, sh.get("s1").occupants());
        assertEquals(40, sh.get("s3").occupants());
        assertEquals(100, w.population().count(PersonState.SHELTERED));
        // both opened at T+10, ready at T+70; the walk to s3 (2.3 km × 1.3 = 3.03 km > 3 km, but no bus) ends at
        // T+10 + 45.4 min, so everyone waits at a door and is admitted at T+70
        for (TargetClock c : w.clocks().of(ClockSpan.SHELTERED)) {
            assertEquals(SimTime.ofMinutes(70), c.stopMs());
        }
        TargetClock farther = w.clocks().of(ClockSpan.SHELTERED).stream().filter(c -> c.weight() == 40).findFirst().orElseThrow();
        double km = ReliefRules.km(ReliefWorlds.lon(0), ReliefWorlds.LAT, ReliefWorlds.lon(3), ReliefWorlds.LAT);
        assertEquals(ReliefRules.hoursAt(km * ReliefRules.WALK_DETOUR, ReliefRules.WALK_KMH),
                farther.causeMs(DelayCause.TRAVEL, w.horizonMs()));
    }

    private static ScenarioSite farShelterWithOneBus(long people, double hours) {
        String body = """
                facilities:
                  shelters:
                    items:
                %s
                  depots:
                %s
                fleets:
                  - {id: bus, type: bus, base: d4, count: 1, capacityPeople: 45}
                """.formatted(ReliefWorlds.shelterYaml("s4", 4, 500), ReliefWorlds.depotYaml("d4", 4, "{medical-kits: 1}"));
        Scenario sc = ReliefWorlds.scenario(body, hours);
        return ScenarioSite.builder(sc, ReliefWorlds.line(5, 10))
                .shelter(ReliefWorlds.shelter("s4", 4, 500, ShelterKind.SCHOOL))
                .depot(ReliefWorlds.depot("d4", 4, Map.of(ReliefItem.MEDICAL_KITS, 1L)))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, people)
                .timeline(ReliefWorlds.displaceAtStart(sc.horizonMs(), HazardKind.FIRE, 0))
                .build();
    }

    /**
     * A shelter 4 segments away (3.1 km straight, 4.0 km walked) and one 45-seat bus at node 4 for 40 people: ordered
     * at T+10, the bus drives 40 min to node 0, boarding 10, ride 40, alighting 5 → admitted at T+105.
     */
    @Test
    void busCarriesPeopleBeyondWalkingDistance() {
        World w = ReliefWorlds.world(farShelterWithOneBus(40, 6), EventLog.inMemory());
        w.run();
        List<TargetClock> clocks = w.clocks().of(ClockSpan.SHELTERED);
        assertEquals(1, clocks.size());
        TargetClock c = clocks.get(0);
        assertEquals(SimTime.ofMinutes(105), c.stopMs());
        assertEquals(SimTime.ofMinutes(10), c.causeMs(DelayCause.ALERT, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(40), c.causeMs(DelayCause.WAITING_FOR_VEHICLE, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(15), c.causeMs(DelayCause.HANDLING, w.horizonMs()), "boarding and alighting");
        assertEquals(SimTime.ofMinutes(40), c.causeMs(DelayCause.TRAVEL, w.horizonMs()));
        assertEquals(40, w.get(ReliefStats.class).bused);
    }

    /** 100 people and 45 seats: the bus cannot take them in one round, so they walk the 4.0 km (60.6 min). */
    @Test
    void peopleWalkWhenTheBusesCannotTakeThemInOneRound() {
        World w = ReliefWorlds.world(farShelterWithOneBus(100, 6), EventLog.inMemory());
        w.run();
        double km = ReliefRules.km(ReliefWorlds.lon(0), ReliefWorlds.LAT, ReliefWorlds.lon(4), ReliefWorlds.LAT);
        long walk = ReliefRules.hoursAt(km * ReliefRules.WALK_DETOUR, ReliefRules.WALK_KMH);
        assertTrue(walk > SimTime.ofMinutes(60), "the walk ends after the shelter opens at T+70");
        TargetClock c = w.clocks().of(ClockSpan.SHELTERED).get(0);
        assertEquals(100, c.weight());
        assertEquals(SimTime.ofMinutes(10) + walk, c.stopMs());
        assertEquals(100, w.get(ReliefStats.class).walked);
        assertEquals(0, w.get(ReliefStats.class).bused);
    }

    /**
     * The depot holds only 150 L of water for 100 people (300 L): the plan sends the 150 L and calls the 500 L
     * agreement reserve (lead 2 h, arriving at T+220). The first 50 people are served at T+180; the truck (free at
     * the shelter) fetches the rest: 20 min to the depot, load, 20 min back, unload → T+320.
     */
    @Test
    void stockOutWaitsForTheAgreementReserve() {
        String body = ONE_SHELTER_ONE_TRUCK.formatted(ReliefWorlds.shelterYaml("s2", 2, 500),
                ReliefWorlds.depotYaml("d4", 4, "{water-litres: 150, food-rations: 5000}")) + """
                agreementReserves:
                  - {id: ar-water, supplier: {zh: 水厂}, item: water-litres, quantity: 500, leadTimeHours: 2, deliverTo: d4}
                """;
        Scenario sc = ReliefWorlds.scenario(body, 8);
        ScenarioSite site = oneShelterSite(sc, Map.of(ReliefItem.WATER_LITRES, 150L, ReliefItem.FOOD_RATIONS, 5_000L));
        EventLog log = EventLog.inMemory();
        World w = ReliefWorlds.world(site, log);
        ReliefModule relief = (ReliefModule) w.modules().get(0);
        Depots depots = w.get(Depots.class);
        long[] checks = {0};
        w.sim().addListener((time, priority, seq, label) -> {
            for (ReliefItem item : ReliefItem.values()) {
                long inWorld = depots.level(item) + relief.onTrucks(item) + relief.delivered(item);
                assertEquals(depots.initialStock(item) + depots.arrivedFromReserves(item), inWorld,
                        item + " conserved at " + label);
            }
            checks[0]++;
        });
        w.run();
        assertTrue(checks[0] > 20);
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"command\":\"call-reserve\"") && l.contains("\"role\":\"plan\"")));
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"type\":\"reserve-called\"")));
        assertEquals(500, depots.arrivedFromReserves(ReliefItem.WATER_LITRES));
        assertEquals(500 + 150 - 300, depots.level(ReliefItem.WATER_LITRES));

        List<long[]> served = new ArrayList<>();
        for (TargetClock c : w.clocks().of(ClockSpan.LIVING)) {
            served.add(new long[] {c.stopMs(), c.weight()});
        }
        served.sort((a, b) -> Long.compare(a[0], b[0]));
        assertEquals(List.of(SimTime.ofMinutes(180), SimTime.ofMinutes(320)), served.stream().map(a -> a[0]).toList());
        assertEquals(List.of(50L, 50L), served.stream().map(a -> a[1]).toList());

        TargetClock lateWater = w.clocks().of(ClockSpan.SUPPLIES).stream()
                .filter(c -> c.stopMs() == SimTime.ofMinutes(320)).findFirst().orElseThrow();
        assertEquals(50, lateWater.weight());
        assertEquals(SimTime.ofMinutes(120), lateWater.causeMs(DelayCause.STOCK_OUT, w.horizonMs()), "T+100 to T+220");
        assertEquals(SimTime.ofMinutes(20), lateWater.causeMs(DelayCause.WAITING_FOR_VEHICLE, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(60), lateWater.causeMs(DelayCause.HANDLING, w.horizonMs()));
        assertEquals(SimTime.ofMinutes(20), lateWater.causeMs(DelayCause.TRAVEL, w.horizonMs()));
    }

    /** Trainees run supplies: requests wait (decision pending) until they allocate; bad allocations are refused. */
    @Test
    void traineeAllocationsAreValidatedAndDelivered() {
        Scenario sc = oneShelter("{water-litres: 1000, food-rations: 1000}", 8);
        ScenarioSite site = oneShelterSite(sc, Map.of(ReliefItem.WATER_LITRES, 1_000L, ReliefItem.FOOD_RATIONS, 1_000L));
        World w = ReliefWorlds.world(site, EventLog.inMemory(), EnumSet.complementOf(EnumSet.of(PlanArea.SUPPLIES)));
        w.start();
        w.sim().runUntil(SimTime.ofMinutes(120));
        assertEquals(2, w.clocks().of(ClockSpan.SUPPLIES).size());
        assertTrue(w.clocks().of(ClockSpan.SUPPLIES).stream().allMatch(TargetClock::isRunning));
        Issuer trainee = new Issuer(Role.LOGISTICS, "trainee-1");
        CommandRecord tooMuch = w.commands().issue(new Command.AllocateSupplies(trainee, "d4", "s2", ReliefItem.WATER_LITRES, 5_000));
        assertFalse(tooMuch.accepted());
        assertTrue(tooMuch.reason().contains("1000"), tooMuch.reason());
        assertFalse(w.commands().issue(new Command.AllocateSupplies(trainee, "nowhere", "s2", ReliefItem.WATER_LITRES, 10)).accepted());
        assertFalse(w.commands().issue(new Command.AllocateSupplies(trainee, "d4", "s9", ReliefItem.WATER_LITRES, 10)).accepted());
        assertTrue(w.commands().issue(new Command.AllocateSupplies(trainee, "d4", "s2", ReliefItem.WATER_LITRES, 300)).accepted());
        assertTrue(w.commands().issue(new Command.AllocateSupplies(trainee, "d4", "s2", ReliefItem.FOOD_RATIONS, 100)).accepted());
        w.sim().runUntil(w.horizonMs());
        w.finish();
        // allocated at T+120: load to T+150, drive to T+170, unload to T+200
        TargetClock water = w.clocks().of(ClockSpan.SUPPLIES).get(0);
        assertEquals(SimTime.ofMinutes(200), water.stopMs());
        assertEquals(SimTime.ofMinutes(20), water.causeMs(DelayCause.ALERT, w.horizonMs()), "decision pending T+100 to T+120");
        assertEquals(100, w.get(Shelters.class).get("s2").served());
    }

    /** Every person is in exactly one state at every event, with buses, walkers, overflow and trucks. */
    @Test
    void everyPersonInExactlyOneStateAtEveryEvent() {
        String body = """
                facilities:
                  shelters:
                    items:
                %s%s
                  depots:
                %s
                fleets:
                  - {id: bus, type: bus, base: d4, count: 2, capacityPeople: 30}
                  - {id: tr, type: truck, base: d4, count: 2, loadTonnes: 1}
                """.formatted(ReliefWorlds.shelterYaml("s1", 1, 120), ReliefWorlds.shelterYaml("s4", 4, 400),
                ReliefWorlds.depotYaml("d4", 4, "{water-litres: 2000, food-rations: 300}"));
        Scenario sc = ReliefWorlds.scenario(body, 30);
        RoadNetwork net = ReliefWorlds.line(6, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .shelter(ReliefWorlds.shelter("s1", 1, 120, ShelterKind.SCHOOL))
                .shelter(ReliefWorlds.shelter("s4", 4, 400, ShelterKind.PARK))
                .depot(ReliefWorlds.depot("d4", 4, Map.of(ReliefItem.WATER_LITRES, 2_000L, ReliefItem.FOOD_RATIONS, 300L)))
                .cell(ReliefWorlds.lon(0), ReliefWorlds.LAT, 150)
                .cell(ReliefWorlds.lon(5), ReliefWorlds.LAT, 90)
                .cell(ReliefWorlds.lon(2), ReliefWorlds.LAT, 40)
                .timeline(ReliefWorlds.displaceAtStart(sc.horizonMs(), HazardKind.FLOOD, 0, 1))
                .build();
        World w = ReliefWorlds.world(site, EventLog.inMemory());
        long people = w.population().people();
        long[] checks = {0};
        w.sim().addListener((time, priority, seq, label) -> {
            assertEquals(people, w.population().sumOfStates(), "at " + label);
            checks[0]++;
        });
        w.run();
        assertEquals(people, w.population().sumOfStates());
        assertTrue(checks[0] > 30);
        // 150 + 90 displaced, 2 % of each trapped (3 + 2) and never rescued (no rescue team): 235 sheltered
        assertEquals(5, w.population().count(PersonState.TRAPPED));
        assertEquals(235, w.population().count(PersonState.SHELTERED));
        assertEquals(40, w.population().count(PersonState.AT_HOME));
        // food runs out: 300 rations for 235 people on day 1 and again on day 2
        assertEquals(0, w.get(Depots.class).level(ReliefItem.FOOD_RATIONS));
    }
}
