package org.drillsim.drill;

import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.SiteLoader;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.Issuer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The drill engine without a network, on the synthetic scenario (casualties from T+03:30). */
class DrillEngineTest {
    static final long MIN = 60_000;
    static ScenarioSite site;
    static Seat med;
    static Seat traffic;

    @BeforeAll
    static void load() throws Exception {
        site = SiteLoader.load(ScenarioLibrary.load("synthetic-small"), null, null, s -> { });
        med = Seat.find("医疗救护组").orElseThrow();
        traffic = Seat.find("交通保障组").orElseThrow();
    }

    static DrillEngine engine() {
        return new DrillEngine(site, site.scenario().seed(), List.of(med, traffic), DrillScript.builtIn("synthetic-small"));
    }

    static Command dispatch(Seat s, String name, String unit, String task) {
        return new Command.Dispatch(new Issuer(s.role(), name), unit, task);
    }

    /** The medical call's expected action: two ambulances into this circle (read from the script, not copied). */
    static final Area CALL_AREA = OpenCasualties.areaOf(DrillScript.builtIn("synthetic-small"), "amb-2-30");

    /**
     * Runs the drill on minute by minute from {@code fromMin} until the medical seat sees, in the call's area, a casualty
     * task for each of {@code units} that accepts it (the flood model ferries cut-off groups to a road first, so
     * which groups can be served, and from when, is the model's answer, not the test's); the engine is left at that
     * minute.
     */
    static List<String> awaitCasualties(DrillEngine e, int fromMin, int toMin, List<String> units) {
        for (int m = fromMin; m <= toMin; m++) {
            e.advanceTo(m * MIN);
            List<String> tasks = OpenCasualties.pick(e, med, CALL_AREA, units);
            if (tasks != null) return tasks;
        }
        throw new AssertionError("no casualty task accepts " + units + " by T+" + toMin + " min");
    }

    static Command closeRiverRoad(String name) {
        return new Command.CloseRoad(new Issuer(traffic.role(), name), new org.drillsim.format.model.GeoPoint(45.7557, 126.5655), 400, null);
    }

    @Test
    void theMedicalSeatCannotDispatchARoadCrewNorCloseARoad() {
        DrillEngine e = engine();
        e.advanceTo(190 * MIN);
        String task = e.view(traffic, false, 1, List.of()).tasks().get(0).id();
        String refusal = e.order(med, "张三", dispatch(med, "张三", "road-crew", task), null, null);
        assertNotNull(refusal);
        assertTrue(refusal.contains("交通保障组") && refusal.contains("road-crew"), refusal);
        String close = e.order(med, "张三", new Command.CloseRoad(new Issuer(med.role(), "张三"),
                new org.drillsim.format.model.GeoPoint(45.7557, 126.5655), 300, null), null, null);
        assertTrue(close.startsWith("医疗救护组无权下达“交通管制”"), close);
        // the same rule sits in the command bus: a command that bypasses the queue is refused there and logged
        var r = e.world().commands().issue(dispatch(med, "张三", "road-crew", task));
        assertFalse(r.accepted());
        assertEquals(refusal, r.reason());
        // the traffic seat may order its road crew and close roads (the model may still say no: blk is under water)
        assertNull(e.order(traffic, "李四", dispatch(traffic, "李四", "road-crew", task), null, null));
        assertNull(e.order(traffic, "李四", closeRiverRoad("李四"), null, null));
        e.advanceTo(191 * MIN);
        assertEquals(List.of("dispatch", "close-road"), e.decisions().stream().map(Decision::type).toList());
        String why = e.decisions().get(0).reason();
        assertTrue(why.contains("仍受灾害影响"), why);
        // the task owner's "中文 / English" reason once, not repeated in both halves (readers cut at the first " / ")
        assertEquals(1, why.split(" / ", -1).length - 1, why);
        assertTrue(e.decisions().get(1).accepted(), e.decisions().toString());
    }

    @Test
    void ordersAtTheSameTimeApplyBySeatNameThenSequenceWhateverTheArrivalOrder() {
        DrillEngine a = engine();
        DrillEngine b = engine();
        List<String> cas = awaitCasualties(a, 238, 300, List.of("amb-south-1", "amb-south-2"));
        assertEquals(cas, awaitCasualties(b, 238, 300, List.of("amb-south-1", "amb-south-2")));
        assertEquals(a.now(), b.now());
        Command m1 = dispatch(med, "张三", "amb-south-1", cas.get(0));
        Command m2 = dispatch(med, "张三", "amb-south-2", cas.get(1));
        Command t1 = closeRiverRoad("李四");
        // a: traffic's order arrives first; b: the medical seat's
        a.order(traffic, "李四", t1, null, null);
        a.order(med, "张三", m1, null, null);
        a.order(med, "张三", m2, null, null);
        b.order(med, "张三", m1, null, null);
        b.order(med, "张三", m2, null, null);
        b.order(traffic, "李四", t1, null, null);
        a.advanceTo(300 * MIN);
        b.advanceTo(300 * MIN);
        List<String> order = a.decisions().stream().map(d -> d.seat() + "#" + d.seatSeq()).toList();
        // "交通保障组" < "医疗救护组" in Java string order (U+4EA4 < U+533B)
        assertTrue("交通保障组".compareTo("医疗救护组") < 0);
        assertEquals(List.of("交通保障组#1", "医疗救护组#1", "医疗救护组#2"), order);
        assertTrue(a.decisions().stream().allMatch(Decision::accepted), a.decisions().toString());
        assertEquals(order, b.decisions().stream().map(d -> d.seat() + "#" + d.seatSeq()).toList());
        assertEquals(a.log().lines(), b.log().lines());
    }

