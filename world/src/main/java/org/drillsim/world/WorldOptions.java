package org.drillsim.world;

import org.drillsim.world.log.EventLog;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * How to build a {@link World}.
 *
 * @param log       event log (a discarding one for replications whose log is not kept)
 * @param modules   module factories, or null for every module found by {@link java.util.ServiceLoader}
 * @param automatic plan areas run automatically (all for a baseline run)
 * @param routes    route cache to use instead of the site's shared one (benchmarks), or null
 */
public record WorldOptions(EventLog log, List<Supplier<ResponseModule>> modules, Set<PlanArea> automatic,
                           RouteCache routes) {

    /** Options with the site's shared route cache. */
    public WorldOptions(EventLog log, List<Supplier<ResponseModule>> modules, Set<PlanArea> automatic) {
        this(log, modules, automatic, null);
    }

    public WorldOptions {
        log = log == null ? EventLog.discarding() : log;
        modules = modules == null ? null : List.copyOf(modules);
        automatic = automatic == null ? EnumSet.allOf(PlanArea.class) : EnumSet.copyOf(automatic.isEmpty()
                ? EnumSet.noneOf(PlanArea.class) : automatic);
    }

    /** Baseline run: discovered modules, full plan, the given log. */
    public static WorldOptions baseline(EventLog log) {
        return new WorldOptions(log, null, null);
    }

    /** Same options with another module list. */
    public WorldOptions withModules(List<Supplier<ResponseModule>> list) {
        return new WorldOptions(log, list, automatic, routes);
    }

    /** Same options with other automatic plan areas. */
    public WorldOptions withAutomatic(Set<PlanArea> areas) {
        return new WorldOptions(log, modules, areas, routes);
    }

    /** Same options with a private route cache (e.g. to measure what the shared cache saves). */
    public WorldOptions withRoutes(RouteCache cache) {
        return new WorldOptions(log, modules, automatic, cache);
    }
}
