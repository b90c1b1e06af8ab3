package org.drillsim.bench.kernel;

import org.drillsim.core.HeapEventList;
import org.drillsim.core.RandomStreams;
import org.drillsim.core.Simulation;

/**
 * The hold model on our kernel: N pending events; each executed event schedules one new event at
 * now + Exp(1) by re-scheduling one pre-allocated handler (no allocation per event).
 */
final class OurHold implements HoldRunner {
    private static final String LABEL = "hold";

    private final long[] ticks;
    private Simulation sim;
    private final Runnable handler = this::fire;
    private long remaining;
    private int next;

    OurHold(HoldModel model) {
        this.ticks = model.incrementTicks;
    }

    @Override
    public String name() {
        return "DrillSim HeapEventList";
    }

    @Override
    public void setUp(int n) {
        sim = new Simulation(new RandomStreams(1), new HeapEventList(n + 16));
        next = 0;
        for (int i = 0; i < n; i++) {
            sim.schedule(ticks[next++ & HoldModel.MASK], LABEL, handler);
        }
    }

    @Override
    public void run(long steps) {
        remaining = steps;
        sim.run();
    }

    @Override
    public void tearDown() {
        sim = null;
    }

    private void fire() {
        sim.schedule(ticks[next++ & HoldModel.MASK], LABEL, handler);
        if (--remaining == 0) {
            sim.stop();
        }
    }
}
