package org.drillsim.world;

import org.drillsim.runformat.EventTypes;
import org.drillsim.world.log.EventLog;

import org.drillsim.core.RandomStream;
import org.drillsim.core.RandomStreams;
import org.drillsim.core.SimTime;
import org.drillsim.core.Simulation;
import org.drillsim.world.command.CommandBus;
import org.drillsim.format.model.Scenario;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The simulated emergency world of one replication: the kernel {@link Simulation}, the road conditions,
 * travel times, population, units, tasks, target clocks, event log, time series and the command bus, with
 * the response modules installed. Hazard ticks ({@link HazardTimeline}) update the {@code hazard} road layer
 * and then call the tick listeners. Single-threaded: every call from the simulation thread (other threads
 * use {@link CommandBus#submit}).
 *
 * <pre>{@code
 * ScenarioSite site = SiteLoader.load(scenario, mapOption);          // once per scenario
 * World w = World.create(site, seed, rep, WorldOptions.baseline(EventLog.inMemory()));
 * w.run();                                                             // to the horizon
 * w.clocks().of(ClockSpan.MEDICAL) ...                                 // the scorecard reads these
 * }</pre>
 */
public final class World implements ModuleContext {
    /** Priority of hazard ticks: before other events at the same time. */
    public static final int TICK_PRIORITY = -1000;

    private final ScenarioSite site;
    private final int replication;
    private final Simulation sim;
    private final EventLog log;
    private final RoadConditions roads;
    private final TravelTimes travel;
    private final ClockBook clocks;
    private final Population population;
    private final Units units = new Units();
    private final TaskBoard tasks = new TaskBoard();
    private final CommandBus bus;
    private final PlanPolicy plan;
    private final Series series = new Series();
    private final Indicators indicators = new Indicators();
    private final List<ResponseModule> modules = new ArrayList<>();
    private final List<TickListener> tickListeners = new ArrayList<>();
    private final List<Runnable> roadListeners = new ArrayList<>();
    private final List<Consumer<Unit>> unitListeners = new ArrayList<>();
    private final Map<Class<?>, Object> extensions = new HashMap<>();
    private final Injects injects;
    private List<org.drillsim.hazards.Hazard> hazards;
    private HazardTimeline timeline;
    private HazardTick lastTick;
    private int nextTick;
    private boolean started;
    private boolean finished;

    private World(ScenarioSite site, long seed, int replication, WorldOptions options) {
        this.site = site;
        this.replication = replication;
        this.sim = new Simulation(new RandomStreams(seed).forReplication(replication));
        this.log = options.log();
        this.roads = new RoadConditions(site.network());
        this.travel = new TravelTimes(roads, options.routes() != null ? options.routes() : site.routes());
        this.clocks = new ClockBook(log, sim::now);
        this.population = new Population(site.cells());
        this.bus = new CommandBus(sim, log);
        this.plan = new PlanPolicy(site.scenario().policy(), options.automatic());
        this.injects = new Injects(this);
        this.hazards = List.copyOf(site.hazards());
        this.timeline = site.timeline();
    }

    /**
     * Builds the world of one replication and installs the modules.
     *
     * @param site        the shared scenario site
     * @param seed        master seed (the scenario's, or the run's {@code --seed})
     * @param replication replication number; each gets independent random streams
     * @param options     log, modules, automatic plan areas
     */
    public static World create(ScenarioSite site, long seed, int replication, WorldOptions options) {
        World w = new World(site, seed, replication, options);
        List<ResponseModule> mods = new ArrayList<>();
        if (options.modules() != null) {
            for (Supplier<ResponseModule> f : options.modules()) {
                mods.add(f.get());
            }
        } else {
            for (ResponseModule m : ServiceLoader.load(ResponseModule.class)) {
                mods.add(m);
            }
        }
        mods.sort(Comparator.comparingInt(ResponseModule::order).thenComparing(ResponseModule::id));
        CoreCommands.install(w);
        for (ResponseModule m : mods) {
            w.modules.add(m);
            m.install(w);
        }
        w.injects.scheduleScripted();
        w.log.event(0, EventTypes.WORLD).str("scenario", site.scenario().id()).num("replication", replication)
                .num("seed", seed).num("people", w.population.people()).num("units", w.units.size())
                .num("nodes", site.network().nodeCount()).write();
        return w;
    }

    /** Runs from the start (or from where it is) to the horizon, then {@link #finish()}. */
    public void run() {
        start();
        sim.runUntil(horizonMs());
        finish();
    }

    /** Schedules the hazard ticks (idempotent). A live drill calls this, then advances {@link #sim()} itself. */
    public void start() {
        if (started) {
            return;
        }
        started = true;
        scheduleNextTick();
    }

    /** Ends the run at the horizon: modules finish, the series takes its last sample. Idempotent. */
    public void finish() {
        if (finished) {
            return;
        }
        finished = true;
        for (ResponseModule m : modules) {
            m.finish(this);
        }
        series.sample(sim.now());
        log.event(sim.now(), EventTypes.END).num("events", sim.executedEvents()).num("commands", bus.journal().size())
                .num("clocks", clocks.all().size()).write();
    }

    private void scheduleNextTick() {
        List<HazardTick> ticks = timeline.ticks();
        if (nextTick >= ticks.size()) {
            return;
        }
        HazardTick t = ticks.get(nextTick);
        if (t.timeMs() > horizonMs()) {
            return;
        }
        sim.scheduleAt(Math.max(t.timeMs(), sim.now()), TICK_PRIORITY, "hazard-tick", () -> applyTick(t));
        nextTick++;
    }

    private void applyTick(HazardTick t) {
        HazardTick prev = lastTick;
        boolean changed = prev == null || prev.edges() != t.edges() || prev.cells() != t.cells();
        if (prev == null || prev.edges() != t.edges()) {
            int layer = roads.layer(RoadConditions.HAZARD);
            if (prev != null) {
                for (int e : prev.edges()) {
                    roads.clear(layer, e);
                    roads.setClosedToPublicByHazard(e, false);
                }
            }
            for (int i = 0; i < t.edges().length; i++) {
                roads.set(layer, t.edges()[i], t.factors()[i]);
                roads.setClosedToPublicByHazard(t.edges()[i], t.closedToPublic()[i]);
            }
        }
        lastTick = t;
        if (changed) {
            log.event(sim.now(), "hazard-tick").num("tick", t.index()).num("edgesAffected", t.edges().length)
                    .num("edgesClosed", roads.closedCount()).num("cellsAffected", t.cells().size()).write();
            for (Runnable r : roadListeners) {
                r.run();
            }
        }
        for (TickListener l : tickListeners) {
            l.onTick(t, prev);
        }
        series.sample(sim.now());
        scheduleNextTick();
    }

    /**
     * Replaces a hazard model of this world from now on (an ad-hoc wind or stage change, a hazmat team stopping
     * a leak, fire suppression): the hazard timeline is recomputed with the new model and the following ticks
     * come from it. Recomputation can take seconds on a city map; pass a {@code cacheKey} naming the change
     * (e.g. {@code "leak1 stopped at 12600000"}) to share the result between replications that make the same
     * change, or null not to cache. The event log records the hazard id and {@code reason} (a short id such as
     * {@code leak-stopped}) at the current time, not the cache key (an internal string).
     */
    public void replaceHazard(org.drillsim.hazards.Hazard model, String reason, String cacheKey) {
        List<org.drillsim.hazards.Hazard> list = new ArrayList<>(hazards);
        boolean found = false;
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(model.id())) {
                list.set(i, model);
                found = true;
            }
        }
        if (!found) {
            throw new IllegalArgumentException("no hazard '" + model.id() + "' in scenario " + scenario().id());
        }
        hazards = List.copyOf(list);
        timeline = site.timelineFor(hazards, cacheKey);
        log.event(sim.now(), EventTypes.HAZARD_REPLACED).str("hazard", model.id()).str("reason", reason).write();
    }

    /** The current model of the hazard with this id; throws naming it when there is none. */
    public org.drillsim.hazards.Hazard hazard(String id) {
        for (org.drillsim.hazards.Hazard h : hazards) {
            if (h.id().equals(id)) {
                return h;
            }
        }
        throw new IllegalArgumentException("no hazard '" + id + "' in scenario " + scenario().id());
    }

    /** The hazard models in use (the site's, unless replaced). */
    public List<org.drillsim.hazards.Hazard> hazards() {
        return hazards;
    }

    /** The hazard timeline in use (the site's, unless a hazard was replaced). */
    public HazardTimeline timeline() {
        return timeline;
    }

    /** The scripted and ad-hoc injects. */
    public Injects injects() {
        return injects;
    }

    /** Tells the road listeners that closures changed (after a command or a repair). */
    public void roadsChanged() {
        for (Runnable r : roadListeners) {
            r.run();
        }
    }

    /** Tells the unit listeners that {@code u} is available again (modules call this when a unit frees up). */
    public void unitFreed(Unit u) {
        for (Consumer<Unit> l : unitListeners) {
            l.accept(u);
        }
    }

    /** Adds a hazard-tick listener (called in registration order). */
    public void onTick(TickListener l) {
        tickListeners.add(l);
    }

    /** Adds a listener called whenever road closures change. */
    public void onRoadsChanged(Runnable r) {
        roadListeners.add(r);
    }

    /** Adds a listener called whenever a unit becomes available. */
    public void onUnitFreed(Consumer<Unit> l) {
        unitListeners.add(l);
    }

    /** Shares an object between modules (e.g. the relief module's shelter registry). */
    public <T> void put(Class<T> type, T value) {
        if (extensions.putIfAbsent(type, value) != null) {
            throw new IllegalStateException("an extension of type " + type.getSimpleName() + " is already set");
        }
    }

    /** The shared object of this type, or null. */
    public <T> T get(Class<T> type) {
        return type.cast(extensions.get(type));
    }

    public ScenarioSite site() {
        return site;
    }

    public Scenario scenario() {
        return site.scenario();
    }

    /** Replication number. */
    public int replication() {
        return replication;
    }

    public Simulation sim() {
        return sim;
    }

    /** Current simulated time, ms. */
    public long now() {
        return sim.now();
    }

    /** The scenario horizon, ms. */
    public long horizonMs() {
        return site.scenario().horizonMs();
    }

    /** A named random stream of this replication (one per purpose, e.g. {@code casualties}). */
    public RandomStream stream(String purpose) {
        return sim.stream(purpose);
    }

    public EventLog log() {
        return log;
    }

    public RoadConditions roads() {
        return roads;
    }

    public TravelTimes travel() {
        return travel;
    }

    public ClockBook clocks() {
        return clocks;
    }

    public Population population() {
        return population;
    }

    public Units units() {
        return units;
    }

    public TaskBoard tasks() {
        return tasks;
    }

    public CommandBus commands() {
        return bus;
    }

    public PlanPolicy plan() {
        return plan;
    }

    public Series series() {
        return series;
    }

    /** Figures beside the targets (preventable deaths …), set by modules. */
    public Indicators indicators() {
        return indicators;
    }

    /** Whether {@link #finish()} has run. */
    public boolean isFinished() {
        return finished;
    }

    /** The installed modules, in installation order. */
    public List<ResponseModule> modules() {
        return List.copyOf(modules);
    }

    /** The last hazard tick applied, or null before the first. */
    public HazardTick lastTick() {
        return lastTick;
    }

    @Override
    public String toString() {
        return "World[" + site.scenario().id() + " rep " + replication + " at " + SimTime.format(sim.now()) + "]";
    }
}
