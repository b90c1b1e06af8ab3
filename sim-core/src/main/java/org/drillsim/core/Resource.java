package org.drillsim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;

/**
 * A pool of identical units (beds, ambulances, crews) with a priority queue of requests.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>A request asks for one unit. Waiting requests are served by priority (lower value first),
 *       FIFO within a priority.</li>
 *   <li>The {@code onGranted} callback always runs as a separate event at the time of the grant
 *       (label {@code "<name>:grant"}), also when a unit was free at once; the unit is already held
 *       from the moment of the grant.</li>
 *   <li><b>Non-preemptive by default.</b> A holder loses its unit only if it registered an
 *       {@code onPreempted} callback (it is <i>preemptable</i>) and a request made with
 *       {@code preempt = true} arrives with a strictly better (lower) priority while no unit is free.
 *       The victim is the preemptable holder with the worst priority, the latest granted among equals.
 *       Its request becomes {@link RequestState#PREEMPTED} (it is not re-queued; the time it held the
 *       unit counts as busy) and its {@code onPreempted} runs as an event at that time
 *       ({@code "<name>:preempted"}). If no victim exists the preempting request waits like any other.</li>
 *   <li>Releasing a request that does not hold a unit throws {@link IllegalStateException} naming the
 *       resource, the time and the request's state.</li>
 *   <li>{@link #setCapacity(int)} changes the number of units at run time (surge beds). Lowering it
 *       never takes units away: busy units above the new capacity are simply not re-granted when
 *       released.</li>
 * </ul>
 * Statistics: time-weighted busy units, queue length and capacity; a tally of waiting times (ms).
 */
public final class Resource {

    /** The life of a request. */
    public enum RequestState {
        /** In the queue. */
        WAITING,
        /** Holds a unit. */
        HOLDING,
        /** Gave its unit back. */
        RELEASED,
        /** Withdrawn before it got a unit. */
        CANCELLED,
        /** Lost its unit to a higher-priority preempting request. */
        PREEMPTED
    }

    /** A request for one unit; also the handle to release or cancel it. */
    public final class Request {
        private final int priority;
        private final long seq;
        private final boolean preempt;
        private final Runnable onGranted;
        private final Runnable onPreempted;
        private final long requestedAt;
        private long grantedAt = -1;
        private RequestState state = RequestState.WAITING;

        private Request(int priority, boolean preempt, Runnable onGranted, Runnable onPreempted) {
            this.priority = priority;
            this.seq = nextSeq++;
            this.preempt = preempt;
            this.onGranted = onGranted;
            this.onPreempted = onPreempted;
            this.requestedAt = sim.now();
        }

        /** The resource asked for. */
        public Resource resource() {
            return Resource.this;
        }

        /** Its priority (lower is served first). */
        public int priority() {
            return priority;
        }

        /** Its current state. */
        public RequestState state() {
            return state;
        }

        /** Whether it holds a unit now. */
        public boolean isHolding() {
            return state == RequestState.HOLDING;
        }

        /** When it was made (ms). */
        public long requestedAt() {
            return requestedAt;
        }

        /** When it was granted (ms), or -1. */
        public long grantedAt() {
            return grantedAt;
        }

        @Override
        public String toString() {
            return name + " request #" + seq + " (priority " + priority + ", " + state + ")";
        }
    }

    private final Simulation sim;
    private final String name;
    private final String grantLabel;
    private final String preemptedLabel;
    private final PriorityQueue<Request> queue = new PriorityQueue<>((a, b) ->
            a.priority != b.priority ? Integer.compare(a.priority, b.priority) : Long.compare(a.seq, b.seq));
    private final List<Request> holders = new ArrayList<>();
    private int capacity;
    private long nextSeq;
    private final TimeWeightedStat busyStat;
    private final TimeWeightedStat queueStat;
    private final TimeWeightedStat capacityStat;
    private final Tally waitTally;

    /** A resource with {@code capacity} (&ge; 0) units. */
    public Resource(Simulation sim, String name, int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("resource '" + name + "': capacity " + capacity + " is negative");
        }
        this.sim = sim;
        this.name = name;
        this.grantLabel = name + ":grant";
        this.preemptedLabel = name + ":preempted";
        this.capacity = capacity;
        this.busyStat = new TimeWeightedStat(name + " busy", sim.now(), 0);
        this.queueStat = new TimeWeightedStat(name + " queue", sim.now(), 0);
        this.capacityStat = new TimeWeightedStat(name + " capacity", sim.now(), capacity);
        this.waitTally = new Tally(name + " wait (ms)");
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Non-preemptive, non-preemptable request for one unit; {@code onGranted} runs when it is granted. */
    public Request seize(int priority, Runnable onGranted) {
        return seize(priority, false, onGranted, null);
    }

