package org.drillsim.core;

import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A discrete-event simulation: a clock, a future-event list and the loop that runs events.
 *
 * <h2>Ordering</h2>
 * Events run in ascending (time, priority, seq): lower priority values run first at equal time,
 * and {@code seq} (the insertion order) breaks the remaining ties, so two events scheduled for the
 * same time and priority run in the order they were scheduled. Runs are fully deterministic.
 *
 * <h2>Control</h2>
 * <ul>
 *   <li>{@link #run()} runs until no event is left or {@link #stop()} is called;</li>
 *   <li>{@link #runUntil(long)} runs every event with time &le; t (an event exactly at t runs),
 *       then sets the clock to t;</li>
 *   <li>{@link #step()} runs exactly one event;</li>
 *   <li>{@link #stop()} (any thread) makes the running loop return after the current event.</li>
 * </ul>
 * {@link #submit(String, Runnable)} (any thread) queues a command; the loop applies queued commands
 * in submission order at the current simulated time, before the next event and when a run starts.
 * While no loop is running, {@link #applyCommands()} applies them at once (the caller must then be
 * the simulation's owner thread). Everything else is single-threaded: one simulation belongs to one
 * thread at a time.
 *
 * <h2>Bad input</h2>
 * A negative delay, a time in the past, a time overflow or a null action throws
 * {@link IllegalArgumentException} naming the event label and the current time. An exception thrown
 * by an action is rethrown as a {@link SimulationException} naming the event and its time.
 */
public final class Simulation {
    /** Default event priority. */
    public static final int DEFAULT_PRIORITY = 0;
    /** The priority listeners see for submitted commands (commands have no place in the event list). */
    public static final int COMMAND_PRIORITY = Integer.MIN_VALUE;

    private record Command(String label, Runnable action) {
    }

    private final EventList events;
    private final RandomStreams streams;
    private final PolledEvent current = new PolledEvent();
    private final ConcurrentLinkedQueue<Command> commands = new ConcurrentLinkedQueue<>();
    private EventListener[] listeners = new EventListener[0];
    private long now;
    private long nextSeq;
    private long executed;
    private volatile boolean running;
    private volatile boolean stopRequested;
    private volatile boolean commandsPending;
    /** Set with either flag above, so the event loop reads one volatile field per event. */
    private volatile boolean attention;

    /** A simulation with master seed 0 and the default event list. */
    public Simulation() {
        this(new RandomStreams(0L));
    }

    /** A simulation whose random streams derive from {@code masterSeed}. */
    public Simulation(long masterSeed) {
        this(new RandomStreams(masterSeed));
    }

    /** A simulation drawing from the given streams (e.g. {@code streams.forReplication(r)}). */
    public Simulation(RandomStreams streams) {
        this(streams, new HeapEventList());
    }

    /** A simulation with the given streams and event list implementation. */
    public Simulation(RandomStreams streams, EventList events) {
        if (streams == null || events == null) {
            throw new IllegalArgumentException("streams and event list must not be null");
        }
        this.streams = streams;
        this.events = events;
    }

    /** The current simulated time (ms). */
    public long now() {
        return now;
    }

    /** The named random streams of this simulation. */
    public RandomStreams streams() {
        return streams;
    }

    /** Shortcut for {@code streams().stream(purpose)}. */
    public RandomStream stream(String purpose) {
        return streams.stream(purpose);
    }

    /** Number of pending events. */
    public int pendingEvents() {
        return events.size();
    }

    /** Time of the next pending event, or {@link Long#MAX_VALUE} if none. */
    public long nextEventTime() {
        return events.firstTime();
    }

    /** Number of events executed so far. */
    public long executedEvents() {
        return executed;
    }

    /** Schedules {@code action} after {@code delay} ms with the default priority; returns a handle for {@link #cancel(long)}. */
    public long schedule(long delay, String label, Runnable action) {
        return schedule(delay, DEFAULT_PRIORITY, label, action);
    }

    /**
     * Schedules {@code action} after {@code delay} ms. Allocates nothing when {@code action} and
     * {@code label} are reused objects (the event list reuses its storage).
     *
     * @param priority lower runs first at equal time; within {@link HeapEventList#MIN_PRIORITY}..{@link HeapEventList#MAX_PRIORITY}
     * @return a handle for {@link #cancel(long)}
     */
    public long schedule(long delay, int priority, String label, Runnable action) {
        if (delay < 0) {
            throw new IllegalArgumentException("negative delay " + delay + " ms for event '" + label + "' at "
                    + SimTime.formatSeconds(now) + " (t=" + now + " ms)");
        }
        if (delay > Long.MAX_VALUE - now) {
            throw new IllegalArgumentException("delay " + delay + " ms for event '" + label + "' at t=" + now
                    + " ms overflows the clock");
        }
        return enqueue(now + delay, priority, label, action);
    }

    /** Schedules {@code action} at absolute time {@code time} (ms) with the default priority. */
    public long scheduleAt(long time, String label, Runnable action) {
        return scheduleAt(time, DEFAULT_PRIORITY, label, action);
    }

    /** Schedules {@code action} at absolute time {@code time} (ms); {@code time} must not be before {@link #now()}. */
    public long scheduleAt(long time, int priority, String label, Runnable action) {
        if (time < now) {
            throw new IllegalArgumentException("event '" + label + "' scheduled in the past: t=" + time + " ms ("
                    + SimTime.formatSeconds(time) + ") is before now=" + now + " ms (" + SimTime.formatSeconds(now) + ")");
        }
        return enqueue(time, priority, label, action);
    }

    private long enqueue(long time, int priority, String label, Runnable action) {
        if (action == null) {
            throw new IllegalArgumentException("event '" + label + "' at " + SimTime.formatSeconds(now) + " has no action (null)");
        }
        return events.add(time, priority, nextSeq++, label, action);
    }

    /**
     * Cancels a pending event.
     *
     * @return {@code true} if it was pending; {@code false} if it already ran or was cancelled
     */
    public boolean cancel(long handle) {
        return events.cancel(handle);
    }

    /** Whether the event is still pending. */
    public boolean isPending(long handle) {
        return events.contains(handle);
    }

    /** A new process named {@code name} (add steps, then {@link Process#start()}). */
    public Process process(String name) {
        return new Process(this, name);
    }

    /** Adds a listener that sees every executed event and applied command. */
    public void addListener(EventListener listener) {
        if (listener == null) {
            throw new IllegalArgumentException("listener must not be null");
        }
        listeners = Arrays.copyOf(listeners, listeners.length + 1);
        listeners[listeners.length - 1] = listener;
    }

    /** Removes a listener added before (no effect if absent). */
    public void removeListener(EventListener listener) {
        for (int i = 0; i < listeners.length; i++) {
            if (listeners[i] == listener) {
                EventListener[] shorter = new EventListener[listeners.length - 1];
                System.arraycopy(listeners, 0, shorter, 0, i);
                System.arraycopy(listeners, i + 1, shorter, i, shorter.length - i);
                listeners = shorter;
                return;
            }
        }
    }

    /**
     * Queues a command from any thread. It is applied at the current simulated time, in submission
     * order, before the next event runs (or by {@link #applyCommands()} while paused).
     */
    public void submit(String label, Runnable command) {
        if (command == null) {
            throw new IllegalArgumentException("command '" + label + "' is null");
        }
        commands.add(new Command(label, command));
        commandsPending = true;
        attention = true;
    }

    /** {@link #submit(String, Runnable)} with the label "command". */
    public void submit(Runnable command) {
        submit("command", command);
    }

    /**
     * Applies every queued command now, in submission order. Called by the run loop; call it yourself
     * (on the simulation's thread) to apply commands while paused.
     *
     * @return how many commands were applied
     */
    public int applyCommands() {
        int applied = 0;
        while (commandsPending) {
            commandsPending = false;
            Command c;
            while ((c = commands.poll()) != null) {
                long seq = nextSeq++;
                for (EventListener l : listeners) {
                    l.onEvent(now, COMMAND_PRIORITY, seq, c.label());
                }
                try {
                    c.action().run();
                } catch (RuntimeException e) {
                    throw new SimulationException(now, c.label(), seq, e);
                }
                applied++;
            }
        }
        return applied;
    }

    /** Runs until no event is pending or {@link #stop()} is called. */
    public void run() {
        loop(Long.MAX_VALUE);
    }

    /**
     * Runs every event with time &le; {@code time} (an event exactly at {@code time} runs), then sets
     * the clock to {@code time} — unless {@link #stop()} ended the run early, in which case the clock
     * stays at the last executed event.
     */
    public void runUntil(long time) {
        if (time < now) {
            throw new IllegalArgumentException("runUntil(" + time + " ms = " + SimTime.formatSeconds(time)
                    + ") is before now=" + now + " ms (" + SimTime.formatSeconds(now) + ")");
        }
        if (loop(time)) {
            now = time;
        }
    }

    /**
     * Applies queued commands, then runs exactly one event.
     *
     * @return {@code false} if no event was pending
     */
    public boolean step() {
        enterLoop();
        try {
            applyCommands();
            return executeNext(Long.MAX_VALUE);
        } finally {
            running = false;
        }
    }

    /**
     * Asks the running loop to return after the current event; callable from any thread. The request
     * is consumed by the loop that sees it (a stop before a run makes that run return at once).
     */
    public void stop() {
        stopRequested = true;
        attention = true;
    }

    /** Whether a run loop is executing right now. */
    public boolean isRunning() {
        return running;
    }

    /** @return true if the loop ended because no event was left up to {@code limit}, false if stopped */
    private boolean loop(long limit) {
        enterLoop();
        try {
            while (true) {
                if (attention) {
                    attention = false;
                    applyCommands();
                    if (stopRequested) {
                        stopRequested = false;
                        return false;
                    }
                }
                if (!executeNext(limit)) {
                    return true;
                }
            }
        } finally {
            running = false;
        }
    }

    private void enterLoop() {
        if (running) {
            throw new IllegalStateException("the simulation is already running (run/runUntil/step called from inside an event at "
                    + SimTime.formatSeconds(now) + ")");
        }
        running = true;
    }

    private boolean executeNext(long limit) {
        if ((limit != Long.MAX_VALUE && events.firstTime() > limit) || !events.pollFirst(current)) {
            return false;
        }
        now = current.time;
        Runnable action = current.action;
        current.action = null;
        executed++;
        EventListener[] ls = listeners;
        for (EventListener l : ls) {
            l.onEvent(current.time, current.priority, current.seq, current.label);
        }
        try {
            action.run();
        } catch (SimulationException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SimulationException(current.time, current.label, current.seq, e);
        }
        return true;
    }
}
