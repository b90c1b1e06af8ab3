package org.drillsim.core;

/**
 * Sees every executed event and every applied command, in execution order, before its action runs.
 * Used for traces, event logs and the live UI. Called on the simulation thread; it must not
 * schedule or cancel events itself (it observes, it does not act).
 */
@FunctionalInterface
public interface EventListener {
    /**
     * @param time     simulated time of the event (ms)
     * @param priority its priority ({@link Simulation#COMMAND_PRIORITY} for submitted commands)
     * @param seq      its insertion sequence number (unique within the simulation)
     * @param label    its label
     */
    void onEvent(long time, int priority, long seq, String label);
}
