package org.drillsim.core;

/**
 * An event's action failed. The message names the event (label, sequence number) and the simulated
 * time; the cause is the original exception.
 */
public final class SimulationException extends RuntimeException {
    private final long time;
    private final String label;

    SimulationException(long time, String label, long seq, RuntimeException cause) {
        super("event '" + label + "' (seq " + seq + ") at " + SimTime.formatSeconds(time) + " (t=" + time + " ms) failed: "
                + cause.getMessage(), cause);
        this.time = time;
        this.label = label;
    }

    /** Simulated time of the failing event (ms). */
    public long time() {
        return time;
    }

    /** Label of the failing event. */
    public String label() {
        return label;
    }
}
