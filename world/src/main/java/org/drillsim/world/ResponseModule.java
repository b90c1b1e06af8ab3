package org.drillsim.world;

/**
 * A part of the response model (the medical chain, displaced people and relief, road repair …) plugged into
 * a {@link World}. Modules are found with {@link java.util.ServiceLoader} (file
 * {@code META-INF/services/org.drillsim.world.ResponseModule}) or passed explicitly in
 * {@link WorldOptions}, and installed in ({@link #order()}, {@link #id()}) order. A module gets a fresh
 * instance per world, so it may keep per-replication state in fields.
 */
public interface ResponseModule {

    /** Short id, e.g. {@code medical}, {@code relief}. */
    String id();

    /** Installation order: lower first (core medical 100, relief 200). */
    default int order() {
        return 500;
    }

    /**
     * Called once when the world is built, before time starts: create units and tasks, register command
     * handlers, tick listeners, time-series probes, and schedule the plan's first actions.
     */
    void install(ModuleContext world);

    /**
     * The target ids this capability scores for a scenario (by clocks or by a {@code capacity.<id>} indicator),
     * given the scenario's inputs; {@code validate} warns about a listed target that no capability and no
     * scorecard rule feeds.
     */
    default java.util.Set<String> feeds(org.drillsim.format.model.Scenario scenario) {
        return java.util.Set.of();
    }

    /** Called at the horizon, before scoring (e.g. to log what is still open). */
    default void finish(ModuleContext world) {
    }
}
