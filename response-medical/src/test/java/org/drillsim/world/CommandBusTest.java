package org.drillsim.world;

import org.drillsim.world.log.EventLog;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.Scenario;
import org.drillsim.medical.MedicalModule;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command bus: validation with clear reasons, journal and log, commands from another thread. */
class CommandBusTest {
    private static final Issuer TRAINEE = new Issuer(Role.MEDICAL, "学员甲");

    private static World trainerWorld(EventLog log) {
        String body = """
                facilities:
                  hospitals:
                    items:
                      - {id: h, name: {zh: 医院}, location: {lat: 45.70, lon: 126.50}, beds: 10}
                fleets:
                  - {id: amb, type: ambulance, base: h, count: 2}
                policy: {alertDelayMinutes: 0}
                """;
        Scenario sc = TestWorlds.scenario(body, 3);
        RoadNetwork net = TestWorlds.line(5, 10);
        ScenarioSite site = ScenarioSite.builder(sc, net)
                .hospital(MedicalChainTest.hospital("h", 0, 10))
                .cell(TestWorlds.lon(3), TestWorlds.LAT, 1)
                .timeline(TestWorlds.injuryAtStart(sc.horizonMs(), 1.0, 0))
                .build();
        // the trainee runs the medical area: the plan does not dispatch
        return World.create(site, 1, 1, WorldOptions.baseline(log).withModules(List.of(() -> new MedicalModule(0, 1)))
                .withAutomatic(Set.of(PlanArea.SHELTER)));
    }

    @Test
    void traineeDispatchIsValidatedAppliedAndJournaled() {
        EventLog log = EventLog.inMemory();
        World w = trainerWorld(log);
        w.start();
        w.sim().runUntil(60_000);
        assertEquals(1, w.tasks().open(MedicalModule.CASUALTY).size(), "the casualty waits: no plan dispatch");
        String task = w.tasks().open(MedicalModule.CASUALTY).get(0).id();

        CommandRecord bad = w.commands().issue(new Command.Dispatch(TRAINEE, "amb-9", task));
        assertFalse(bad.accepted());
        assertTrue(bad.reason().contains("amb-9"), bad.reason());
        CommandRecord ok = w.commands().issue(new Command.Dispatch(TRAINEE, "amb-1", task));
        assertTrue(ok.accepted(), ok.reason());
        CommandRecord twice = w.commands().issue(new Command.Dispatch(TRAINEE, "amb-2", task));
        assertFalse(twice.accepted(), "the only casualty is already covered");
        CommandRecord busy = w.commands().issue(new Command.Dispatch(TRAINEE, "amb-1", task));
        assertFalse(busy.accepted());
        assertTrue(busy.reason().contains("reassign"), busy.reason());

        assertEquals(4, w.commands().journal().size());
        long commandLines = log.lines().stream().filter(l -> l.contains("\"type\":\"command\"")).count();
        assertEquals(4, commandLines);
        assertTrue(log.lines().stream().anyMatch(l -> l.contains("\"issuer\":\"学员甲\"") && l.contains("\"role\":\"medical\"")
                && l.contains("\"args\":{\"unitId\":\"amb-1\",\"taskId\":\"" + task + "\"}")));
        w.sim().runUntil(w.horizonMs());
        w.finish();
        assertEquals(1, w.get(org.drillsim.medical.MedicalStats.class).firstTreated);
    }

    @Test
    void commandsFromAnotherThreadApplyBeforeTheNextEvent() throws Exception {
        World w = trainerWorld(EventLog.discarding());
        w.start();
        w.sim().runUntil(30 * 60_000L);
        List<CommandRecord> got = new ArrayList<>();
        Thread ui = new Thread(() -> w.commands().submit(
                new Command.CloseRoad(TRAINEE, new GeoPoint(45.70, 126.525), 100, null), got::add));
        ui.start();
        ui.join();
        assertTrue(got.isEmpty(), "not applied until the simulation thread runs");
        w.sim().applyCommands();
        assertEquals(1, got.size());
        assertTrue(got.get(0).accepted());
        assertEquals(30 * 60_000L, got.get(0).timeMs(), "applied at the current simulated time");
        assertEquals(2, w.roads().closedCount());
        CommandRecord reopen = w.commands().issue(new Command.ReopenRoad(TRAINEE, new GeoPoint(45.70, 126.525), 100, null));
        assertTrue(reopen.accepted());
        assertEquals(0, w.roads().closedCount());
        CommandRecord nowhere = w.commands().issue(new Command.CloseRoad(TRAINEE, new GeoPoint(40.0, 120.0), 10, null));
        assertFalse(nowhere.accepted());
        CommandRecord unhandled = w.commands().issue(new Command.OpenShelter(TRAINEE, "s1"));
        assertFalse(unhandled.accepted(), "no relief module in this world");
    }
}
