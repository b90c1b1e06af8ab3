package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.Test;

class SimulationTest {

    private static Runnable log(List<String> out, String what) {
        return () -> out.add(what);
    }

    @Test
    void equalTimesRunInInsertionOrderAndLowerPriorityFirst() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        sim.schedule(10, "a", log(order, "a"));
        sim.schedule(10, "b", log(order, "b"));
        sim.schedule(10, 5, "late-prio", log(order, "late-prio"));
        sim.schedule(10, -1, "early-prio", log(order, "early-prio"));
        sim.schedule(5, "first", log(order, "first"));
        sim.schedule(10, "c", log(order, "c"));
        sim.run();
        assertEquals(List.of("first", "early-prio", "a", "b", "c", "late-prio"), order);
        assertEquals(10, sim.now());
    }

    @Test
    void zeroDelayEventScheduledInsideAnEventRunsAfterEventsAlreadyDueThen() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        sim.schedule(10, "x", () -> {
            order.add("x");
            sim.schedule(0, "x-child", log(order, "x-child"));
        });
        sim.schedule(10, "y", log(order, "y"));
        sim.run();
        assertEquals(List.of("x", "y", "x-child"), order);
    }

    @Test
    void cancelledEventNeverRunsAndCancelReportsWhetherItWasPending() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        long a = sim.schedule(10, "a", log(order, "a"));
        long b = sim.schedule(20, "b", log(order, "b"));
        assertTrue(sim.isPending(a));
        assertTrue(sim.cancel(a));
        assertFalse(sim.isPending(a));
        assertFalse(sim.cancel(a), "second cancel");
        sim.run();
        assertEquals(List.of("b"), order);
        assertFalse(sim.cancel(b), "cancel after it ran");
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void staleHandleDoesNotCancelAnEventThatReusedTheSlot() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        long first = sim.schedule(1, "first", log(order, "first"));
        sim.run();
        long second = sim.schedule(1, "second", log(order, "second")); // reuses the freed storage
        assertFalse(sim.cancel(first));
        assertTrue(sim.isPending(second));
        sim.run();
        assertEquals(List.of("first", "second"), order);
    }

    @Test
    void eventCanCancelAnotherEventDueAtTheSameTime() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        long[] victim = new long[1];
        sim.schedule(5, "killer", () -> {
            order.add("killer");
            sim.cancel(victim[0]);
        });
        victim[0] = sim.schedule(5, "victim", log(order, "victim"));
        sim.run();
        assertEquals(List.of("killer"), order);
    }

    @Test
    void runUntilRunsAnEventExactlyAtTheBoundaryAndSetsTheClock() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        sim.schedule(100, "at", log(order, "at"));
        sim.schedule(101, "after", log(order, "after"));
        sim.runUntil(100);
        assertEquals(List.of("at"), order);
        assertEquals(100, sim.now());
        sim.runUntil(100); // no-op, same time is allowed
        assertEquals(List.of("at"), order);
        sim.runUntil(500);
        assertEquals(List.of("at", "after"), order);
        assertEquals(500, sim.now(), "clock advances to the bound even past the last event");
    }

    @Test
    void runUntilIncludesEventsScheduledAtTheBoundaryByEventsAtTheBoundary() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        sim.schedule(50, "parent", () -> {
            order.add("parent");
            sim.schedule(0, "child", log(order, "child"));
        });
        sim.runUntil(50);
        assertEquals(List.of("parent", "child"), order);
    }

    @Test
    void runUntilInThePastIsRejectedWithTheTimes() {
        Simulation sim = new Simulation();
        sim.runUntil(SimTime.ofMinutes(10));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sim.runUntil(5));
        assertTrue(e.getMessage().contains("T+00:10:00"), e.getMessage());
    }

    @Test
    void stepRunsExactlyOneEvent() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        sim.schedule(1, "a", log(order, "a"));
        sim.schedule(2, "b", log(order, "b"));
        assertTrue(sim.step());
        assertEquals(List.of("a"), order);
        assertEquals(1, sim.now());
        assertTrue(sim.step());
        assertFalse(sim.step());
        assertEquals(List.of("a", "b"), order);
    }

    @Test
    void stopInsideAnEventEndsTheRunAfterThatEventAndRunResumes() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        sim.schedule(1, "a", () -> {
            order.add("a");
            sim.stop();
        });
        sim.schedule(2, "b", log(order, "b"));
        sim.runUntil(10);
        assertEquals(List.of("a"), order);
        assertEquals(1, sim.now(), "a stopped runUntil leaves the clock at the last event");
        sim.run();
        assertEquals(List.of("a", "b"), order);
    }

    @Test
    void commandsAreAppliedInSubmissionOrderAtTheCurrentTimeBeforeTheNextEvent() {
        Simulation sim = new Simulation();
        List<String> order = new ArrayList<>();
        sim.schedule(10, "e1", log(order, "e1@" + 10));
        sim.schedule(20, "e2", log(order, "e2"));
        sim.runUntil(15);
        sim.submit("c1", () -> order.add("c1@" + sim.now()));
        sim.submit("c2", () -> order.add("c2@" + sim.now()));
        sim.submit("c3", () -> sim.schedule(0, "from-c3", () -> order.add("from-c3@" + sim.now())));
        sim.run();
        assertEquals(List.of("e1@10", "c1@15", "c2@15", "from-c3@15", "e2"), order);
    }

    @Test
    void commandsFromAnotherThreadArriveInOrderWhileTheLoopRuns() throws Exception {
        Simulation sim = new Simulation();
        List<Integer> applied = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch submitted = new CountDownLatch(1);
        // A clock of events one ms apart; event 1 waits until the other thread has submitted all commands.
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            if (sim.now() == 1) {
                started.countDown();
                try {
                    submitted.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (sim.now() < 5) {
                sim.schedule(1, "tick", tick[0]);
            }
        };
        sim.schedule(1, "tick", tick[0]);
        Thread ui = new Thread(() -> {
            try {
                started.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            for (int i = 0; i < 100; i++) {
                int n = i;
                sim.submit("cmd-" + n, () -> {
                    applied.add(n);
                    times.add(sim.now());
                });
            }
            submitted.countDown();
        });
        ui.start();
        sim.run();
        ui.join();
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(i);
        }
        assertEquals(expected, applied);
        assertTrue(times.stream().allMatch(t -> t == 1), "applied at the time they were submitted: " + times.get(0));
    }

    @Test
    void listenersSeeEveryEventAndCommandInOrder() {
        Simulation sim = new Simulation();
        List<String> seen = new ArrayList<>();
        sim.addListener((time, priority, seq, label) -> seen.add(time + ":" + label + ":" + priority));
        sim.schedule(3, 2, "x", () -> { });
        sim.schedule(3, "y", () -> { });
        sim.submit("cmd", () -> { });
        sim.run();
        assertEquals(List.of("0:cmd:" + Simulation.COMMAND_PRIORITY, "3:y:0", "3:x:2"), seen);
    }

    @Test
    void badInputIsRejectedWithLabelAndTime() {
        Simulation sim = new Simulation();
        sim.runUntil(SimTime.ofHours(1) + SimTime.ofMinutes(20));
        IllegalArgumentException neg = assertThrows(IllegalArgumentException.class, () -> sim.schedule(-5, "dispatch amb-3", () -> { }));
        assertTrue(neg.getMessage().contains("negative delay -5 ms"), neg.getMessage());
        assertTrue(neg.getMessage().contains("dispatch amb-3"), neg.getMessage());
        assertTrue(neg.getMessage().contains("T+01:20"), neg.getMessage());

        IllegalArgumentException past = assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(1000, "reopen road", () -> { }));
        assertTrue(past.getMessage().contains("reopen road") && past.getMessage().contains("in the past"), past.getMessage());

        IllegalArgumentException nul = assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, "nothing", null));
        assertTrue(nul.getMessage().contains("nothing"), nul.getMessage());

        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> SimTime.ofMinutes(Double.NaN));
        assertTrue(nan.getMessage().contains("NaN"), nan.getMessage());

        IllegalArgumentException prio = assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, 40_000, "p", () -> { }));
        assertTrue(prio.getMessage().contains("40000"), prio.getMessage());
    }

    @Test
    void failingActionIsReportedWithItsLabelAndTime() {
        Simulation sim = new Simulation();
        sim.schedule(SimTime.ofMinutes(90), "open shelter 7", () -> {
            throw new IllegalStateException("shelter 7 is flooded");
        });
        SimulationException e = assertThrows(SimulationException.class, sim::run);
        assertTrue(e.getMessage().contains("open shelter 7") && e.getMessage().contains("T+01:30:00")
                && e.getMessage().contains("shelter 7 is flooded"), e.getMessage());
        assertInstanceOf(IllegalStateException.class, e.getCause());
        assertEquals(SimTime.ofMinutes(90), e.time());
    }

    @Test
    void runningFromInsideAnEventIsRejected() {
        Simulation sim = new Simulation();
        sim.schedule(1, "nested", sim::run);
        SimulationException e = assertThrows(SimulationException.class, sim::run);
        assertTrue(e.getCause().getMessage().contains("already running"), e.getMessage());
    }

    @Test
    void heapAndTreeEventListsGiveTheSameRun() {
        assertEquals(trace(new HeapEventList(4)), trace(new TreeEventList()));
    }

    /** A busy little model with ties, priorities and cancellations. */
    private static List<String> trace(EventList list) {
        Simulation sim = new Simulation(new RandomStreams(7), list);
        List<String> out = new ArrayList<>();
        RandomStream r = sim.stream("model");
        List<Long> handles = new ArrayList<>();
        Runnable[] spawn = new Runnable[1];
        spawn[0] = () -> {
            out.add(sim.now() + "/" + out.size());
            if (sim.executedEvents() < 3000) {
                for (int k = 0; k < 2; k++) {
                    handles.add(sim.schedule(r.nextInt(5) * 10L, r.nextInt(3) - 1, "spawn", spawn[0]));
                }
                if (r.bernoulli(0.3) && !handles.isEmpty()) {
                    sim.cancel(handles.get(r.nextInt(handles.size())));
                }
            }
        };
        sim.schedule(0, "spawn", spawn[0]);
        sim.run();
        return out;
    }
}
