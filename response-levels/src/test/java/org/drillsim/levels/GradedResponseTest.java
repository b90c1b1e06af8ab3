package org.drillsim.levels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Scenario;
import org.drillsim.routing.RoadClass;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.World;
import org.drillsim.world.WorldOptions;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.world.log.EventLog;
import org.drillsim.world.score.Scorecard;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The graded response's commands and the hand-computed relief-level2 coverage. */
class GradedResponseTest {

    static Scenario scenario(String levels) {
        String text = """
                id: levels-test
                name: {zh: 测试, en: test}
                map:
                  synthetic: {seed: 1, approxNodes: 500}
                population: {totalPeople: 10, source: test, gridCellM: 250, method: uniform}
                facilities:
                  depots:
                    - {id: d0, name: {zh: d0}, location: {lat: 45.70, lon: 126.50}, stock: {water-litres: 900}}
                agreementReserves:
                  - {id: ar-food, supplier: {zh: 粮油企业}, item: food-rations, quantity: 300, leadTimeHours: 8, deliverTo: d0}
                hazards:
                  - type: flood
                    id: test-hazard
                    riverPolygonsLonLat: [[[126.0, 45.0], [126.01, 45.0], [126.01, 45.01], [126.0, 45.01]]]
                    hydrograph: [{atHours: 0, stageM: 0}, {atHours: 1, stageM: 0}]
                targets: [{id: relief-level2}]
                policy:
                  warning: {level: orange, area: 沿江低洼地区, channels: [sms, tv]}
                  reliefDays: 3
                  responseLevels:
                %s
                horizonHours: 4
                """.formatted(levels);
        try {
            return ScenarioLoader.parse(text, "levels-test.yaml");
        } catch (org.drillsim.format.io.ScenarioException e) {
            throw new AssertionError(e.toString(), e);
        }
    }

    static World world(Scenario sc, Map<ReliefItem, Long> stock) {
        RoadNetwork.Builder b = RoadNetwork.builder("levels-test");
        b.addNode(45.70, 126.50);
        b.addNode(45.70, 126.51);
        b.addRoad(0, 1, 780, 600_000, 600_000, RoadClass.PRIMARY, "r", false, false, null);
        ScenarioSite site = ScenarioSite.builder(sc, b.build())
                .depot(new Depot("d0", new LocalizedText("d0", "d0"), new GeoPoint(45.70, 126.50), stock))
                .cell(126.51, 45.70, 10).build();
        List<Supplier<ResponseModule>> mods = List.of(GradedResponseModule::new);
        return World.create(site, 1, 1, WorldOptions.baseline(EventLog.inMemory()).withModules(mods));
    }

    /**
     * Level II plans for 100 people over 3 days at the default rations (3 L water, 1 ration a day, 1 quilt, 5 per
     * tent): needs 900 L, 300 rations, 100 quilts, 20 tents. Stock 900 L + 300 rations (agreement reserve) + 80
     * quilts + 20 tents: quilts cover 80 % and limit the coverage.
     */
    @Test
    void coverageIsTheLeastCoveredItem() {
        Scenario sc = scenario("    - {level: 2, triggerAtHours: 1, relocatePeople: 100}");
        World w = world(sc, Map.of(ReliefItem.WATER_LITRES, 900L, ReliefItem.QUILTS, 80L, ReliefItem.TENTS, 20L));
        w.run();
        var t = Scorecard.evaluate(w).target("relief-level2");
        assertEquals(80.0, t.value(), 1e-9);
        assertFalse(t.pass());
        assertEquals(2, w.get(GradedResponseModule.class).level(), "the plan started level II at T+1 h");
        assertEquals("orange", w.get(GradedResponseModule.class).warning());
        assertEquals(1.0, w.indicators().get("levels.level2-start").value(), 1e-12);
    }

    /** With 100 quilts every item is covered exactly: 100 %, pass. */
    @Test
    void fullStocksPass() {
        Scenario sc = scenario("    - {level: 2, relocatePeople: 100}");
        World w = world(sc, Map.of(ReliefItem.WATER_LITRES, 900L, ReliefItem.QUILTS, 100L, ReliefItem.TENTS, 20L));
        w.run();
        var t = Scorecard.evaluate(w).target("relief-level2");
        assertEquals(100.0, t.value(), 1e-9);
        assertTrue(t.pass());
        assertEquals(0, w.get(GradedResponseModule.class).level(), "no trigger: the plan's Level II figure is still scored");
    }

    /** The commands check their arguments; a trainee may escalate to level I. */
    @Test
    void commandsAreChecked() {
        Scenario sc = scenario("    - {level: 2, relocatePeople: 100}");
        World w = world(sc, Map.of(ReliefItem.WATER_LITRES, 900L));
        Issuer trainee = new Issuer(Role.COMMANDER, "trainee");
        CommandRecord bad = w.commands().issue(new Command.StartResponse(trainee, 5));
        assertFalse(bad.accepted());
        assertFalse(w.commands().issue(new Command.IssueWarning(trainee, "purple", "x", List.of())).accepted());
        assertTrue(w.commands().issue(new Command.StartResponse(trainee, 1)).accepted());
        assertFalse(w.commands().issue(new Command.StartResponse(trainee, 1)).accepted(), "already in force");
        assertEquals(1, w.get(GradedResponseModule.class).level());
    }

    /** accepts() answers as issue() would, without journaling: how the plan skips what is already done. */
    @Test
    void acceptsLeavesNoTrace() {
        World w = world(scenario("    - {level: 2, relocatePeople: 100}"), Map.of(ReliefItem.WATER_LITRES, 900L));
        Issuer trainee = new Issuer(Role.COMMANDER, "trainee");
        int before = w.commands().journal().size();
        assertTrue(w.commands().accepts(new Command.StartResponse(trainee, 2)));
        assertFalse(w.commands().accepts(new Command.CallReserve(trainee, "ar-food")), "no relief module to handle it");
        assertEquals(before, w.commands().journal().size());
        w.commands().issue(new Command.StartResponse(trainee, 2));
        assertFalse(w.commands().accepts(new Command.StartResponse(trainee, 2)), "level II already in force");
    }
}
