package org.drillsim.scenarios.response.relief;

import org.drillsim.scenarios.command.Command;
import org.drillsim.scenarios.command.CommandRecord;
import org.drillsim.scenarios.command.Issuer;
import org.drillsim.scenarios.response.Task;
import org.drillsim.scenarios.response.Unit;
import org.drillsim.scenarios.response.World;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plan's dispatch of teams (roads, rescue, hazmat, fire): for every work whose plan area runs automatically,
 * its open tasks by priority then age, each gets the available unit that reaches it first (among those the work
 * accepts) for as long as it wants one — through {@code dispatch} commands, like a trainee's.
 */
final class CrewPlan {
    private final World w;
    private final Crews crews;
    private final List<CrewWork> works = new ArrayList<>();
    private boolean pending;

    CrewPlan(World w, Crews crews) {
        this.w = w;
        this.crews = crews;
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

    private Unit nearest(CrewWork work, Task t) {
        Unit best = null;
        long bestT = Long.MAX_VALUE;
        for (Unit u : w.units().all()) {
            if (!u.isAvailable() || !crews.isCrew(u) || work.refusal(u, t) != null) {
                continue;
            }
            long eta = work.etaMs(u, t);
            if (eta < bestT) {
                bestT = eta;
                best = u;
            }
        }
        return best;
    }
}
