package org.drillsim.bench.kernel;

import java.util.function.Supplier;

import umontreal.ssj.simevents.Event;
import umontreal.ssj.simevents.Simulator;
import umontreal.ssj.simevents.eventlist.EventList;

/**
 * The hold model on SSJ 3.3.2: N pending {@link Event} objects; each one, when it fires, re-schedules
 * itself at now + Exp(1) (SSJ's idiomatic allocation-free way). SSJ's loop removes and drops one
 * event after {@code stop()}, so a run of S steps ends with N-1 pending; {@link #run} compensates by
 * re-adding it.
 */
final class SsjHold implements HoldRunner {
    private final double[] increments;
    private final String name;
    private final Supplier<EventList> listFactory;
    private Simulator sim;
    private long remaining;
    private int next;

    SsjHold(HoldModel model, String name, Supplier<EventList> listFactory) {
        this.increments = model.increments;
        this.name = name;
        this.listFactory = listFactory;
    }

    private final class Hold extends Event {
        Hold(Simulator sim) {
            super(sim);
        }

        @Override
        public void actions() {
            schedule(increments[next++ & HoldModel.MASK]);
            if (--remaining == 0) {
                sim.stop();
            }
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void setUp(int n) {
        sim = new Simulator(listFactory.get());
        sim.init();
        next = 0;
        for (int i = 0; i < n; i++) {
            new Hold(sim).schedule(increments[next++ & HoldModel.MASK]);
        }
    }

    @Override
    public void run(long steps) {
        remaining = steps;
        sim.start();
        // Simulator.start() polls one more event after stop() and drops it: put one back to keep N constant.
        new Hold(sim).schedule(increments[next++ & HoldModel.MASK]);
    }

    @Override
    public void tearDown() {
        sim = null;
    }

    /** The class of SSJ's default event list (a new Simulator's). */
    static String defaultListName() {
        return new Simulator().getEventList().getClass().getSimpleName();
    }
}
