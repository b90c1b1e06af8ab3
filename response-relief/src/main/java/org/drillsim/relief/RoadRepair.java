package org.drillsim.relief;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.HazardTick;
import org.drillsim.world.PlanArea;
import org.drillsim.world.RoadConditions;
import org.drillsim.world.TargetClock;
import org.drillsim.world.Task;
import org.drillsim.world.Unit;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Blocked roads and the crews that reopen them (应急抢通). A road the hazards close to emergency vehicles (flood
 * water ≥ 0.3 m, the fire front) is left blocked by debris and damage when the hazard moves on: it is closed in
 * the {@code blockage} layer from the moment the hazard closes it until a road-repair crew has worked
 * {@code roadRepairHoursPerBlockage} on it. Blocked edges are grouped into one blockage per road name and
 * {@link ReliefRules#BLOCKAGE_SQUARE_M} square (one repair job). A crew can start only when the hazard has left
 * every edge of the blockage. Road clock (road-24h): from the first closure to the reopening, weight 1 per
 * blockage; causes: the hazard still there, waiting for a crew, the crew's travel, the repair work.
 */
final class RoadRepair implements CrewWork {
    static final String KIND = "blockage";

    /** One repair job. */
    static final class Blockage {
        final String id;
        final int index;
        final String key;
        final List<Integer> edges = new ArrayList<>();
        final long blockedMs;
        final TargetClock clock;
        Task task;
        Unit crew;
        int accessNode = -1;
        long handle = -1;
        boolean working;
        boolean reopened;

        Blockage(String id, int index, String key, long blockedMs, TargetClock clock) {
            this.id = id;
            this.index = index;
            this.key = key;
            this.blockedMs = blockedMs;
            this.clock = clock;
        }
    }

    private final ModuleContext w;
    private final CrewPlan plan;
    private final ReliefStats stats;
    private final RoadNetwork net;
    private final int hazardLayer;
    private final int blockageLayer;
    private final int[] blockageOf;
    private final List<Blockage> blockages = new ArrayList<>();
    private final Map<String, Blockage> openByKey = new LinkedHashMap<>();
    private final double originLon;
    private final double originLat;

    RoadRepair(ModuleContext w, CrewPlan plan, ReliefStats stats) {
        this.w = w;
        this.plan = plan;
        this.stats = stats;
        this.net = w.site().network();
        this.hazardLayer = w.roads().layer(RoadConditions.HAZARD);
        this.blockageLayer = w.roads().layer(RoadConditions.BLOCKAGE);
        this.blockageOf = new int[net.edgeCount()];
        Arrays.fill(blockageOf, -1);
        this.originLon = net.bounds().getMinX();
        this.originLat = net.bounds().getMinY();
    }

    void install() {
        w.onTick(this::onTick);
    }

    @Override
    public PlanArea area() {
        return PlanArea.ROADS;
    }

    @Override
    public String taskKind() {
        return KIND;
    }

    /** Blockages so far, in creation order. */
    List<Blockage> blockages() {
        return blockages;
    }

    private void onTick(HazardTick now, HazardTick previous) {
        boolean changed = previous == null || now.edges() != previous.edges();
        if (changed) {
            for (int i = 0; i < now.edges().length; i++) {
                if (now.factors()[i] == 0f) {
                    block(now.edges()[i]);
                }
            }
        }
        long t = w.now();
        for (Blockage b : openByKey.values()) {
            if (b.crew == null) {
                b.clock.cause(workable(b) ? DelayCause.WAITING_FOR_UNIT : DelayCause.HAZARD, t);
            }
        }
        plan.request();
    }

    private void block(int e) {
        int open = blockageOf[e];
        if (open >= 0 && !blockages.get(open).reopened) {
            return;
        }
        String key = key(e);
        Blockage b = openByKey.get(key);
        if (b == null) {
            String id = "blk-" + (blockages.size() + 1);
            TargetClock c = w.clocks().start(ClockSpan.ROAD, id, 1, w.now(), DelayCause.HAZARD, net.edgeFrom(e));
            b = new Blockage(id, blockages.size(), key, w.now(), c);
            blockages.add(b);
            openByKey.put(key, b);
            b.task = w.tasks().add(new Task(id, KIND, net.edgeFrom(e), net.roadClass(e).ordinal(), w.now(), this, b));
            stats.blockages++;
            w.log().event(w.now(), "road-blocked").str("blockage", id).str("road", net.name(e)).num("edge", e).write();
        }
        add(b, e);
        int r = net.reverseEdge(e);
        if (r >= 0) {
            add(b, r);
        }
    }

    private void add(Blockage b, int e) {
        if (blockageOf[e] == b.index) {
            return;
        }
        blockageOf[e] = b.index;
        b.edges.add(e);
        w.roads().close(blockageLayer, e);
    }

    private String key(int e) {
        int a = net.edgeFrom(e);
        int z = net.edgeTo(e);
        double lon = (net.lon(a) + net.lon(z)) / 2;
        double lat = (net.lat(a) + net.lat(z)) / 2;
        double xM = (lon - originLon) * 111_320.0 * Math.cos(Math.toRadians(originLat));
        double yM = (lat - originLat) * 111_320.0;
        long ix = (long) Math.floor(xM / ReliefRules.BLOCKAGE_SQUARE_M);
        long iy = (long) Math.floor(yM / ReliefRules.BLOCKAGE_SQUARE_M);
        return net.name(e) + "|" + ix + "|" + iy;
    }

    /** Whether the hazard has left every edge (a crew can work). */
    private boolean workable(Blockage b) {
        for (int e : b.edges) {
            if (w.roads().factor(hazardLayer, e) == 0f) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ TaskOwner

    @Override
    public boolean wantsUnit(Task task) {
        Blockage b = (Blockage) task.payload();
        return b.crew == null && workable(b);
    }

    @Override
    public long etaMs(Unit unit, Task task) {
        int[] best = access((Blockage) task.payload(), unit.node());
        return best == null ? Long.MAX_VALUE : best[1];
    }

    /** The blockage's end node the unit reaches first and the time, or null when none can be reached. */
    private int[] access(Blockage b, int from) {
        int[] tree = w.travel().from(from);
        int bestNode = -1;
        int bestT = Integer.MAX_VALUE;
        for (int e : b.edges) {
            for (int v : new int[] {net.edgeFrom(e), net.edgeTo(e)}) {
                int t = v == from ? 0 : tree[v];
                if (t < bestT || (t == bestT && v < bestNode)) {
                    bestT = t;
                    bestNode = v;
                }
            }
        }
        return bestNode < 0 || bestT == org.drillsim.world.RouteCache.UNREACHABLE ? null
                : new int[] {bestNode, bestT};
    }

    @Override
    public boolean accepts(Unit unit) {
        return unit.can(TeamCapability.ROAD_REPAIR);
    }

    @Override
    public int targetNode(Task task) {
        return task.node();
    }

    @Override
    public String refusal(Unit unit, Task task) {
        if (!(task.payload() instanceof Blockage b)) {
            return "不是道路抢通任务 / not a road blockage";
        }
        if (!unit.can(TeamCapability.ROAD_REPAIR)) {
            return unit.id() + " 不是道路抢修队伍 / " + unit.id() + " is not a road-repair crew";
        }
        if (b.crew != null) {
            return b.id + " 已有抢修队伍 / a crew already works on " + b.id;
        }
        if (!workable(b)) {
            return b.id + " 仍受灾害影响（积水或火线），暂不能抢修 / " + b.id + " is still under water or in the fire front";
        }
        if (access(b, unit.node()) == null) {
            return b.id + " 道路不通 / no open road from " + unit.id() + " to " + b.id;
        }
        return null;
    }

    @Override
    public void dispatch(Unit unit, Task task) {
        Blockage b = (Blockage) task.payload();
        int[] acc = access(b, unit.node());
        long now = w.now();
        b.crew = unit;
        b.accessNode = acc[0];
        unit.assign(task, now);
        unit.startTrip(unit.node(), acc[0], now, now + acc[1], false);
        b.clock.cause(DelayCause.TRAVEL, now);
        w.log().event(now, "crew-dispatch").str("unit", unit.id()).str("blockage", b.id).num("travelMin", acc[1] / 60_000.0)
                .write();
        b.handle = w.sim().schedule(acc[1], "crew-at " + b.id, () -> startWork(b));
    }

    private void startWork(Blockage b) {
        b.crew.arrived(b.accessNode);
        b.working = true;
        b.clock.cause(DelayCause.WORK, w.now());
        long ms = w.get(ReliefDurations.class).ms(ReliefDurations.ROAD_REPAIR,
                Math.round(w.plan().parameters().roadRepairHoursPerBlockage() * 3_600_000.0));
        b.handle = w.sim().schedule(ms, "repaired " + b.id, () -> reopen(b));
    }

    private void reopen(Blockage b) {
        long now = w.now();
        b.reopened = true;
        b.handle = -1;
        int changed = 0;
        for (int e : b.edges) {
            if (w.roads().clear(blockageLayer, e)) {
                changed++;
            }
        }
        openByKey.remove(b.key);
        b.clock.stop(now);
        w.tasks().close(b.task);
        stats.blockagesReopened++;
        w.log().event(now, "road-reopened-by-crew").str("blockage", b.id).str("unit", b.crew.id())
                .num("edges", b.edges.size()).num("opened", changed).num("hours", (now - b.blockedMs) / 3_600_000.0).write();
        Unit crew = b.crew;
        crew.free(b.accessNode, now);
        w.unitFreed(crew);
        if (changed > 0) {
            w.roadsChanged();
        }
    }

    @Override
    public String withdrawRefusal(Unit unit, Task task) {
        Blockage b = (Blockage) task.payload();
        return b.working ? unit.id() + " 正在抢修，不能改派 / " + unit.id() + " is repairing and cannot be taken off" : null;
    }

    @Override
    public void withdraw(Unit unit, Task task) {
        Blockage b = (Blockage) task.payload();
        w.sim().cancel(b.handle);
        b.handle = -1;
        b.crew = null;
        b.clock.cause(DelayCause.WAITING_FOR_UNIT, w.now());
        unit.free(unit.node(), w.now());
        w.log().event(w.now(), "withdrawn").str("unit", unit.id()).str("blockage", b.id).write();
        plan.request();
    }

    /** Blockages not reopened. */
    long openCount() {
        return openByKey.size();
    }

    /** Logs blockages still closed at the horizon. */
    void finish() {
        for (Blockage b : openByKey.values()) {
            w.log().event(w.now(), "blockage-open").str("blockage", b.id).num("edges", b.edges.size())
                    .bool("workable", workable(b)).str("cause", b.clock.cause().id()).write();
        }
    }
}
