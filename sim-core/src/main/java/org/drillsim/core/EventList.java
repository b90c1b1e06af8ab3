package org.drillsim.core;

/**
 * The future-event list: a priority queue of events ordered by (time, priority, seq), all ascending.
 * Because {@code seq} is unique, the order is total and runs are deterministic.
 *
 * <p>Implementations: {@link HeapEventList} (default, primitive arrays, allocation-free in steady
 * state) and {@link TreeEventList} (a simple {@code TreeMap} reference used to cross-check).
 */
public interface EventList {
    /**
     * Adds an event.
     *
     * @return a handle for {@link #cancel(long)}; never reused for another event while this one is pending
     */
    long add(long time, int priority, long seq, String label, Runnable action);

    /**
     * Removes a pending event.
     *
     * @return {@code true} if the event was pending and is now removed; {@code false} if it already ran,
     *         was cancelled, or the handle is unknown
     */
    boolean cancel(long handle);

    /** Whether the handle names an event still pending. */
    boolean contains(long handle);

    /** Number of pending events. */
    int size();

    /** Whether no event is pending. */
    default boolean isEmpty() {
        return size() == 0;
    }

    /** The time of the earliest pending event, or {@link Long#MAX_VALUE} if none. */
    long firstTime();

    /**
     * Removes the earliest event and copies it into {@code out}.
     *
     * @return {@code false} (and leaves {@code out} untouched) if the list is empty
     */
    boolean pollFirst(PolledEvent out);

    /** Removes every pending event. */
    void clear();
}
