package org.drillsim.relief;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.fire.FireSpreadModel;
import org.drillsim.hazards.fire.FireStatus;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardZone;
import org.drillsim.routing.LocalProjection;
import org.drillsim.hazards.fire.Suppression;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.HazardTick;
import org.drillsim.world.PlanArea;
import org.drillsim.world.RouteCache;
import org.drillsim.world.TargetClock;
import org.drillsim.world.Task;
import org.drillsim.world.Unit;
import org.drillsim.world.ModuleContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forest-fire fighting. Each fire of the scenario starts a forestfire-24h clock at ignition (weight 1) and
 * becomes a task an alert delay later; the plan sends every available forest firefighting team and aircraft and
 * at most {@link ReliefRules#PLAN_OTHER_TEAMS_PER_FIRE} fire-station teams. Ground crews turn out, drive to the
 * road nearest the fire and hike to its edge. Each member builds control line at the rate of the fuel along the
 * perimeter ({@link ReliefRules#lineMetresPerMemberHour(int)}; fire-station teams at
 * {@link ReliefRules#NON_SPECIALIST_LINE_FACTOR} of it), aircraft count as
 * {@link ReliefRules#AIRCRAFT_LINE_M_PER_HOUR}; at each hazard tick, each arrival and when the line should have
 * caught up (at least 5 min apart) the line built is compared
 * with the stretch of the fire's perimeter (the convex hull of the burned area) that runs through fuel
 * ({@link FireLine}); when it is reached the fire is contained: a held line (rate-of-spread factor 0, the fire
 * model's suppression API) outside the burned area from then on, and the world's fire is replaced by the
 * suppressed model (roads and people follow from the next tick). The clock stops when the world's current model
 * says the fire is out; a fire that burns out by itself stops it too. Teams stay for the mop-up until then.
 */
final class FireResponse implements CrewWork {
    static final String KIND = "fire";

    /** One fire. */
    static final class Fire {
        final String id;
        /** The model the fire's end was last scheduled from (the world's may change: injects, containment). */
        FireSpreadModel model;
        final LocalProjection projection;
        final FireLine line;
        final int node;
        TargetClock clock;
        Task task;
        long callableMs;
        final Map<Unit, Long> coming = new LinkedHashMap<>();
        final Map<Unit, Integer> accessOf = new IdentityHashMap<>();
        final List<Unit> working = new ArrayList<>();
        double lineM;
        /** Crews' mean line rate along the perimeter at the last check, m per member-hour (fuel mix). */
        double metresPerMemberHour;
        /** This fire's factor on the crews' line production (mean 1; terrain, fatigue, tactics), drawn once. */
        double lineProductivity = 1;
        long lastMs;
        boolean contained;
        long containedMs = -1;
        long stopHandle = -1;
        /** The next check between ticks (when the line should reach the perimeter), or -1. */
        long checkHandle = -1;
        boolean out;

        Fire(FireSpreadModel model, int node) {
            this.id = model.id();
            this.model = model;
            this.node = node;
            this.projection = new LocalProjection(model.params().ignitionLon(), model.params().ignitionLat());
            this.line = new FireLine(model.params(), projection);
            int fuel = line.fuelAt(0, 0);
            this.metresPerMemberHour = fuel == 0 ? 0 : ReliefRules.lineMetresPerMemberHour(fuel);
        }
    }

    private final ModuleContext w;
    private final Crews crews;
    private final CrewPlan plan;
    private final ReliefStats stats;
    private final List<Fire> fires = new ArrayList<>();

    FireResponse(ModuleContext w, Crews crews, CrewPlan plan, ReliefStats stats) {
        this.w = w;
        this.crews = crews;
        this.plan = plan;
        this.stats = stats;
    }

    void install() {
        for (Hazard h : w.site().hazards()) {
            if (!(h instanceof FireSpreadModel m)) {
                continue;
            }
            int node = w.site().snapper().snap(m.id(), m.params().ignitionLat(), m.params().ignitionLon()).node();
            Fire f = new Fire(m, node);
            f.lineProductivity = w.get(ReliefDurations.class).factor(ReliefDurations.FIRE_LINE);
            fires.add(f);
            long ignition = m.params().ignitionMs();
            if (ignition > w.horizonMs()) {
                continue;
            }
            w.sim().scheduleAt(ignition, "ignition " + m.id(), () -> ignite(f));
        }
        w.onTick(this::onTick);
    }

    /** The fires of the scenario. */
    List<Fire> fires() {
        return fires;
    }

    private void ignite(Fire f) {
        long now = w.now();
        f.clock = w.clocks().start(ClockSpan.FIRE, f.id, 1, now, DelayCause.ALERT, f.node);
        f.lastMs = now;
        scheduleOut(f);
        f.callableMs = now + w.get(ReliefDurations.class).ms(ReliefDurations.ALERT, ReliefRules.minutes(w.plan().parameters().alertDelayMinutes()));
        w.sim().scheduleAt(f.callableMs, "fire-call " + f.id, () -> {
            if (f.out) {
                return;
            }
            f.task = w.tasks().add(new Task("fire-" + f.id, KIND, f.node, 0, w.now(), this, f));
            f.clock.cause(DelayCause.WAITING_FOR_UNIT, w.now());
            w.log().event(w.now(), "fire-reported").str("hazard", f.id).num("node", f.node).write();
            plan.request();
        });
    }

    /** Schedules the clock's stop when the current model says the fire is out (if within the horizon). */
    private void scheduleOut(Fire f) {
        if (f.stopHandle >= 0) {
            w.sim().cancel(f.stopHandle);
            f.stopHandle = -1;
        }
        f.model = model(f);
        long out = f.model.extinguishedAtMs();
        if (out <= w.horizonMs()) {
            f.stopHandle = w.sim().scheduleAt(Math.max(out, w.now()), "fire-out " + f.id, () -> out(f));
        }
    }

    private void onTick(HazardTick now, HazardTick previous) {
        for (Fire f : fires) {
            if (f.clock != null && !f.out) {
                if (model(f) != f.model) {
                    scheduleOut(f);
                }
                check(f);
            }
        }
    }

    /** The world's current model of the fire. */
    private FireSpreadModel model(Fire f) {
        return (FireSpreadModel) w.hazard(f.id);
    }

    /**
     * Adds the line built since the last check (at the fuel mix found then) and contains the fire when the line
     * reaches the stretch of its perimeter that runs through fuel.
     */
    private void check(Fire f) {
        long now = w.now();
        double rate = 0;
        for (Unit u : f.working) {
            rate += rateMPerHour(f, u);
        }
        f.lineM += rate * (now - f.lastMs) / 3_600_000.0;
        f.lastMs = now;
        if (!f.contained && model(f).statusAt(now) == FireStatus.ACTIVE) {
            Geometry burned = burned(f, now);
            FireLine.Need need = burned == null ? null : f.line.need(burned);
            if (need != null && need.fuelM() > 0) {
                f.metresPerMemberHour = need.metresPerMemberHour();
                if (!f.working.isEmpty() && f.lineM >= need.fuelM()) {
                    contain(f, need);
                } else {
                    checkAgain(f, need.fuelM());
                }
            }
        }
        if (!f.out) {
            f.clock.cause(!f.working.isEmpty() ? DelayCause.WORK : !f.coming.isEmpty() ? DelayCause.TRAVEL
                    : now < f.callableMs ? DelayCause.ALERT : DelayCause.WAITING_FOR_UNIT, now);
        }
    }

    /**
     * Schedules a check for when the crews' line would reach {@code neededM} at their current rate (at least
     * {@link #MIN_CHECK_MS} ahead; the perimeter grows meanwhile, so that check may schedule the next one): the
     * containment is found within minutes, not only at the next hazard tick.
     */
    private void checkAgain(Fire f, double neededM) {
        if (f.checkHandle >= 0) {
            w.sim().cancel(f.checkHandle);
            f.checkHandle = -1;
        }
        double rate = 0;
        for (Unit u : f.working) {
            rate += rateMPerHour(f, u);
        }
        if (rate <= 0) {
            return;
        }
        long at = w.now() + Math.max(MIN_CHECK_MS, (long) Math.ceil((neededM - f.lineM) / rate * 3_600_000.0));
        if (at <= w.horizonMs()) {
            f.checkHandle = w.sim().scheduleAt(at, "fire-check " + f.id, () -> {
                f.checkHandle = -1;
                check(f);
            });
        }
    }

    /** Shortest interval between checks of the line against the perimeter, ms. */
    private static final long MIN_CHECK_MS = 5 * 60_000L;

    /** Line a unit builds per hour on this fire now, m. */
    private double rateMPerHour(Fire f, Unit u) {
        if (u.type().equals(Crews.AIRCRAFT)) {
            return ReliefRules.AIRCRAFT_LINE_M_PER_HOUR * f.lineProductivity;
        }
        double factor = crews.isForestSpecialist(u) ? 1 : ReliefRules.NON_SPECIALIST_LINE_FACTOR;
        return crews.headcount(u) * f.metresPerMemberHour * factor * f.lineProductivity;
    }

    private Geometry burned(Fire f, long tMs) {
        List<HazardZone> zones = model(f).footprintAt(tMs).zonesWithLevel(HazardEffects.FIRE_BURNED);
        if (zones.isEmpty()) {
            return null;
        }
        Geometry g = zones.get(0).polygon();
        for (int i = 1; i < zones.size(); i++) {
            g = g.union(zones.get(i).polygon());
        }
        return g;
    }

    private void contain(Fire f, FireLine.Need need) {
        long now = w.now();
        Geometry burnedM = f.projection.toMetres(burned(f, now));
        double radiusM = (f.model.params().maxRadiusKm() + 1) * 1000.0;
        Geometry disc = RoadNetwork.geometryFactory().createPoint(new Coordinate(0, 0)).buffer(radiusM, 16);
        Geometry outside = f.projection.toLonLat(disc.difference(burnedM.buffer(0)));
        FireSpreadModel before = model(f);
        // The line holds every cell not burned by now. The model applies a suppression by the time the fire leaves a
        // cell, so an effort starting now would let fire already on its way into a cell arrive hours later (backing
        // spread is slow); starting it at ignition changes nothing before now (those cells burn after now anyway).
        FireSpreadModel after = before.withSuppression(new Suppression("containment-line", before.params().ignitionMs(),
                Long.MAX_VALUE, outside, 0.0));
        f.contained = true;
        f.containedMs = now;
        stats.firesContained++;
        // cache key: the same containment of the same fire (same wind history) gives the same timeline
        w.replaceHazard(after, "fire-contained", f.id + " contained at " + now + " wind " + before.params().wind()
                + " efforts " + before.params().suppression().size());
        w.log().event(now, "fire-contained").str("hazard", f.id).num("lineM", f.lineM).num("perimeterM", need.hullM())
                .num("fuelPerimeterM", need.fuelM()).num("mPerMemberHour", need.metresPerMemberHour())
                .num("units", f.working.size()).num("outT", after.extinguishedAtMs() == Long.MAX_VALUE ? -1
                        : after.extinguishedAtMs()).write();
        scheduleOut(f);
    }

    private void out(Fire f) {
        long now = w.now();
        f.out = true;
        f.stopHandle = -1;
        if (f.checkHandle >= 0) {
            w.sim().cancel(f.checkHandle);
            f.checkHandle = -1;
        }
        f.clock.stop(now);
        w.log().event(now, "fire-out").str("hazard", f.id).bool("contained", f.contained)
                .num("hours", (now - f.clock.startMs()) / 3_600_000.0).write();
        if (f.task != null && f.task.isOpen()) {
            w.tasks().close(f.task);
        }
        List<Unit> free = new ArrayList<>(f.working);
        f.working.clear();
        for (Map.Entry<Unit, Long> e : f.coming.entrySet()) {
            w.sim().cancel(e.getValue());
            free.add(e.getKey());
        }
        f.coming.clear();
        for (Unit u : free) {
            u.free(u.node(), now);   // at the fire for those working; back at the start for those still on their way
        }
        for (Unit u : free) {
            w.unitFreed(u);
        }
    }

    // ------------------------------------------------------------------ TaskOwner

    @Override
    public PlanArea area() {
        return PlanArea.FIRE;
    }

    @Override
    public String taskKind() {
        return KIND;
    }

    @Override
    public boolean wantsUnit(Task task) {
        Fire f = (Fire) task.payload();
        return !f.contained && !f.out;
    }

    /**
     * The plan sends every forest firefighting team and aircraft, and at most
     * {@link ReliefRules#PLAN_OTHER_TEAMS_PER_FIRE} other teams (fire-rescue stations) per fire.
     */
    @Override
    public boolean planSends(Unit unit, Task task) {
        if (crews.isForestSpecialist(unit)) {
            return true;
        }
        Fire f = (Fire) task.payload();
        int others = 0;
        for (Unit u : f.working) {
            others += crews.isForestSpecialist(u) ? 0 : 1;
        }
        for (Unit u : f.coming.keySet()) {
            others += crews.isForestSpecialist(u) ? 0 : 1;
        }
        return others < ReliefRules.PLAN_OTHER_TEAMS_PER_FIRE;
    }

    @Override
    public long etaMs(Unit unit, Task task) {
        Fire f = (Fire) task.payload();
        if (unit.type().equals(Crews.AIRCRAFT)) {
            return flightMs(unit, f);
        }
        int[] a = access(f, unit.node());
        return a == null ? Long.MAX_VALUE : groundMs(f, a);
    }

    /**
     * A ground team's time to the fire edge: turnout, the drive to the access node {@code a[0]} ({@code a[1]} ms),
     * the hike from there to the burned area (or the ignition point before anything burns).
     */
    private long groundMs(Fire f, int[] a) {
        RoadNetwork net = w.site().network();
        double x = f.projection.x(net.lon(a[0]));
        double y = f.projection.y(net.lat(a[0]));
        double m = Math.hypot(x, y);
        Geometry burned = burned(f, w.now());
        if (burned != null) {
            m = Math.min(m, f.projection.toMetres(burned).distance(
                    RoadNetwork.geometryFactory().createPoint(new Coordinate(x, y))));
        }
        return ReliefRules.minutes(ReliefRules.FIRE_CREW_TURNOUT_MIN) + a[1]
                + ReliefRules.hoursAt(m / 1000.0 * ReliefRules.WALK_DETOUR, ReliefRules.FIRE_CREW_HIKE_KMH);
    }

    private long flightMs(Unit u, Fire f) {
        RoadNetwork net = w.site().network();
        double km = ReliefRules.km(net.lon(u.node()), net.lat(u.node()), f.model.params().ignitionLon(),
                f.model.params().ignitionLat());
        return ReliefRules.minutes(ReliefRules.AIRCRAFT_SETUP_MIN) + ReliefRules.hoursAt(km, ReliefRules.AIRCRAFT_KMH);
    }

    /**
     * Where a ground team meets the fire: the ignition's road node if the team can drive there, else the node
     * nearest the ignition within the fire grid that it can reach; with the travel time, or null.
     */
    private int[] access(Fire f, int from) {
        int[] tree = w.travel().from(from);
        if (f.node == from || tree[f.node] != RouteCache.UNREACHABLE) {
            return new int[] {f.node, f.node == from ? 0 : tree[f.node]};
        }
        RoadNetwork net = w.site().network();
        double lon = f.model.params().ignitionLon();
        double lat = f.model.params().ignitionLat();
        double r = f.model.params().maxRadiusKm();
        Envelope env = new Envelope(lon - r / (111.32 * Math.cos(Math.toRadians(lat))), lon + r / (111.32 * Math.cos(
                Math.toRadians(lat))), lat - r / 111.32, lat + r / 111.32);
        int best = -1;
        double bestKm = Double.MAX_VALUE;
        for (Object o : net.edgeIndex().query(env)) {
            int e = (Integer) o;
            for (int v : new int[] {net.edgeFrom(e), net.edgeTo(e)}) {
                if (v != from && tree[v] == RouteCache.UNREACHABLE) {
                    continue;
                }
                double km = ReliefRules.km(lon, lat, net.lon(v), net.lat(v));
                if (km < bestKm || (km == bestKm && v < best)) {
                    bestKm = km;
                    best = v;
                }
            }
        }
        return best < 0 ? null : new int[] {best, best == from ? 0 : tree[best]};
    }

    @Override
    public boolean accepts(Unit unit) {
        return unit.can(TeamCapability.FOREST_FIREFIGHTING);
    }

    @Override
    public int targetNode(Task task) {
        return ((Fire) task.payload()).node;
    }

    @Override
    public String refusal(Unit unit, Task task) {
        if (!(task.payload() instanceof Fire f)) {
            return "不是森林火灾任务 / not a forest fire";
        }
        if (!unit.can(TeamCapability.FOREST_FIREFIGHTING)) {
            return unit.id() + " 不具备森林灭火能力 / " + unit.id() + " cannot fight forest fires";
        }
        if (f.contained || f.out) {
            return task.id() + " 火势已控制 / " + task.id() + " is already contained";
        }
        if (etaMs(unit, task) == Long.MAX_VALUE) {
            return task.id() + " 道路不通 / no open road from " + unit.id() + " to the fire";
        }
        return null;
    }

    @Override
    public void dispatch(Unit unit, Task task) {
        Fire f = (Fire) task.payload();
        long now = w.now();
        boolean air = unit.type().equals(Crews.AIRCRAFT);
        int to;
        long eta;
        if (air) {
            to = f.node;
            eta = flightMs(unit, f);
        } else {
            int[] a = access(f, unit.node());
            to = a[0];
            eta = groundMs(f, a);
        }
        unit.assign(task, now);
        unit.startTrip(unit.node(), to, now, now + eta, air);
        f.accessOf.put(unit, to);
        w.log().event(now, "fire-dispatch").str("unit", unit.id()).str("hazard", f.id).num("travelMin", eta / 60_000.0)
                .write();
        f.coming.put(unit, w.sim().schedule(eta, "fire-arrive " + unit.id(), () -> arrive(f, unit, to)));
        check(f);
    }

    private void arrive(Fire f, Unit unit, int at) {
        f.coming.remove(unit);
        unit.arrived(at);
        check(f);
        f.working.add(unit);
        check(f);   // the next check at the new rate
        if (!f.out) {
            f.clock.cause(DelayCause.WORK, w.now());
        }
        w.log().event(w.now(), "fire-arrive").str("unit", unit.id()).str("hazard", f.id).num("lineM", f.lineM).write();
    }

    @Override
    public String withdrawRefusal(Unit unit, Task task) {
        Fire f = (Fire) task.payload();
        return f.working.contains(unit) ? unit.id() + " 正在扑救，不能改派 / " + unit.id() + " is fighting the fire" : null;
    }

    @Override
    public void withdraw(Unit unit, Task task) {
        Fire f = (Fire) task.payload();
        Long h = f.coming.remove(unit);
        if (h != null) {
            w.sim().cancel(h);
        }
        unit.free(unit.node(), w.now());
        w.log().event(w.now(), "withdrawn").str("unit", unit.id()).str("hazard", f.id).write();
        check(f);
        plan.request();
    }
}