    @Test
    void theJournalReplaysToTheSameEventLog(@TempDir Path dir) {
        DrillEngine live = engine();
        Path file = dir.resolve("drill.jsonl");
        long first;
        long second;
        long end;
        try (DrillJournal j = DrillJournal.create(file, new DrillJournal.Header(DrillJournal.FORMAT, "synthetic-small", "synthetic-small",
                site.scenario().seed(), List.of(med.zh(), traffic.zh())))) {
            live.journalTo(j);
            String cas = awaitCasualties(live, 238, 300, List.of("amb-south-1")).get(0);
            first = live.now();
            live.order(med, "张三", dispatch(med, "张三", "amb-south-1", cas), null, null);
            live.order(med, "张三", dispatch(med, "张三", "road-crew", cas), null, null); // refused at once: not journaled
            live.order(traffic, "李四", closeRiverRoad("李四"), null, null);
            live.advanceTo(first + 2 * MIN);
            live.inject("医疗救护组", Channel.PHONE, "北岸又有伤员", List.of());
            // after the inject, in its minute or later
            String cas2 = awaitCasualties(live, (int) (first / MIN) + 2, 300, List.of("amb-south-2")).get(0);
            second = live.now();
            live.order(med, "张三", dispatch(med, "张三", "amb-south-2", cas2), null, null);
            end = second + 20 * MIN;
            live.advanceTo(end);
            live.markClock();
        }
        DrillJournal.Contents c = DrillJournal.read(file);
        DrillEngine again = engine();
        assertEquals(3, again.replay(c.entries()));
        again.advanceTo(end);
        assertEquals(live.decisions(), again.decisions());
        assertFalse(live.log().lines().isEmpty());
        assertEquals(live.log().lines(), again.log().lines());
        assertTrue(again.inbox().stream().anyMatch(m -> m.text().equals("北岸又有伤员")));
        List<DrillJournal.Entry> cmds = c.entries().stream().filter(x -> x.k().equals("cmd")).toList();
        assertEquals(List.of(first, first, second), cmds.stream().map(DrillJournal.Entry::t).toList());
        assertTrue(live.decisions().stream().allMatch(Decision::accepted), live.decisions().toString());
    }

    @Test
    void theScriptedInjectReachesOnlyItsAddresseeAndItsExpectedActionIsScored() {
        DrillEngine e = engine();
        e.advanceTo(230 * MIN);
        SeatView m = e.view(med, false, 1, List.of());
        SeatView t = e.view(traffic, false, 1, List.of());
        assertTrue(m.inbox().stream().anyMatch(x -> x.channel() == Channel.PHONE && x.from().equals("120 指挥中心")));
        assertTrue(t.inbox().stream().noneMatch(x -> x.channel() == Channel.PHONE), t.inbox().toString());
        assertEquals(1, m.expected().size());
        assertEquals(Outcome.Status.PENDING, m.expected().get(0).status());
        // the traffic seat's SMS came at T+03:05 and it did nothing: pending until T+04:05 (185 + 60 min), then missed
        e.advanceTo(245 * MIN);
        assertEquals(Outcome.Status.PENDING, e.view(traffic, false, 1, List.of()).expected().get(0).status());
        e.advanceTo(246 * MIN);
        assertEquals(Outcome.Status.MISSED, e.view(traffic, false, 1, List.of()).expected().get(0).status());
        assertEquals(Outcome.Status.PENDING, e.view(med, false, 1, List.of()).expected().get(0).status());
        // the medical seat sends two ambulances as soon as two casualty groups in the area can take them
        List<String> cas = awaitCasualties(e, 246, 260, List.of("amb-south-1", "amb-south-2"));
        long sent = e.now();
        e.order(med, "张三", dispatch(med, "张三", "amb-south-1", cas.get(0)), null, null);
        e.order(med, "张三", dispatch(med, "张三", "amb-south-2", cas.get(1)), null, null);
        e.advanceTo(sent + MIN);
        Outcome o = e.view(med, false, 1, List.of()).expected().get(0);
        assertEquals(Outcome.Status.MET, o.status(), e.decisions().toString());
        assertEquals(2, o.count());
        assertEquals(sent, o.metAtMs()); // both applied at the tick of the minute they were ordered in
        assertEquals(260 * MIN, o.deadlineMs()); // the call at T+03:50 + 30 min
        assertEquals(Outcome.Status.MISSED, e.view(traffic, false, 1, List.of()).expected().get(0).status());
    }
}
