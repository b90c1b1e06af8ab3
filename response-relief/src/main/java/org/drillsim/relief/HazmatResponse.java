package org.drillsim.relief;

import org.drillsim.hazards.chemical.GaussianPlume;
import org.drillsim.hazards.Hazard;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.world.PlanArea;
import org.drillsim.world.Task;
import org.drillsim.world.TravelTimes;
import org.drillsim.world.Unit;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Hazmat teams stopping chemical leaks. A release without a scripted stop ({@code stopMinutes} absent: "until a
 * hazmat team stops it") becomes a task an alert delay after it starts; a hazmat team drives to the source
 * after its turnout (emergency crews may enter the AEGL-3 zone), sizes up, suits up and seals the leak
 * ({@link ReliefRules#hazmatOnSceneMinutes()}), and the release stops then: the world's plume is replaced by its {@code withReleaseStop(t)} (roads and people follow from the next tick).
 */
final class HazmatResponse implements CrewWork {
    static final String KIND = "leak";

    /** One leak. */
    static final class Leak {
        final GaussianPlume model;
        final int node;
        Task task;
        Unit team;
        long handle = -1;
        boolean working;
        long stoppedMs = -1;

        Leak(GaussianPlume model, int node) {
            this.model = model;
            this.node = node;
        }
    }

    private final ModuleContext w;
    private final CrewPlan plan;
    private final ReliefStats stats;
    private final List<Leak> leaks = new ArrayList<>();

    HazmatResponse(ModuleContext w, CrewPlan plan, ReliefStats stats) {
        this.w = w;
        this.plan = plan;
        this.stats = stats;
    }

    void install() {
        for (Hazard h : w.site().hazards()) {
            if (!(h instanceof GaussianPlume p) || p.params().releaseStopMs() != null) {
                continue;
            }
            int node = w.site().snapper().snap(p.id(), p.params().sourceLat(), p.params().sourceLon()).node();
            Leak l = new Leak(p, node);
            leaks.add(l);
            long call = p.params().releaseStartMs()
                    + w.get(ReliefDurations.class).ms(ReliefDurations.ALERT, ReliefRules.minutes(w.plan().parameters().alertDelayMinutes()));
            if (call <= w.horizonMs()) {
                w.sim().scheduleAt(call, "leak-call " + p.id(), () -> {
                    l.task = w.tasks().add(new Task("leak-" + p.id(), KIND, node, 0, w.now(), this, l));
                    w.log().event(w.now(), "leak-reported").str("hazard", p.id()).num("node", node).write();
                    plan.request();
                });
            }
        }
    }

    /** The leaks and when they were stopped. */
    List<Leak> leaks() {
        return leaks;
    }

    @Override
    public PlanArea area() {
        return PlanArea.HAZMAT;
    }

    @Override
    public String taskKind() {
        return KIND;
    }

    @Override
    public boolean wantsUnit(Task task) {
        Leak l = (Leak) task.payload();
        return l.team == null && l.stoppedMs < 0;
    }

    @Override
    public long etaMs(Unit unit, Task task) {
        long t = w.travel().time(unit.node(), ((Leak) task.payload()).node);
        return t == TravelTimes.UNREACHABLE ? Long.MAX_VALUE : ReliefRules.minutes(ReliefRules.HAZMAT_TURNOUT_MIN) + t;
    }

    @Override
    public boolean accepts(Unit unit) {
        return unit.can(TeamCapability.HAZMAT);
    }

    @Override
    public int targetNode(Task task) {
        return ((Leak) task.payload()).node;
    }

    @Override
    public String refusal(Unit unit, Task task) {
        if (!(task.payload() instanceof Leak l)) {
            return "不是泄漏处置任务 / not a leak";
        }
        if (!unit.can(TeamCapability.HAZMAT)) {
            return unit.id() + " 不具备危化品处置能力 / " + unit.id() + " has no hazmat capability";
        }
        if (l.team != null || l.stoppedMs >= 0) {
            return task.id() + " 已有处置队伍 / " + task.id() + " already has a team";
        }
        if (etaMs(unit, task) == Long.MAX_VALUE) {
            return task.id() + " 道路不通 / no open road from " + unit.id() + " to the leak";
        }
        return null;
    }

    @Override
    public void dispatch(Unit unit, Task task) {
        Leak l = (Leak) task.payload();
        long now = w.now();
        long eta = etaMs(unit, task);
        l.team = unit;
        unit.assign(task, now);
        unit.startTrip(unit.node(), l.node, now, now + eta, false);
        w.log().event(now, "hazmat-dispatch").str("unit", unit.id()).str("hazard", l.model.id())
                .num("travelMin", eta / 60_000.0).write();
        l.handle = w.sim().schedule(eta, "hazmat-at " + l.model.id(), () -> {
            unit.arrived(l.node);
            l.working = true;
            long work = w.get(ReliefDurations.class).ms(ReliefDurations.HAZMAT_ON_SCENE, ReliefRules.minutes(ReliefRules.hazmatOnSceneMinutes()));
            w.log().event(w.now(), "hazmat-arrive").str("unit", unit.id()).str("hazard", l.model.id())
                    .num("sealAtT", w.now() + work).write();
            l.handle = w.sim().schedule(work, "leak-stopped " + l.model.id(), () -> stop(l));
        });
    }

    private void stop(Leak l) {
        long now = w.now();
        l.stoppedMs = now;
        l.handle = -1;
        // the world's current model (an inject may have changed the wind) with the release stopped now
        GaussianPlume current = (GaussianPlume) w.hazard(l.model.id());
        w.replaceHazard(current.withReleaseStop(now), "leak-stopped", l.model.id() + " stopped at " + now + " weather "
                + current.params().weather());
        stats.leaksStopped++;
        w.log().event(now, "leak-stopped").str("hazard", l.model.id()).str("unit", l.team.id())
                .num("hours", (now - l.model.params().releaseStartMs()) / 3_600_000.0).write();
        w.tasks().close(l.task);
        Unit team = l.team;
        team.free(l.node, now);
        w.unitFreed(team);
    }

    @Override
    public String withdrawRefusal(Unit unit, Task task) {
        Leak l = (Leak) task.payload();
        return l.working ? unit.id() + " 正在处置泄漏，不能改派 / " + unit.id() + " is stopping the leak" : null;
    }

    @Override
    public void withdraw(Unit unit, Task task) {
        Leak l = (Leak) task.payload();
        w.sim().cancel(l.handle);
        l.handle = -1;
        l.team = null;
        unit.free(unit.node(), w.now());
        w.log().event(w.now(), "withdrawn").str("unit", unit.id()).str("hazard", l.model.id()).write();
        plan.request();
    }
}
