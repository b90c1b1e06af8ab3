package org.drillsim.ui.clock;

import org.drillsim.core.SimTime;
import org.drillsim.core.Simulation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

class SimDriverTest {
    /** A kernel simulation with an event every simulated minute and an "inject" at T+00:30 and T+01:00. */
    static final class MinuteEngine implements SimDriver.Engine<Long> {
        final Simulation sim = new Simulation(1);
        final List<Long> eventTimes = Collections.synchronizedList(new ArrayList<>());
        final List<String> threads = Collections.synchronizedList(new ArrayList<>());

        MinuteEngine() {
            for (int m = 1; m <= 120; m++) sim.scheduleAt(SimTime.ofMinutes(m), "tick", () -> eventTimes.add(sim.now()));
        }

        @Override
        public long now() {
            return sim.now();
        }

        @Override
        public void advanceTo(long t) {
            threads.add(Thread.currentThread().getName());
            sim.runUntil(t);
        }

        @Override
        public long horizonMs() {
            return SimTime.ofHours(2);
        }

        @Override
        public long nextStopAfter(long t) {
            for (long s : new long[] {SimTime.ofMinutes(30), SimTime.ofMinutes(60)}) if (s > t) return s;
            return Long.MAX_VALUE;
        }

        @Override
        public Long snapshot() {
            return sim.now();
        }
    }

    private final AtomicLong wallNanos = new AtomicLong();
    private final MinuteEngine engine = new MinuteEngine();
    private final SimDriver<Long> driver = new SimDriver<>(engine, wallNanos::get);

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void pacesSimulatedTimeByWallTimeTimesSpeedAndPausesAtInjects() {
        driver.start();
        driver.setSpeed(60);
        driver.play();
        wallNanos.addAndGet(10_000_000_000L); // 10 s wall at 60× = 10 simulated minutes
        await(() -> driver.simTime() == SimTime.ofMinutes(10));
        assertTrue(driver.isPlaying());
        wallNanos.addAndGet(60_000_000_000L); // would reach T+01:10, but the inject at T+00:30 stops the clock
        await(() -> !driver.isPlaying());
        assertEquals(SimTime.ofMinutes(30), driver.simTime());
        assertEquals(SimTime.ofMinutes(30), driver.latest());
        assertEquals(30, engine.eventTimes.size(), "the event exactly at the stop time ran");
        assertTrue(engine.threads.stream().allMatch("drillsim-sim"::equals));
    }

    @Test
    void pausedClockDoesNotMoveButTasksStillRunInOrder() throws Exception {
        driver.start();
        List<Long> seen = Collections.synchronizedList(new ArrayList<>());
        wallNanos.addAndGet(100_000_000_000L);
        for (int i = 0; i < 5; i++) {
            long id = i;
            driver.post(() -> seen.add(id * 1000 + engine.now()));
        }
        await(() -> seen.size() == 5);
        assertEquals(List.of(0L, 1000L, 2000L, 3000L, 4000L), seen);
        assertEquals(0, driver.simTime());
    }

    @Test
    void jumpRunsStraightToTheTargetAndStopsAtTheHorizon() {
        driver.start();
        driver.jumpTo(SimTime.ofMinutes(45));
        await(() -> driver.simTime() == SimTime.ofMinutes(45));
        assertFalse(driver.isPlaying());
        driver.setPauseAtStops(false);
        driver.setSpeed(3600);
        driver.play();
        wallNanos.addAndGet(10_000_000_000L); // 10 h simulated > 2 h horizon
        await(() -> !driver.isPlaying());
        assertEquals(SimTime.ofHours(2), driver.simTime());
        assertEquals(120, engine.eventTimes.size());
    }

    @Test
    void aFailingCommandStopsTheDriverAndIsReported() {
        driver.start();
        driver.post(() -> {
            throw new IllegalStateException("boom");
        });
        await(() -> driver.failure() != null);
        assertEquals("boom", driver.failure().getMessage());
    }

    private static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) fail("condition not reached within 10 s");
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }
}
