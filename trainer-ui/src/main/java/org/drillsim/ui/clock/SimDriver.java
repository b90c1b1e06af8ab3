package org.drillsim.ui.clock;

import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Runs a simulation on its own thread, paced against wall time: while playing, each tick advances the
 * simulation to {@code anchorSim + elapsedWall × speed} and publishes a snapshot; the JavaFX thread only
 * reads the latest snapshot. Everything that touches the simulation — advancing, commands, injects —
 * happens on the driver thread, between advances, so a command is always applied at the time the
 * simulation was advanced to (which is what makes a journal replay exact).
 * <p>
 * The driver stops by itself at the horizon and, when asked, at each stop time the engine announces
 * (scripted injects), so that trainees can read an inject before the clock runs on.
 *
 * @param <S> the snapshot type handed to the user interface
 */
public final class SimDriver<S> implements AutoCloseable {
    /** The simulation as the driver sees it. All methods are called on the driver thread only. */
    public interface Engine<S> {
        /** Current simulated time, ms. */
        long now();

        /** Runs every event up to and including {@code timeMs}; afterwards {@code now() == timeMs}. */
        void advanceTo(long timeMs);

        /** The end of the drill, ms. */
        long horizonMs();

        /** The first time after {@code timeMs} at which the clock should pause (e.g. a scripted inject), or {@link Long#MAX_VALUE}. */
        long nextStopAfter(long timeMs);

        /** An immutable picture of the current state for the user interface. */
        S snapshot();
    }

    /** Speeds offered to the trainer: simulated time per wall time. */
    public static final double[] SPEEDS = {1, 60, 600, 3600};

    private static final long TICK_NANOS = 16_000_000L;

    private final Engine<S> engine;
    private final LongSupplier nanoClock;
    private final Object lock = new Object();
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private final AtomicReference<S> latest = new AtomicReference<>();
    private final Thread thread;

    // guarded by lock
    private boolean playing;
    private boolean closed;
    private boolean pauseAtStops = true;
    private double speed = 60;
    private long anchorSim;
    private long anchorNanos;
    private long jumpTarget = -1;
    private Throwable failure;

    private volatile long simTime;
    private volatile long publishedCount;

    /** A driver with the system clock; call {@link #start()} to begin. */
    public SimDriver(Engine<S> engine) {
        this(engine, System::nanoTime);
    }

    /** A driver reading wall time from {@code nanoClock} (tests pass a controllable clock). */
    public SimDriver(Engine<S> engine, LongSupplier nanoClock) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.nanoClock = nanoClock;
        this.thread = new Thread(this::loop, "drillsim-sim");
        this.thread.setDaemon(true);
    }

    /** Starts the driver thread (paused) and publishes the first snapshot. */
    public void start() {
        thread.start();
    }

    /** The latest published snapshot (null before the first one). */
    public S latest() {
        return latest.get();
    }

    /** How many snapshots have been published (tests wait on it). */
    public long publishedCount() {
        return publishedCount;
    }

    /** Simulated time of the latest advance. */
    public long simTime() {
        return simTime;
    }

    /** True while the clock runs. */
    public boolean isPlaying() {
        synchronized (lock) {
            return playing;
        }
    }

    /** The current speed factor. */
    public double speed() {
        synchronized (lock) {
            return speed;
        }
    }

    /** The failure that stopped the driver thread, or null. */
    public Throwable failure() {
        synchronized (lock) {
            return failure;
        }
    }

    /** Runs the clock from now at the current speed. */
    public void play() {
        synchronized (lock) {
            if (!playing) {
                playing = true;
                anchorSim = simTime;
                anchorNanos = nanoClock.getAsLong();
            }
            lock.notifyAll();
        }
    }

    /** Stops the clock; commands are still applied while paused. */
    public void pause() {
        synchronized (lock) {
            playing = false;
            lock.notifyAll();
        }
    }

    /** Sets simulated milliseconds per wall millisecond (1, 60, 600, 3600 …). */
    public void setSpeed(double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) throw new IllegalArgumentException("speed must be a positive number, got " + factor);
        synchronized (lock) {
            anchorSim = simTime;
            anchorNanos = nanoClock.getAsLong();
            speed = factor;
            lock.notifyAll();
        }
    }

    /** Whether the clock pauses by itself at each stop time (scripted injects). Default true. */
    public void setPauseAtStops(boolean pause) {
        synchronized (lock) {
            pauseAtStops = pause;
        }
    }

    /** Runs the simulation straight to {@code timeMs} (no pacing), e.g. the next inject; then paused. */
    public void jumpTo(long timeMs) {
        synchronized (lock) {
            jumpTarget = Math.max(jumpTarget, timeMs);
            playing = false;
            lock.notifyAll();
        }
    }

    /** Runs {@code task} on the driver thread before the next advance, in posting order (commands, injects). */
    public void post(Runnable task) {
        synchronized (lock) {
            if (closed) throw new IllegalStateException("the simulation driver is closed");
            tasks.add(task);
            lock.notifyAll();
        }
    }

    /** Stops the driver thread and waits for it. */
    @Override
    public void close() {
        synchronized (lock) {
            closed = true;
            lock.notifyAll();
        }
        if (Thread.currentThread() != thread) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        try {
            simTime = engine.now();
            publish();
            while (true) {
                boolean changed = false;
                Runnable task;
                long jump;
                boolean play;
                double factor;
                long aSim;
                long aNanos;
                boolean stopAtInjects;
                synchronized (lock) {
                    if (closed) return;
                    task = tasks.poll();
                    jump = jumpTarget;
                    jumpTarget = -1;
                    play = playing;
                    factor = speed;
                    aSim = anchorSim;
                    aNanos = anchorNanos;
                    stopAtInjects = pauseAtStops;
                }
                if (task != null) {
                    task.run();
                    changed = true;
                }
                long horizon = engine.horizonMs();
                if (jump >= 0) {
                    advance(Math.min(jump, horizon));
                    reanchor();
                    changed = true;
                } else if (play) {
                    long target = aSim + (long) ((nanoClock.getAsLong() - aNanos) / 1e6 * factor);
                    long stop = stopAtInjects ? engine.nextStopAfter(simTime) : Long.MAX_VALUE;
                    boolean pauseHere = false;
                    if (stop <= target) {
                        target = stop;
                        pauseHere = true;
                    }
                    if (target >= horizon) {
                        target = horizon;
                        pauseHere = true;
                    }
                    if (target > simTime) {
                        advance(target);
                        changed = true;
                    }
                    if (pauseHere) {
                        synchronized (lock) {
                            playing = false;
                        }
                        changed = true;
                    }
                }
                if (changed) publish();
                synchronized (lock) {
                    if (!closed && tasks.isEmpty() && jumpTarget < 0) {
                        lock.wait(playing ? TICK_NANOS / 1_000_000 : 200);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Throwable t) {
            synchronized (lock) {
                failure = t;
                playing = false;
                closed = true;
            }
            try {
                publish(); // lets the user interface see the failure; the failure itself is kept above
            } catch (RuntimeException again) {
                t.addSuppressed(again);
            }
        }
    }

    private void advance(long target) {
        if (target > engine.now()) engine.advanceTo(target);
        simTime = engine.now();
    }

    private void reanchor() {
        synchronized (lock) {
            anchorSim = simTime;
            anchorNanos = nanoClock.getAsLong();
        }
    }

    private void publish() {
        try {
            latest.set(engine.snapshot());
        } finally {
            publishedCount++;
        }
    }
}
