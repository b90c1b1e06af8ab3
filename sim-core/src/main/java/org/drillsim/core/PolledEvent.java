package org.drillsim.core;

/**
 * A reusable holder that {@link EventList#pollFirst(PolledEvent)} fills with the removed event,
 * so that polling allocates nothing.
 */
public final class PolledEvent {
    /** Event time (ms). */
    public long time;
    /** Event priority (lower runs first at equal time). */
    public int priority;
    /** Insertion sequence number (breaks remaining ties: first scheduled runs first). */
    public long seq;
    /** Event label (for traces). */
    public String label;
    /** The action to run. */
    public Runnable action;
}
