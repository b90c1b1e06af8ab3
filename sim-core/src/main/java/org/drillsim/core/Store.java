package org.drillsim.core;

import java.util.ArrayDeque;

/**
 * A stock of a quantity counted in whole units (water bottles, tents, rations) with a capacity.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>{@link #get(long, Runnable)} takes {@code amount} units as soon as they are in stock;
 *       {@link #put(long, Runnable)} adds them as soon as there is room.</li>
 *   <li>Waiting getters are served strictly FIFO, and so are waiting putters: a large request at the
 *       head blocks smaller ones behind it (no overtaking, so nobody starves).</li>
 *   <li>The quantity moves at the moment the request is served; the callback then runs as a separate
 *       event at that time ({@code "<name>:got"} / {@code "<name>:put"}), also when served at once.</li>
 *   <li>An amount &le; 0, or larger than the capacity, throws {@link IllegalArgumentException}.</li>
 * </ul>
 * Statistics: time-weighted level, a tally of getters' waiting times (ms).
 */
public final class Store {
    /** A pending or completed get/put; the handle to cancel it while pending. */
    public static final class Ticket {
        private final long amount;
        private final Runnable onDone;
        private final long requestedAt;
        private boolean done;
        private boolean cancelled;

        private Ticket(long amount, Runnable onDone, long requestedAt) {
            this.amount = amount;
            this.onDone = onDone;
            this.requestedAt = requestedAt;
        }

        /** Units asked for. */
        public long amount() {
            return amount;
        }

        /** Whether the units have moved. */
        public boolean isDone() {
            return done;
        }

        /** Whether it was cancelled before being served. */
        public boolean isCancelled() {
            return cancelled;
        }
    }

    private final Simulation sim;
    private final String name;
    private final String gotLabel;
    private final String putLabel;
    private final long capacity;
    private long level;
    private final ArrayDeque<Ticket> getters = new ArrayDeque<>();
    private final ArrayDeque<Ticket> putters = new ArrayDeque<>();
    private final TimeWeightedStat levelStat;
    private final Tally getWaitTally;

    /** A store holding {@code initialLevel} units out of {@code capacity} ({@link Long#MAX_VALUE} for unbounded). */
    public Store(Simulation sim, String name, long initialLevel, long capacity) {
        if (capacity <= 0 || initialLevel < 0 || initialLevel > capacity) {
            throw new IllegalArgumentException("store '" + name + "': need 0 <= initial level (" + initialLevel
                    + ") <= capacity (" + capacity + ") and capacity > 0");
        }
        this.sim = sim;
        this.name = name;
        this.gotLabel = name + ":got";
        this.putLabel = name + ":put";
        this.capacity = capacity;
        this.level = initialLevel;
        this.levelStat = new TimeWeightedStat(name + " level", sim.now(), initialLevel);
        this.getWaitTally = new Tally(name + " get wait (ms)");
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Takes {@code amount} units when available (FIFO); {@code onDone} (may be null) runs then. */
    public Ticket get(long amount, Runnable onDone) {
        Ticket t = new Ticket(checkAmount(amount, "get"), onDone, sim.now());
        getters.add(t);
        serve();
        return t;
    }

    /** Adds {@code amount} units when there is room (FIFO); {@code onDone} (may be null) runs then. */
    public Ticket put(long amount, Runnable onDone) {
        Ticket t = new Ticket(checkAmount(amount, "put"), onDone, sim.now());
        putters.add(t);
        serve();
        return t;
    }

    /** Takes {@code amount} units now if in stock and nobody is waiting before; never waits. */
    public boolean tryGet(long amount) {
        checkAmount(amount, "tryGet");
        if (!getters.isEmpty() || level < amount) {
            return false;
        }
        setLevel(level - amount);
        serve();
        return true;
    }

    /** Withdraws a pending ticket; returns false if it was already served or cancelled. */
    public boolean cancel(Ticket t) {
        if (t.done || t.cancelled) {
            return false;
        }
        t.cancelled = true;
        getters.remove(t);
        putters.remove(t);
        serve(); // a removed head may unblock the next one
        return true;
    }

    /** Units in stock. */
    public long level() {
        return level;
    }

    /** Maximum units. */
    public long capacity() {
        return capacity;
    }

    /** Waiting getters. */
    public int waitingGetters() {
        return getters.size();
    }

    /** Waiting putters. */
    public int waitingPutters() {
        return putters.size();
    }

    /** Time-weighted stock level. */
    public TimeWeightedStat levelStat() {
        return levelStat;
    }

    /** Waiting times (ms) of served getters. */
    public Tally getWaitTally() {
        return getWaitTally;
    }

    private void serve() {
        boolean progress = true;
        while (progress) {
            progress = false;
            Ticket g = getters.peek();
            if (g != null && level >= g.amount) {
                getters.poll();
                setLevel(level - g.amount);
                getWaitTally.add(sim.now() - g.requestedAt);
                complete(g, gotLabel);
                progress = true;
            }
            Ticket p = putters.peek();
            if (p != null && capacity - level >= p.amount) {
                putters.poll();
                setLevel(level + p.amount);
                complete(p, putLabel);
                progress = true;
            }
        }
    }

    private void complete(Ticket t, String label) {
        t.done = true;
        if (t.onDone != null) {
            sim.schedule(0, label, t.onDone);
        }
    }

    private void setLevel(long newLevel) {
        level = newLevel;
        levelStat.update(sim.now(), newLevel);
    }

    private long checkAmount(long amount, String op) {
        if (amount <= 0 || amount > capacity) {
            throw new IllegalArgumentException("store '" + name + "': " + op + " of " + amount + " units at "
                    + SimTime.formatSeconds(sim.now()) + " — amount must be in 1.." + capacity);
        }
        return amount;
    }
}
