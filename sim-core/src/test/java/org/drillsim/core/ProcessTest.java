package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ProcessTest {
    private static final long MIN = SimTime.MINUTE;

    @Test
    void stepsRunInSequenceWithTheirDelays() {
        Simulation sim = new Simulation();
        Resource crews = new Resource(sim, "crews", 1);
        List<String> log = new ArrayList<>();
        long[] travel = {12 * MIN};
        Process p = sim.process("amb-3")
                .delay(() -> travel[0])
                .then(() -> log.add("on scene " + SimTime.format(sim.now())))
                .seize(crews, 0)
                .delay(15 * MIN)
                .release(crews)
                .then(() -> log.add("done " + SimTime.format(sim.now())));
        travel[0] = 20 * MIN; // suppliers are read when the step is reached, not when built
        p.start();
        sim.run();
        assertEquals(List.of("on scene T+00:20", "done T+00:35"), log);
        assertEquals(Process.State.DONE, p.state());
        assertEquals(0, crews.busy());
    }

    @Test
    void waitingProcessesGetTheResourceByPriorityThenArrivalOrder() {
        Simulation sim = new Simulation();
        Resource beds = new Resource(sim, "beds", 1);
        List<String> served = new ArrayList<>();
        String[] names = {"holder", "p2-first", "p1", "p2-second", "p0"};
        int[] priorities = {0, 2, 1, 2, 0};
        for (int i = 0; i < names.length; i++) {
            String name = names[i];
            sim.process(name)
                    .delay(i) // arrive 1 ms apart
                    .seize(beds, priorities[i])
                    .then(() -> served.add(name))
                    .delay(10 * MIN)
                    .release(beds)
                    .start();
        }
        sim.run();
        assertEquals(List.of("holder", "p0", "p1", "p2-first", "p2-second"), served);
        assertEquals(5, beds.waitTally().count());
    }

    @Test
    void cancellingAProcessReleasesItsUnitsAndWithdrawsItsRequest() {
        Simulation sim = new Simulation();
        Resource teams = new Resource(sim, "teams", 1);
        Resource boats = new Resource(sim, "boats", 1);
        List<String> log = new ArrayList<>();
        Process first = sim.process("first")
                .seize(teams, 0)
                .delay(60 * MIN)
                .then(() -> log.add("first finished"))
                .onCancel(() -> log.add("first cancelled at " + SimTime.format(sim.now())));
        Process waiter = sim.process("waiter")
                .seize(boats, 0)  // gets the boat at once
                .seize(teams, 0)  // waits for first's team
                .then(() -> log.add("waiter got team at " + SimTime.format(sim.now())))
                .release(teams)
                .release(boats);
        first.start();
        waiter.start();
        sim.schedule(10 * MIN, "reassign", () -> first.cancel("reassigned"));
        sim.run();
        assertEquals(List.of("first cancelled at T+00:10", "waiter got team at T+00:10"), log);
        assertEquals(Process.State.CANCELLED, first.state());
        assertEquals("reassigned", first.cancelReason());
        assertEquals(0, teams.busy());
        assertEquals(0, boats.busy());

        // cancelling a process that waits in a queue removes it from the queue
        Process holder = sim.process("holder").seize(teams, 0).delay(MIN).release(teams).start();
        Process queued = sim.process("queued").seize(teams, 0).release(teams).start();
        sim.runUntil(sim.now() + 1);
        assertEquals(1, teams.queueLength());
        assertTrue(queued.cancel("not needed"));
        assertEquals(0, teams.queueLength());
        assertFalse(queued.cancel("again"));
        sim.run();
        assertEquals(Process.State.DONE, holder.state());
    }

    @Test
    void releasingAnUnheldResourceNamesTheResourceProcessAndTime() {
        Simulation sim = new Simulation();
        Resource beds = new Resource(sim, "beds", 2);
        sim.process("amb-7").delay(80 * MIN).release(beds).start();
        SimulationException e = assertThrows(SimulationException.class, sim::run);
        String m = e.getCause().getMessage();
        assertTrue(m.contains("'beds'") && m.contains("amb-7") && m.contains("T+01:20"), m);
    }

    @Test
    void storeGetWaitsForStockAndPutWaitsForRoom() {
        Simulation sim = new Simulation();
        Store water = new Store(sim, "water", 5, 20);
        List<String> log = new ArrayList<>();
        sim.process("shelter-A").get(water, 8).then(() -> log.add("A got 8 at " + sim.now())).start();
        // B could be served from stock (5 >= 2) but waits behind A: getters are strictly FIFO
        sim.process("shelter-B").get(water, 2).then(() -> log.add("B got 2 at " + sim.now())).start();
        sim.process("truck-1").delay(100).put(water, 10).then(() -> log.add("truck-1 unloaded at " + sim.now())).start();
        sim.process("truck-2").delay(200).put(water, 18).then(() -> log.add("truck-2 unloaded at " + sim.now())).start();
        sim.process("shelter-C").delay(300).get(water, 4).then(() -> log.add("C got 4 at " + sim.now())).start();
        sim.runUntil(150);
        assertEquals(5, water.level(), "15 arrived at 100, A took 8 and B 2");
        sim.runUntil(250);
        assertEquals(1, water.waitingPutters(), "truck-2 needs room for 18 but only 15 is free");
        sim.run();
        assertEquals(List.of("truck-1 unloaded at 100", "A got 8 at 100", "B got 2 at 100", "C got 4 at 300", "truck-2 unloaded at 300"), log);
        assertEquals(19, water.level());
        assertEquals(3, water.getWaitTally().count());
        assertEquals(100.0, water.getWaitTally().max());
    }

    @Test
    void waitForAndWaitUntilResumeOnSignal() {
        Simulation sim = new Simulation();
        Signal roadOpened = new Signal(sim, "road opened");
        boolean[] open = {false};
        List<String> log = new ArrayList<>();
        sim.process("convoy").waitFor(roadOpened).then(() -> log.add("convoy " + sim.now())).start();
        sim.process("careful").waitUntil(roadOpened, () -> open[0]).then(() -> log.add("careful " + sim.now())).start();
        sim.process("late").delay(500).waitUntil(roadOpened, () -> open[0]).then(() -> log.add("late " + sim.now())).start();
        sim.schedule(100, "false alarm", roadOpened::fire);              // convoy goes; careful checks, keeps waiting
        sim.schedule(300, "really open", () -> {
            open[0] = true;
            roadOpened.fire();
        });
        sim.run();
        assertEquals(List.of("convoy 100", "careful 300", "late 500"), log);
    }

    @Test
    void repeatWhileLoopsBackToTheFirstStep() {
        Simulation sim = new Simulation();
        int[] trips = {0};
        sim.process("shuttle").delay(30 * MIN).then(() -> trips[0]++).repeatWhile(() -> trips[0] < 4).start();
        sim.run();
        assertEquals(4, trips[0]);
        assertEquals(120 * MIN, sim.now());
    }

    @Test
    void preemptedProcessIsCancelledAndThePreemptorGetsTheUnit() {
        Simulation sim = new Simulation();
        Resource surgeon = new Resource(sim, "surgeon", 1);
        List<String> log = new ArrayList<>();
        Process routine = sim.process("routine")
                .seizePreemptable(surgeon, 5)
                .delay(60 * MIN)
                .release(surgeon)
                .then(() -> log.add("routine done"))
                .onCancel(() -> log.add("routine preempted at " + SimTime.format(sim.now())));
        routine.start();
        sim.process("critical")
                .delay(20 * MIN)
                .seizePreempting(surgeon, 0)
                .then(() -> log.add("critical starts at " + SimTime.format(sim.now())))
                .delay(30 * MIN)
                .release(surgeon)
                .start();
        sim.run();
        assertEquals(List.of("routine preempted at T+00:20", "critical starts at T+00:20"), log); // the victim hears first
        assertEquals("preempted from surgeon", routine.cancelReason());
        assertEquals(0, surgeon.busy());
    }

    @Test
    void stepsCannotBeAddedAfterStartAndAProcessStartsOnce() {
        Simulation sim = new Simulation();
        Process p = sim.process("p").delay(1).start();
        assertThrows(IllegalStateException.class, () -> p.delay(1));
        assertThrows(IllegalStateException.class, p::start);
        assertThrows(IllegalArgumentException.class, () -> sim.process("q").delay(-1));
    }
}
