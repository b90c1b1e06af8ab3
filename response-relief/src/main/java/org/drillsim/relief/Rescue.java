package org.drillsim.relief;

import org.drillsim.format.model.TeamCapability;
import org.drillsim.world.DelayCause;
import org.drillsim.world.PlanArea;
import org.drillsim.world.Task;
import org.drillsim.world.TravelTimes;
import org.drillsim.world.Unit;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Rescue of trapped people (flood victims who cannot leave on their own, and people ordered out of a cell that no
 * open road reaches within wading distance): one task per trapped group, callable an alert delay after it is
 * trapped; a water-rescue team drives (or, where no road is open, goes by boat in a
 * straight line at {@link ReliefRules#BOAT_KMH}) to the landing point — the cell's assembly point, else the nearest
 * road node still connected to a shelter — works {@link ReliefRules#RESCUE_SETUP_MIN} plus the people at
 * {@link ReliefRules#RESCUE_PEOPLE_PER_MEMBER_HOUR} per member and hour, and hands them over to the evacuation
 * at the landing point as displaced people of their cell. Their living clocks keep running: waiting for a team, its travel, the work.
 */
final class Rescue implements CrewWork {
    static final String KIND = "trapped";

    private static final class Job {
        final DisplacedGroup group;
        final long callableMs;
        Task task;
        Unit team;
        int access = -1;
        long handle = -1;
        boolean working;

        Job(DisplacedGroup group, long callableMs) {
            this.group = group;
            this.callableMs = callableMs;
        }
    }

    private final ModuleContext w;
    private final Evacuation evacuation;
    private final Crews crews;
    private final CrewPlan plan;
    private final List<Job> jobs = new ArrayList<>();

    Rescue(ModuleContext w, Evacuation evacuation, Crews crews, CrewPlan plan) {
        this.w = w;
        this.evacuation = evacuation;
        this.crews = crews;
        this.plan = plan;
    }

    void install() {
        evacuation.onTrapped(this::trapped);
    }

    @Override
    public PlanArea area() {
        return PlanArea.RESCUE;
    }

    @Override
    public String taskKind() {
        return KIND;
    }

    private void trapped(DisplacedGroup g) {
        long callable = w.now() + w.get(ReliefDurations.class).ms(ReliefDurations.ALERT,
                ReliefRules.minutes(w.plan().parameters().alertDelayMinutes()));
        Job j = new Job(g, callable);
        j.task = w.tasks().add(new Task("rescue-" + g.id, KIND, w.site().cells().get(g.cell).node(), 0, w.now(), this, j));
        jobs.add(j);
        w.sim().scheduleAt(callable, "rescue-call " + g.id, () -> {
            if (j.team == null) {
                g.cause(DelayCause.WAITING_FOR_UNIT, w.now());
            }
            plan.request();
        });
    }

    private boolean stillTrapped(Job j) {
        return evacuation.trappedIn(j.group.cell).contains(j.group);
    }

    @Override
    public boolean wantsUnit(Task task) {
        Job j = (Job) task.payload();
        if (!stillTrapped(j)) {
            w.tasks().close(task);
            return false;
        }
        return j.team == null && w.now() >= j.callableMs;
    }

    @Override
    public long etaMs(Unit unit, Task task) {
        Job j = (Job) task.payload();
        int landing = evacuation.landingNode(j.group.cell);
        return landing < 0 ? Long.MAX_VALUE : travelMs(unit, landing);
    }

    /** By road when there is one, else by boat over the water in a straight line. */
    private long travelMs(Unit unit, int to) {
        long road = w.travel().time(unit.node(), to);
        if (road != TravelTimes.UNREACHABLE) {
            return road;
        }
        var net = w.site().network();
        double km = ReliefRules.km(net.lon(unit.node()), net.lat(unit.node()), net.lon(to), net.lat(to));
        return ReliefRules.minutes(ReliefRules.BOAT_LAUNCH_MIN) + ReliefRules.hoursAt(km, ReliefRules.BOAT_KMH);
    }

    @Override
    public boolean accepts(Unit unit) {
        return unit.can(TeamCapability.WATER_RESCUE);
    }

    @Override
    public int targetNode(Task task) {
        int landing = evacuation.landingNode(((Job) task.payload()).group.cell);
        return landing >= 0 ? landing : task.node();
    }

    @Override
    public String refusal(Unit unit, Task task) {
        if (!(task.payload() instanceof Job j)) {
            return "不是被困人员救援任务 / not a rescue task";
        }
        if (!unit.can(TeamCapability.WATER_RESCUE)) {
            return unit.id() + " 不具备水上救援能力 / " + unit.id() + " has no water-rescue capability";
        }
        if (j.team != null) {
            return task.id() + " 已有救援队伍 / a team already works on " + task.id();
        }
        if (!stillTrapped(j)) {
            return task.id() + " 已无被困人员 / nobody is trapped any more in " + task.id();
        }
        if (etaMs(unit, task) == Long.MAX_VALUE) {
            return task.id() + " 附近没有通往避难场所的道路可上岸 / no road to a shelter to land the people of " + task.id();
        }
        return null;
    }

    @Override
    public void dispatch(Unit unit, Task task) {
        Job j = (Job) task.payload();
        long now = w.now();
        long eta = etaMs(unit, task);
        j.team = unit;
        j.access = evacuation.landingNode(j.group.cell);
        unit.assign(task, now);
        unit.startTrip(unit.node(), j.access, now, now + eta, false);
        j.group.cause(DelayCause.TRAVEL, now);
        w.log().event(now, "rescue-dispatch").str("unit", unit.id()).str("group", j.group.id)
                .num("people", j.group.people).num("travelMin", eta / 60_000.0).write();
        j.handle = w.sim().schedule(eta, "rescue-at " + j.group.id, () -> work(j));
    }

    private void work(Job j) {
        j.team.arrived(j.access);
        j.working = true;
        j.group.cause(DelayCause.WORK, w.now());
        double hours = j.group.people / (crews.headcount(j.team) * ReliefRules.RESCUE_PEOPLE_PER_MEMBER_HOUR);
        long ms = ReliefRules.minutes(ReliefRules.RESCUE_SETUP_MIN) + Math.round(hours * 3_600_000.0);
        j.handle = w.sim().schedule(ms, "rescued " + j.group.id, () -> done(j));
    }

    private void done(Job j) {
        long now = w.now();
        boolean trapped = stillTrapped(j);
        if (trapped) {
            w.log().event(now, "rescued").str("group", j.group.id).str("unit", j.team.id()).num("people", j.group.people)
                    .write();
            evacuation.freed(j.group, j.access);
        }
        if (j.task.isOpen()) {
            w.tasks().close(j.task);
        }
        Unit team = j.team;
        team.free(j.access, now);
        w.unitFreed(team);
    }

    @Override
    public String withdrawRefusal(Unit unit, Task task) {
        Job j = (Job) task.payload();
        return j.working ? unit.id() + " 正在救援，不能改派 / " + unit.id() + " is rescuing and cannot be taken off" : null;
    }

    @Override
    public void withdraw(Unit unit, Task task) {
        Job j = (Job) task.payload();
        w.sim().cancel(j.handle);
        j.handle = -1;
        j.team = null;
        j.group.cause(DelayCause.WAITING_FOR_UNIT, w.now());
        unit.free(unit.node(), w.now());
        w.log().event(w.now(), "withdrawn").str("unit", unit.id()).str("group", j.group.id).write();
        plan.request();
    }
}
