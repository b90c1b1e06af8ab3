package org.drillsim.world;

import org.drillsim.core.RandomStream;
import org.drillsim.core.Simulation;
import org.drillsim.format.model.Scenario;
import org.drillsim.hazards.Hazard;
import org.drillsim.world.command.CommandBus;
import org.drillsim.world.log.EventLog;

import java.util.function.Consumer;

/**
 * What a {@link ResponseModule} may use of the world of one replication: typed services, not the world itself, so a
 * capability cannot start, stop, finish or score the run, nor reach the other modules. {@link World} implements it.
 */
public interface ModuleContext {

    // --- the scenario and the clock ---

    /** The shared, read-only scenario site (network, facilities, population cells, hazard timeline). */
    ScenarioSite site();

    Scenario scenario();

    /** The kernel: schedule events and processes on it. */
    Simulation sim();

    /** Simulated time, ms from scenario start. */
    long now();

    long horizonMs();

    /** The named random stream of this replication for one purpose (common random numbers across variants). */
    RandomStream stream(String purpose);

    // --- what the capability reads and changes ---

    EventLog log();

    RoadConditions roads();

    TravelTimes travel();

    ClockBook clocks();

    Population population();

    Units units();

    TaskBoard tasks();

    PlanPolicy plan();

    Series series();

    Indicators indicators();

    /** The command bus: register the capability's command handlers here. */
    CommandBus commands();

    // --- hazards ---

    HazardTimeline timeline();

    Hazard hazard(String id);

    /** Replaces a hazard's model from now on (leak stopped, fire contained …), logged with its reason. */
    void replaceHazard(Hazard model, String reason, String cacheKey);

    // --- notifications ---

    void onTick(TickListener listener);

    void onRoadsChanged(Runnable listener);

    void onUnitFreed(Consumer<Unit> listener);

    /** Tell the other capabilities that road conditions changed (a repair, a scripted closure). */
    void roadsChanged();

    /** Tell the other capabilities that a unit became free. */
    void unitFreed(Unit unit);

    // --- typed slots shared between capabilities ---

    <T> void put(Class<T> type, T value);

    <T> T get(Class<T> type);
}
