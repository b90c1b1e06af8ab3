package org.drillsim.relief;

import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.Task;
import org.drillsim.world.Unit;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plan's dispatch of teams (roads, rescue, hazmat, fire): for every work whose plan area runs automatically,
 * its open tasks by priority then age, each gets the available unit that reaches it first (among those the work
 * accepts; ranked by free-flow time, the first few compared on the current roads) for as long as it wants one —
 * through {@code dispatch} commands, like a trainee's.
 */
final class CrewPlan {
    private final ModuleContext w;
    private final Crews crews;
    private final List<CrewWork> works = new ArrayList<>();
    private boolean pending;
    private final FreeFlowTimes freeFlow;

    CrewPlan(ModuleContext w, Crews crews) {
        this.w = w;
        this.crews = crews;
        this.freeFlow = new FreeFlowTimes(w.site().network());
    }

    void add(CrewWork work) {
        works.add(work);
    }

    void install() {
        w.onUnitFreed(u -> {
            if (crews.isCrew(u)) {
                request();
            }
        });
        w.onRoadsChanged(this::request);
    }

    /** Schedules a dispatch round at the current time (coalesced). */
    void request() {
        if (!pending) {
            pending = true;
            w.sim().schedule(0, 115, "crew-dispatch", this::round);
        }
    }

    private void round() {
        pending = false;
        for (CrewWork work : works) {
            if (!w.plan().isAutomatic(work.area())) {
                continue;
            }
            List<Task> tasks = w.tasks().open(work.taskKind());
            tasks.sort(Comparator.comparingInt(Task::priority).thenComparingLong(Task::createdMs));
            for (Task t : tasks) {
                while (t.isOpen() && work.wantsUnit(t)) {
                    Unit u = nearest(work, t);
                    if (u == null) {
                        break;
                    }
                    CommandRecord r = w.commands().issue(new Command.Dispatch(Issuer.PLAN, u.id(), t.id()));
                    if (!r.accepted()) {
                        throw new IllegalStateException("plan dispatch of " + u.id() + " to " + t.id() + " rejected: " + r.reason());
                    }
                }
            }
        }
    }

    /**
     * The available unit that reaches the task first: candidates ranked by travel time with every road open (cheap,
     * shared trees), the first the work accepts now (its exact check uses the current roads) wins.
     */
    private Unit nearest(CrewWork work, Task t) {
        List<Unit> candidates = new ArrayList<>();
        for (Unit u : w.units().all()) {
            if (u.isAvailable() && crews.isCrew(u) && work.accepts(u) && work.planSends(u, t)) {
                candidates.add(u);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        int target = work.targetNode(t);
        int[] ff = freeFlow.to(target);
        candidates.sort(Comparator.comparingLong((Unit u) -> u.type().equals(Crews.AIRCRAFT) ? work.etaMs(u, t)
                : u.node() == target ? 0 : ff[u.node()]));
        Unit best = null;
        long bestEta = Long.MAX_VALUE;
        int accepted = 0;
        int tried = 0;
        for (Unit u : candidates) {
            // the free-flow order is close to the real one: compare the exact times of the first few only
            if (accepted == EXACT_CHECKS || tried == MAX_TRIED) {
                break;
            }
            tried++;
            if (work.refusal(u, t) != null) {
                continue;
            }
            accepted++;
            long eta = work.etaMs(u, t);
            if (eta < bestEta) {
                bestEta = eta;
                best = u;
            }
        }
        return best;
    }

    /** Accepted candidates whose current travel time is compared exactly. */
    private static final int EXACT_CHECKS = 3;
    /** Candidates checked at most per task and round (each check may need a routing tree). */
    private static final int MAX_TRIED = 8;
}
