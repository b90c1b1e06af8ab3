package org.drillsim.world;

import org.drillsim.core.SimTime;

/**
 * One measured clock of a target: a person, a group of people (weight = head count), a shelter's supply
 * request, a blocked road or a fire. It starts at an event, runs under one {@link DelayCause} at a time and
 * stops at the clock's stop event. Created by {@link ClockBook#start}; not thread-safe.
 */
public final class TargetClock {
    private static final DelayCause[] CAUSES = DelayCause.values();

    private final ClockBook book;
    private final int index;
    private final ClockSpan span;
    private final String subject;
    private long weight;
    private final long startMs;
    private final int node;
    private long stopMs = -1;
    private long failedMs = -1;
    private long withdrawnMs = -1;
    private DelayCause cause;
    private long causeSince;
    private final long[] causeMs = new long[CAUSES.length];

    TargetClock(ClockBook book, int index, ClockSpan span, String subject, long weight, long startMs, DelayCause cause,
                int node) {
        if (weight <= 0) {
            throw new IllegalArgumentException("clock " + subject + ": weight must be positive, got " + weight);
        }
        this.book = book;
        this.index = index;
        this.span = span;
        this.subject = subject;
        this.weight = weight;
        this.startMs = startMs;
        this.node = node;
        this.cause = cause;
        this.causeSince = startMs;
    }

    /** Creation order in its book, from 0. */
    public int index() {
        return index;
    }

    /** What it measures. */
    public ClockSpan span() {
        return span;
    }

    /** Id of the person group, request, road … it measures. */
    public String subject() {
        return subject;
    }

    /** Road node where the measured people or thing are (for the unmet-demand map), or -1 if unknown. */
    public int node() {
        return node;
    }

    /** People (or units) it stands for. */
    public long weight() {
        return weight;
    }

    /** Start time, ms. */
    public long startMs() {
        return startMs;
    }

    /** Stop time, ms, or -1 while running. */
    public long stopMs() {
        return stopMs;
    }

    /** Whether it has neither stopped, failed nor been withdrawn. */
    public boolean isRunning() {
        return stopMs < 0 && failedMs < 0 && withdrawnMs < 0;
    }

    /** Whether it was withdrawn from measurement (the scorecard ignores it). */
    public boolean isWithdrawn() {
        return withdrawnMs >= 0;
    }

    /**
     * Takes {@code part} people out of measurement (e.g. displaced people who were then injured and are now
     * measured by the medical clock): the weight shrinks; withdrawing the whole weight ends the clock as
     * withdrawn, ignored by the scorecard like a clock never started. Logged as {@code clock-withdrawn}.
     */
    public void withdraw(long part, long nowMs, String reason) {
        if (!isRunning()) {
            throw new IllegalStateException("clock " + subject + " (" + span.id() + ") already ended");
        }
        if (part <= 0 || part > weight) {
            throw new IllegalArgumentException("clock " + subject + ": withdraw part must be in [1, " + weight + "], got " + part);
        }
        if (part == weight) {
            account(nowMs);
            withdrawnMs = nowMs;
        } else {
            weight -= part;
        }
        book.withdrawn(this, part, nowMs, reason);
    }

    /** Time it failed (the stop event can no longer happen, e.g. the casualty died untreated), or -1. */
    public long failedMs() {
        return failedMs;
    }

    /** Whether it ended without reaching its stop event. Failed clocks count as missing any threshold. */
    public boolean isFailed() {
        return failedMs >= 0;
    }

    /**
     * Ends the clock without its stop event (e.g. a casualty died before first treatment): the time up to
     * now stays under the current cause, and the scorecard counts it as late.
     */
    public void fail(long nowMs) {
        if (!isRunning()) {
            throw new IllegalStateException("clock " + subject + " (" + span.id() + ") already ended");
        }
        account(nowMs);
        failedMs = nowMs;
        book.failed(this);
    }

    /** The cause time runs under now. */
    public DelayCause cause() {
        return cause;
    }

    /**
     * From {@code nowMs} on, time counts to {@code newCause}. No effect once stopped.
     *
     * @throws IllegalArgumentException when {@code nowMs} is before the last change
     */
    public void cause(DelayCause newCause, long nowMs) {
        if (!isRunning() || newCause == cause) {
            return;
        }
        account(nowMs);
        cause = newCause;
    }

    /** Stops the clock at {@code nowMs}; a second stop is an error. */
    public void stop(long nowMs) {
        if (!isRunning()) {
            throw new IllegalStateException("clock " + subject + " (" + span.id() + ") already ended at "
                    + SimTime.format(Math.max(stopMs, failedMs)));
        }
        account(nowMs);
        stopMs = nowMs;
        book.stopped(this);
    }

    /**
     * Splits off {@code part} of the weight into a new running clock with the same start, cause and history
     * (e.g. when the first ambulance takes two of five casualties of a group). This clock keeps the rest.
     */
    public TargetClock split(long part, String newSubject) {
        if (part <= 0 || part >= weight) {
            throw new IllegalArgumentException("clock " + subject + ": split part must be in [1, " + (weight - 1)
                    + "], got " + part);
        }
        if (!isRunning()) {
            throw new IllegalStateException("clock " + subject + " is stopped; cannot split");
        }
        TargetClock c = book.startSplit(span, newSubject, part, startMs, cause, node);
        System.arraycopy(causeMs, 0, c.causeMs, 0, causeMs.length);
        c.causeSince = causeSince;
        weight -= part;
        return c;
    }

    /** Time from start to stop or failure (or to {@code horizonMs} while running), ms. */
    public long elapsedMs(long horizonMs) {
        return (isRunning() ? horizonMs : isFailed() ? failedMs : stopMs) - startMs;
    }

    /** Time spent under {@code c}, counting a running clock up to {@code horizonMs}. */
    public long causeMs(DelayCause c, long horizonMs) {
        long v = causeMs[c.ordinal()];
        if (isRunning() && c == cause) {
            v += Math.max(0, horizonMs - causeSince);
        }
        return v;
    }

    private void account(long nowMs) {
        if (nowMs < causeSince) {
            throw new IllegalArgumentException("clock " + subject + ": time " + SimTime.format(nowMs)
                    + " is before the last change " + SimTime.format(causeSince));
        }
        causeMs[cause.ordinal()] += nowMs - causeSince;
        causeSince = nowMs;
    }
}
