package org.drillsim.world;

/**
 * Implemented by the module that owns hospital beds (the medical chain), so injects can act on hospitals
 * ({@code world.get(HospitalControl.class)}).
 */
public interface HospitalControl {

    /**
     * Limits a hospital's beds (power loss, facility unavailable): its capacity becomes {@code beds}
     * (patients already admitted stay), until {@code untilMs} when the previous capacity returns.
     *
     * @param untilMs end of the limit, or -1 for the rest of the run
     * @return false when there is no such hospital
     */
    boolean limitBeds(String hospitalId, int beds, long untilMs);
}