    /**
     * Requests one unit.
     *
     * @param priority    lower is served first (FIFO within a priority)
     * @param preempt     whether this request may take a unit from a preemptable holder of strictly worse priority
     * @param onGranted   runs (as an event) when the unit is granted; may be null
     * @param onPreempted if non-null, this holder is preemptable, and this runs (as an event) when it loses the unit
     */
    public Request seize(int priority, boolean preempt, Runnable onGranted, Runnable onPreempted) {
        Request r = new Request(priority, preempt, onGranted, onPreempted);
        if (queue.isEmpty() && busy() < capacity) {
            grant(r);
        } else if (preempt && preemptFor(r)) {
            grant(r);
        } else {
            queue.add(r);
            queueStat.update(sim.now(), queue.size());
        }
        return r;
    }

    /** Gives back the unit held by {@code r} and serves the queue. */
    public void release(Request r) {
        if (r == null || r.resource() != this) {
            throw new IllegalArgumentException("release of resource '" + name + "' at " + SimTime.formatSeconds(sim.now())
                    + " with " + (r == null ? "no request" : "a request for '" + r.resource().name + "'"));
        }
        if (r.state != RequestState.HOLDING) {
            throw new IllegalStateException("release of unheld resource '" + name + "' at " + SimTime.formatSeconds(sim.now())
                    + " (t=" + sim.now() + " ms): request #" + r.seq + " is " + r.state);
        }
        holders.remove(r);
        r.state = RequestState.RELEASED;
        busyStat.update(sim.now(), holders.size());
        serveQueue();
    }

    /**
     * Withdraws a request: a waiting one leaves the queue, a holding one is released.
     *
     * @return {@code false} if it was already released, cancelled or preempted
     */
    public boolean cancel(Request r) {
        if (r.state == RequestState.WAITING) {
            queue.remove(r);
            r.state = RequestState.CANCELLED;
            queueStat.update(sim.now(), queue.size());
            return true;
        }
        if (r.state == RequestState.HOLDING) {
            release(r);
            return true;
        }
        return false;
    }

    /** Changes the number of units (&ge; 0); see the class comment for what happens to busy units. */
    public void setCapacity(int newCapacity) {
        if (newCapacity < 0) {
            throw new IllegalArgumentException("resource '" + name + "': capacity " + newCapacity + " at "
                    + SimTime.formatSeconds(sim.now()) + " is negative");
        }
        capacity = newCapacity;
        capacityStat.update(sim.now(), newCapacity);
        serveQueue();
    }

    /** Number of units. */
    public int capacity() {
        return capacity;
    }

    /** Units held now. */
    public int busy() {
        return holders.size();
    }

    /** Units free now (0 if over capacity after a reduction). */
    public int available() {
        return Math.max(0, capacity - holders.size());
    }

    /** Requests waiting now. */
    public int queueLength() {
        return queue.size();
    }

    /** Utilisation so far: ∫busy dt / ∫capacity dt (NaN if no capacity-time has passed). */
    public double utilisation() {
        double cap = capacityStat.integral(sim.now());
        return cap == 0 ? Double.NaN : busyStat.integral(sim.now()) / cap;
    }

    /** Time-weighted busy units. */
    public TimeWeightedStat busyStat() {
        return busyStat;
    }

    /** Time-weighted queue length. */
    public TimeWeightedStat queueStat() {
        return queueStat;
    }

    /** Waiting times (ms) of granted requests. */
    public Tally waitTally() {
        return waitTally;
    }

    /** Restarts every statistic now (end of a warm-up). */
    public void resetStats() {
        long t = sim.now();
        busyStat.reset(t);
        queueStat.reset(t);
        capacityStat.reset(t);
        waitTally.reset();
    }

    private void serveQueue() {
        boolean changed = false;
        while (!queue.isEmpty() && holders.size() < capacity) {
            grant(queue.poll());
            changed = true;
        }
        if (changed) {
            queueStat.update(sim.now(), queue.size());
        }
    }

    private void grant(Request r) {
        r.state = RequestState.HOLDING;
        r.grantedAt = sim.now();
        holders.add(r);
        busyStat.update(sim.now(), holders.size());
        waitTally.add(r.grantedAt - r.requestedAt);
        if (r.onGranted != null) {
            sim.schedule(0, grantLabel, r.onGranted);
        }
    }

    /** Takes a unit from the best victim for {@code r}; returns false if there is none. */
    private boolean preemptFor(Request r) {
        Request victim = null;
        for (Request h : holders) {
            if (h.onPreempted != null && h.priority > r.priority && (victim == null || h.priority >= victim.priority)) {
                victim = h;
            }
        }
        if (victim == null) {
            return false;
        }
        holders.remove(victim);
        victim.state = RequestState.PREEMPTED;
        busyStat.update(sim.now(), holders.size());
        sim.schedule(0, preemptedLabel, victim.onPreempted);
        return true;
    }
}
