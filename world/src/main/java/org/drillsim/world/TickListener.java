package org.drillsim.world;

/** Called at every hazard tick, after the hazard road layer is updated. */
@FunctionalInterface
public interface TickListener {
    /**
     * @param now      this tick's effects
     * @param previous the previous tick's (null at the first tick)
     */
    void onTick(HazardTick now, HazardTick previous);
}
