package org.drillsim.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition processes can wait for ("road reopened", "shelter opened"). {@link #fire()} wakes every
 * current waiter; each waiter's callback runs as its own event at the firing time, in the order the
 * waiters started waiting (label {@code "<name>:fired"}). A waiter that arrives after a fire waits
 * for the next one (a signal has no memory; use a condition with {@link Process#waitUntil} for state).
 */
public final class Signal {
    /** A registered wait; the handle to cancel it. */
    public static final class Waiter {
        private final Runnable onFired;
        private boolean active = true;

        private Waiter(Runnable onFired) {
            this.onFired = onFired;
        }

        /** Whether it is still waiting. */
        public boolean isActive() {
            return active;
        }
    }

    private final Simulation sim;
    private final String name;
    private final String firedLabel;
    private List<Waiter> waiters = new ArrayList<>();
    private long fireCount;

    /** A signal with no waiters. */
    public Signal(Simulation sim, String name) {
        this.sim = sim;
        this.name = name;
        this.firedLabel = name + ":fired";
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Waits for the next {@link #fire()}. */
    public Waiter await(Runnable onFired) {
        if (onFired == null) {
            throw new IllegalArgumentException("signal '" + name + "': waiter without a callback");
        }
        Waiter w = new Waiter(onFired);
        waiters.add(w);
        return w;
    }

    /** Stops waiting; returns false if the waiter was already woken or cancelled. */
    public boolean cancel(Waiter w) {
        if (!w.active) {
            return false;
        }
        w.active = false;
        waiters.remove(w);
        return true;
    }

    /** Wakes every current waiter. */
    public void fire() {
        fireCount++;
        List<Waiter> woken = waiters;
        waiters = new ArrayList<>();
        for (Waiter w : woken) {
            w.active = false;
            sim.schedule(0, firedLabel, w.onFired);
        }
    }

    /** Number of waiters. */
    public int waiting() {
        return waiters.size();
    }

    /** How many times it has fired. */
    public long fireCount() {
        return fireCount;
    }
}
