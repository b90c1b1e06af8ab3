package org.drillsim.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * A process: domain logic written as one sequence of steps instead of scattered callbacks.
 *
 * <pre>{@code
 * sim.process("amb-3")
 *    .delay(() -> travelMs)                 // drive to the scene
 *    .seize(crew, 0)                        // wait for a crew (priority 0)
 *    .delay(SimTime.ofMinutes(15))          // treat on scene
 *    .release(crew)
 *    .get(stretchers, 1)                    // wait for a stretcher
 *    .then(() -> log.add("loaded"))
 *    .start();
 * }</pre>
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Steps are built first, then {@link #start()} schedules the first step as an event at the
 *       current time ({@code "<name>:start"}); adding steps after the start is an error.</li>
 *   <li>Steps that do not wait ({@code then}, {@code release}, a zero delay is still an event) run
 *       back to back inside the same event. Waiting steps (delay, seize, get, put, waitFor,
 *       waitUntil) suspend the process; it resumes inside the event that ends the wait.</li>
 *   <li>Suppliers ({@code delay(LongSupplier)}, {@code waitUntil}) are evaluated when the step is
 *       reached, not when it is built.</li>
 *   <li>No threads: a process is a small state machine driven by events, so runs are deterministic.</li>
 *   <li>{@link #cancel(String)} (interrupt, e.g. for reassignment) stops the process wherever it waits:
 *       a pending delay is cancelled, a queued request / store ticket / signal wait is withdrawn,
 *       and <b>every unit the process holds is released</b>; then the {@link #onCancel} handler runs.
 *       Store units already taken stay taken.</li>
 *   <li>A unit seized with {@link #seizePreemptable} can be taken by a preempting request; the
 *       process is then cancelled with reason {@code "preempted from <resource>"}.</li>
 * </ul>
 */
public final class Process {

    /** Where a process is in its life. */
    public enum State {
        /** Built, not started. */
        CREATED,
        /** Started, waiting for its next event or executing. */
        ACTIVE,
        /** Ran past its last step. */
        DONE,
        /** Cancelled (interrupted). */
        CANCELLED
    }

    /** One step; returns true if the process continues at once, false if it now waits. */
    private interface Step {
        boolean execute();
    }

    private final Simulation sim;
    private final String name;
    private final List<Step> steps = new ArrayList<>();
    private final String delayLabel;
    private final Runnable resumeNext = this::resumeNext;
    private final Runnable resumeSame = this::resumeSame;
    private final List<Resource.Request> held = new ArrayList<>();
    private int pc;
    private State state = State.CREATED;
    private String cancelReason;
    private Runnable onCancel;

    // what the process waits for now (at most one is set)
    private long pendingEvent = -1;
    private Resource.Request pendingRequest;
    private Store.Ticket pendingTicket;
    private Store pendingStore;
    private Signal.Waiter pendingWaiter;
    private Signal pendingSignal;

    /** A process with no steps; prefer {@link Simulation#process(String)}. */
    public Process(Simulation sim, String name) {
        this.sim = sim;
        this.name = name;
        this.delayLabel = name + ":delay";
    }

    /** Its name. */
    public String name() {
        return name;
    }

    /** Its state. */
    public State state() {
        return state;
    }

    /** Why it was cancelled, or null. */
    public String cancelReason() {
        return cancelReason;
    }

    /** Units it holds now. */
    public List<Resource.Request> held() {
        return List.copyOf(held);
    }

    // ---- building ----

    /** Waits {@code millis} ms (&ge; 0). */
    public Process delay(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("process '" + name + "': negative delay " + millis + " ms in step " + steps.size());
        }
        return delay(() -> millis);
    }

    /** Waits for a duration computed when the step is reached. */
    public Process delay(LongSupplier millis) {
        int index = steps.size();
        return add(() -> {
            long d = millis.getAsLong();
            if (d < 0) {
                throw new IllegalArgumentException("process '" + name + "' step " + index + ": negative delay " + d + " ms at "
                        + SimTime.formatSeconds(sim.now()));
            }
            pendingEvent = sim.schedule(d, delayLabel, resumeNext);
            return false;
        });
    }

    /** Waits for a unit of {@code resource} (non-preemptive, not preemptable). */
    public Process seize(Resource resource, int priority) {
        return seizeStep(resource, priority, false, false);
    }

    /** Like {@link #seize}, but may preempt preemptable holders of strictly worse priority. */
    public Process seizePreempting(Resource resource, int priority) {
        return seizeStep(resource, priority, true, false);
    }

    /** Like {@link #seize}, but the unit can be taken away; the process is then cancelled. */
    public Process seizePreemptable(Resource resource, int priority) {
        return seizeStep(resource, priority, false, true);
    }

    /** Releases the most recently seized unit of {@code resource}; error if the process holds none. */
    public Process release(Resource resource) {
        int index = steps.size();
        return add(() -> {
            for (int i = held.size() - 1; i >= 0; i--) {
                Resource.Request r = held.get(i);
                if (r.resource() == resource) {
                    held.remove(i);
                    resource.release(r);
                    return true;
                }
            }
            throw new IllegalStateException("release of unheld resource '" + resource.name() + "' by process '" + name
                    + "' (step " + index + ") at " + SimTime.formatSeconds(sim.now()) + ": the process holds no unit of it");
        });
    }

    /** Waits until {@code amount} units can be taken from {@code store}. */
    public Process get(Store store, long amount) {
        return add(() -> {
            pendingStore = store;
            pendingTicket = store.get(amount, resumeNext);
            return false;
        });
    }

    /** Waits until {@code amount} units can be put into {@code store}. */
    public Process put(Store store, long amount) {
        return add(() -> {
            pendingStore = store;
            pendingTicket = store.put(amount, resumeNext);
            return false;
        });
    }

    /** Waits for the next firing of {@code signal}. */
    public Process waitFor(Signal signal) {
        return add(() -> {
            pendingSignal = signal;
            pendingWaiter = signal.await(resumeNext);
            return false;
        });
    }

    /**
     * Continues at once if {@code condition} holds; otherwise waits for {@code signal} and checks
     * again at each firing.
     */
    public Process waitUntil(Signal signal, BooleanSupplier condition) {
        return add(() -> {
            if (condition.getAsBoolean()) {
                return true;
            }
            pendingSignal = signal;
            pendingWaiter = signal.await(resumeSame);
            return false;
        });
    }

    /** Runs an action (does not wait). */
    public Process then(Runnable action) {
        return add(() -> {
            action.run();
            return true;
        });
    }

    /** Jumps back to the first step while {@code condition} holds when this step is reached. */
    public Process repeatWhile(BooleanSupplier condition) {
        return add(() -> {
            if (condition.getAsBoolean()) {
                pc = -1; // resumeNext / the loop increments to 0
            }
            return true;
        });
    }

    /** Runs when the process is cancelled (after its units are released). */
    public Process onCancel(Runnable handler) {
        this.onCancel = handler;
        return this;
    }

    // ---- running ----

    /** Starts the process now (its first step runs as an event at the current time). */
    public Process start() {
        return start(0);
    }

    /** Starts the process after {@code delay} ms. */
    public Process start(long delay) {
        if (state != State.CREATED) {
            throw new IllegalStateException("process '" + name + "' started twice (state " + state + ") at " + SimTime.formatSeconds(sim.now()));
        }
        state = State.ACTIVE;
        pc = 0;
        pendingEvent = sim.schedule(delay, name + ":start", resumeSame);
        return this;
    }

    /**
     * Cancels (interrupts) the process; see the class comment.
     *
     * @return false if it had already finished or been cancelled
     */
    public boolean cancel(String reason) {
        if (state == State.DONE || state == State.CANCELLED) {
            return false;
        }
        state = State.CANCELLED;
        cancelReason = reason;
        if (pendingEvent >= 0) {
            sim.cancel(pendingEvent);
        }
        if (pendingRequest != null) {
            pendingRequest.resource().cancel(pendingRequest);
        }
        if (pendingTicket != null) {
            pendingStore.cancel(pendingTicket);
        }
        if (pendingWaiter != null) {
            pendingSignal.cancel(pendingWaiter);
        }
        clearPending();
        for (int i = held.size() - 1; i >= 0; i--) {
            Resource.Request r = held.get(i);
            if (r.isHolding()) {
                r.resource().release(r);
            }
        }
        held.clear();
        if (onCancel != null) {
            onCancel.run();
        }
        return true;
    }

    private Process seizeStep(Resource resource, int priority, boolean preempt, boolean preemptable) {
        Runnable onPreempted = preemptable ? () -> {
            held.removeIf(r -> !r.isHolding() && r.resource() == resource);
            cancel("preempted from " + resource.name());
        } : null;
        return add(() -> {
            pendingRequest = resource.seize(priority, preempt, resumeNext, onPreempted);
            held.add(pendingRequest); // counted as held from the grant on; cancel releases it either way
            return false;
        });
    }

    private Process add(Step step) {
        if (state != State.CREATED) {
            throw new IllegalStateException("process '" + name + "': steps must be added before start()");
        }
        steps.add(step);
        return this;
    }

    private void resumeNext() {
        if (state != State.ACTIVE) {
            return; // woken after cancellation
        }
        clearPending();
        pc++;
        advance();
    }

    private void resumeSame() {
        if (state != State.ACTIVE) {
            return;
        }
        clearPending();
        advance();
    }

    private void advance() {
        while (pc < steps.size()) {
            if (!steps.get(pc).execute()) {
                return;
            }
            if (state != State.ACTIVE) {
                return; // an action cancelled this process
            }
            pc++;
        }
        state = State.DONE;
    }

    private void clearPending() {
        pendingEvent = -1;
        pendingRequest = null;
        pendingTicket = null;
        pendingStore = null;
        pendingWaiter = null;
        pendingSignal = null;
    }
}
