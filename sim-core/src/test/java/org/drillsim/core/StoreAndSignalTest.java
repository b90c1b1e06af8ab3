package org.drillsim.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class StoreAndSignalTest {

    @Test
    void tryGetNeverOvertakesAWaitingGetter() {
        Simulation sim = new Simulation();
        Store tents = new Store(sim, "tents", 3, 100);
        Store.Ticket big = tents.get(10, null);
        assertFalse(big.isDone());
        assertFalse(tents.tryGet(1), "a getter is waiting");
        assertTrue(tents.cancel(big));
        assertFalse(tents.cancel(big));
        assertTrue(tents.tryGet(3));
        assertEquals(0, tents.level());
    }

    @Test
    void cancellingTheHeadGetterLetsTheNextOneThrough() {
        Simulation sim = new Simulation();
        Store food = new Store(sim, "food", 4, 100);
        List<String> log = new ArrayList<>();
        Store.Ticket big = food.get(50, () -> log.add("big"));
        food.get(4, () -> log.add("small"));
        sim.run();
        assertTrue(log.isEmpty());
        food.cancel(big);
        sim.run();
        assertEquals(List.of("small"), log);
        assertEquals(0, food.level());
    }

    @Test
    void levelIsTimeWeightedAndBadAmountsAreRejected() {
        Simulation sim = new Simulation();
        Store water = new Store(sim, "water", 10, 100);
        sim.schedule(10, "use", () -> water.get(4, null));
        sim.schedule(30, "refill", () -> water.put(44, null));
        sim.runUntil(40);
        assertEquals((10 * 10 + 6 * 20 + 50 * 10) / 40.0, water.levelStat().mean(40), 1e-12);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> water.get(0, null));
        assertTrue(e.getMessage().contains("water") && e.getMessage().contains("T+00:00"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> water.put(101, null));
        assertThrows(IllegalArgumentException.class, () -> new Store(sim, "x", 5, 4));
    }

    @Test
    void signalWakesOnlyCurrentWaitersInOrderAndCancelledOnesNotAtAll() {
        Simulation sim = new Simulation();
        Signal s = new Signal(sim, "go");
        List<String> log = new ArrayList<>();
        s.await(() -> log.add("a"));
        Signal.Waiter b = s.await(() -> log.add("b"));
        s.await(() -> log.add("c"));
        assertTrue(s.cancel(b));
        s.fire();
        s.await(() -> log.add("after-fire")); // waits for the next fire
        sim.run();
        assertEquals(List.of("a", "c"), log);
        assertEquals(1, s.waiting());
        s.fire();
        sim.run();
        assertEquals(List.of("a", "c", "after-fire"), log);
        assertEquals(2, s.fireCount());
    }
}
