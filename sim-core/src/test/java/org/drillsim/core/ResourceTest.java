package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class ResourceTest {

    @Test
    void grantCallbackRunsAsAnEventAndTheUnitIsHeldFromTheGrant() {
        Simulation sim = new Simulation();
        Resource r = new Resource(sim, "beds", 1);
        List<String> log = new ArrayList<>();
        Resource.Request a = r.seize(0, () -> log.add("a granted"));
        assertTrue(a.isHolding());
        assertTrue(log.isEmpty(), "callback not yet run");
        Resource.Request b = r.seize(0, () -> log.add("b granted at " + sim.now()));
        assertEquals(Resource.RequestState.WAITING, b.state());
        sim.schedule(40, "release a", () -> r.release(a));
        sim.run();
        assertEquals(List.of("a granted", "b granted at 40"), log);
        assertEquals(40, b.grantedAt());
    }

    @Test
    void releaseOfUnheldUnitNamesResourceTimeAndState() {
        Simulation sim = new Simulation();
        Resource r = new Resource(sim, "ambulances", 1);
        Resource.Request holder = r.seize(0, null);
        Resource.Request waiting = r.seize(0, null);
        sim.runUntil(SimTime.ofMinutes(75));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> r.release(waiting));
        assertTrue(e.getMessage().contains("'ambulances'") && e.getMessage().contains("T+01:15") && e.getMessage().contains("WAITING"),
                e.getMessage());
        r.release(holder);
        IllegalStateException twice = assertThrows(IllegalStateException.class, () -> r.release(holder));
        assertTrue(twice.getMessage().contains("RELEASED"), twice.getMessage());
    }

    @Test
    void utilisationAndQueueLengthAreTimeWeighted() {
        Simulation sim = new Simulation();
        Resource r = new Resource(sim, "crews", 2);
        // 0-10: one busy; 10-30: two busy and one waiting; 30-40: two busy (the waiter got one); 40-50: none
        Resource.Request a = r.seize(0, null);
        List<Resource.Request> later = new ArrayList<>();
        sim.schedule(10, "b,c", () -> {
            later.add(r.seize(0, null));
            later.add(r.seize(0, null));
        });
        sim.schedule(30, "release a", () -> r.release(a));
        sim.schedule(40, "release b,c", () -> later.forEach(r::release));
        sim.runUntil(50);
        // busy integral = 1*10 + 2*20 + 2*10 = 70; capacity integral = 2*50 = 100
        assertEquals(0.70, r.utilisation(), 1e-12);
        assertEquals(20.0 / 50, r.queueStat().mean(50), 1e-12);
        assertEquals(3, r.waitTally().count()); // a, b waited 0; c waited 20
        assertEquals(20.0, r.waitTally().max());
    }

    @Test
    void surgeCapacityGrantsWaitersAndAReductionNeverTakesUnitsAway() {
        Simulation sim = new Simulation();
        Resource beds = new Resource(sim, "beds", 1);
        Resource.Request a = beds.seize(0, null);
        Resource.Request b = beds.seize(0, null);
        Resource.Request c = beds.seize(0, null);
        beds.setCapacity(3); // surge beds open
        assertTrue(b.isHolding() && c.isHolding());
        beds.setCapacity(1); // surge closes: nobody is thrown out
        assertEquals(3, beds.busy());
        Resource.Request d = beds.seize(0, null);
        beds.release(a);
        beds.release(b);
        assertFalse(d.isHolding(), "still one over the reduced capacity");
        beds.release(c);
        assertTrue(d.isHolding());
        assertThrows(IllegalArgumentException.class, () -> beds.setCapacity(-1));
    }

    @Test
    void preemptionTakesTheWorstPreemptableHolderLatestFirst() {
        Simulation sim = new Simulation();
        Resource r = new Resource(sim, "helicopter", 3);
        List<String> log = new ArrayList<>();
        Resource.Request fixed = r.seize(9, false, null, null); // not preemptable despite the worst priority
        Resource.Request low1 = r.seize(5, false, null, () -> log.add("low1 preempted"));
        Resource.Request low2 = r.seize(5, false, null, () -> log.add("low2 preempted"));
        Resource.Request urgent = r.seize(0, true, () -> log.add("urgent granted"), null);
        sim.run();
        assertTrue(urgent.isHolding());
        assertEquals(Resource.RequestState.PREEMPTED, low2.state());
        assertTrue(low1.isHolding() && fixed.isHolding());
        assertEquals(List.of("low2 preempted", "urgent granted"), log); // the victim hears first
        // same priority does not preempt; it queues
        Resource.Request equal = r.seize(5, true, null, null);
        assertEquals(Resource.RequestState.WAITING, equal.state());
        assertTrue(r.cancel(equal));
        assertEquals(0, r.queueLength());
    }
}
