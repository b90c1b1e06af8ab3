package org.drillsim.comms;

import org.drillsim.format.model.CommsPlan;
import org.drillsim.format.model.Scenario;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.format.model.TeamType;
import org.drillsim.hazards.HazardKind;
import org.drillsim.runformat.EventTypes;
import org.drillsim.world.CellEffect;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.Facility;
import org.drillsim.world.HazardTick;
import org.drillsim.world.ModuleContext;
import org.drillsim.world.PlanArea;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.TargetClock;
import org.drillsim.world.TravelTimes;
import org.drillsim.world.Unit;
import org.drillsim.world.UnitStatus;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Emergency communications (应急通信保障), scoring {@code comms-24h} (outage → priority communications restored).
 * <p>Model: a population cell the flood reaches loses mains power; its base stations (density
 * {@link CommsPlan#peoplePerBaseStation()}) go silent when their batteries run out
 * ({@link CommsPlan#batteryHours()} later). Cells are grouped into square zones of {@link CommsPlan#zoneKm()}; each
 * silent cell starts a clock weighted by its residents. Emergency communication teams (team type
 * {@code communications}) are sent, earliest outage first, by the shortest travel time; a team restores a whole zone
 * in {@link CommsPlan#restoreHours()} on site (where no road reaches the zone it goes by boat, 30 min to launch and
 * 10 km/h in a straight line — assumptions) (portable station, generator), which stops every clock of that zone,
 * then takes the next zone. A zone restored before a further cell of it loses power keeps that cell covered.
 */
public final class CommsModule implements ResponseModule {
    /** Unit type of emergency communication teams. */
    public static final String COMMS_TEAM = "comms-team";

    /** Where no road is open, a team goes by boat with its portable equipment: launch time (assumption). */
    static final long OFFROAD_LAUNCH_MS = 30 * 60_000L;
    /** … and straight-line speed over the water, km/h (assumption, as the relief module's rescue boats). */
    static final double OFFROAD_KMH = 10.0;

    private ModuleContext w;
    private CommsPlan plan;
    private final Map<Integer, Zone> zones = new HashMap<>();
    /** Zones waiting for a team, in outage order. */
    private final List<Zone> queue = new ArrayList<>();
    private final Set<Integer> powerLost = new java.util.HashSet<>();
    private long stationsOut;
    private double minLon;
    private double minLat;

    /** One restoration zone. */
    static final class Zone {
        final int id;
        final List<TargetClock> clocks = new ArrayList<>();
        int node = -1;
        long nodePeople = -1;
        boolean queued;
        boolean restored;
        long outageMs = -1;

        Zone(int id) {
            this.id = id;
        }
    }

    @Override
    public String id() {
        return "comms";
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public Set<String> feeds(Scenario scenario) {
        boolean teams = scenario.teams().stream().anyMatch(t -> t.type() == TeamType.COMMUNICATIONS);
        boolean flood = scenario.hazards().stream().anyMatch(h -> h instanceof org.drillsim.format.model.FloodSpec);
        return teams && flood ? Set.of("comms-24h") : Set.of();
    }

    @Override
    public void install(ModuleContext ctx) {
        this.w = ctx;
        this.plan = ctx.scenario().communications();
        minLon = Double.POSITIVE_INFINITY;
        minLat = Double.POSITIVE_INFINITY;
        for (PopulationCell c : ctx.site().cells()) {
            minLon = Math.min(minLon, c.lon());
            minLat = Math.min(minLat, c.lat());
        }
        for (Team t : ctx.site().teams()) {
            if (t.type() != TeamType.COMMUNICATIONS) {
                continue;
            }
            Facility home = ctx.site().facility(t.home());
            for (int i = 1; i <= t.count(); i++) {
                String id = t.count() == 1 ? t.id() : t.id() + "-" + i;
                ctx.units().add(new Unit(id, COMMS_TEAM, t.name(), EnumSet.of(TeamCapability.COMMUNICATIONS), 0, 0,
                        home.id(), home.node()));
            }
        }
        ctx.onTick(this::tick);
        ctx.onRoadsChanged(this::dispatch);
        ctx.series().probe("comms.zones-out", () -> queue.size());
    }

    /** Zone index of a cell: a square grid of zoneKm from the area's south-west corner. */
    int zoneOf(PopulationCell c) {
        double kmPerDegLat = 111.195;
        double kmPerDegLon = kmPerDegLat * Math.cos(Math.toRadians(c.lat()));
        int x = (int) Math.floor((c.lon() - minLon) * kmPerDegLon / plan.zoneKm());
        int y = (int) Math.floor((c.lat() - minLat) * kmPerDegLat / plan.zoneKm());
        return y * 100_000 + x;
    }

    private void tick(HazardTick now, HazardTick previous) {
        for (CellEffect e : now.cells()) {
            if (e.kind() != HazardKind.FLOOD || !e.effect().displaced() || !powerLost.add(e.cell())) {
                continue;
            }
            PopulationCell cell = w.site().cells().get(e.cell());
            long outAt = now.timeMs() + Math.round(plan.batteryHours() * 3_600_000);
            if (outAt > w.horizonMs()) {
                continue;
            }
            w.sim().scheduleAt(Math.max(outAt, w.now()), "comms-outage " + cell.id(), () -> outage(cell));
        }
    }

    private void outage(PopulationCell cell) {
        Zone z = zones.computeIfAbsent(zoneOf(cell), Zone::new);
        if (z.restored) {
            return;    // the zone's temporary station already covers it
        }
        long stations = Math.max(1, Math.round(cell.people() / plan.peoplePerBaseStation()));
        stationsOut += stations;
        long weight = Math.max(1, cell.people());
        z.clocks.add(w.clocks().start(ClockSpan.COMMS, "zone-" + z.id + "/" + cell.id(), weight, w.now(),
                DelayCause.WAITING_FOR_CREW, cell.node()));
        if (cell.people() > z.nodePeople) {
            z.nodePeople = cell.people();
            z.node = cell.node();
        }
        if (z.outageMs < 0) {
            z.outageMs = w.now();
        }
        w.log().event(w.now(), EventTypes.COMMS_OUTAGE).num("zone", z.id).str("cell", cell.id())
                .num("stations", stations).num("people", cell.people()).write();
        if (!z.queued) {
            z.queued = true;
            queue.add(z);
        }
        dispatch();
    }

    /** Earliest outage first, the free team with the shortest travel time; zones no team can reach wait. */
    private void dispatch() {
        if (!w.plan().isAutomatic(PlanArea.COMMS)) {
            return;
        }
        TravelTimes tt = w.travel();
        for (Zone z : new ArrayList<>(queue)) {
            Unit best = null;
            long bestMs = TravelTimes.UNREACHABLE;
            for (Unit u : w.units().ofType(COMMS_TEAM)) {
                if (!u.isAvailable()) {
                    continue;
                }
                long t = travelMs(tt, u.node(), z.node);
                if (t < bestMs) {
                    bestMs = t;
                    best = u;
                }
            }
            if (best == null) {
                continue;    // every team is busy
            }
            queue.remove(z);
            send(best, z, bestMs);
        }
    }

    /** By road when there is one, else by boat in a straight line. */
    long travelMs(TravelTimes tt, int from, int to) {
        long road = tt.time(from, to);
        if (road != TravelTimes.UNREACHABLE) {
            return road;
        }
        var net = w.site().network();
        double dLat = Math.toRadians(net.lat(to) - net.lat(from));
        double dLon = Math.toRadians(net.lon(to) - net.lon(from)) * Math.cos(Math.toRadians((net.lat(to) + net.lat(from)) / 2));
        double km = 6371.0088 * Math.hypot(dLat, dLon);
        return OFFROAD_LAUNCH_MS + Math.round(km / OFFROAD_KMH * 3_600_000);
    }

    private void send(Unit u, Zone z, long travelMs) {
        long now = w.now();
        u.setStatus(UnitStatus.BUSY, now);
        u.startTrip(u.node(), z.node, now, now + travelMs, false);
        for (TargetClock c : z.clocks) {
            c.cause(DelayCause.TRAVEL, now);
        }
        w.sim().schedule(travelMs, "comms-arrive " + u.id(), () -> {
            u.arrived(z.node);
            for (TargetClock c : z.clocks) {
                c.cause(DelayCause.WORK, w.now());
            }
            w.sim().schedule(Math.round(plan.restoreHours() * 3_600_000), "comms-restored zone-" + z.id, () -> {
                z.restored = true;
                long people = 0;
                for (TargetClock c : z.clocks) {
                    if (c.isRunning()) {
                        c.stop(w.now());
                        people += c.weight();
                    }
                }
                w.log().event(w.now(), EventTypes.COMMS_RESTORED).num("zone", z.id).str("team", u.id())
                        .num("people", people).write();
                u.free(z.node, w.now());
                w.unitFreed(u);
                dispatch();
            });
        });
    }

    @Override
    public void finish(ModuleContext ctx) {
        if (zones.isEmpty() && ctx.units().ofType(COMMS_TEAM).isEmpty()) {
            return;    // no outage and no team: nothing to report
        }
        long waiting = 0;
        for (Zone z : zones.values()) {
            if (!z.restored) {
                waiting++;
            }
        }
        ctx.indicators().put("comms.stations-out", "断电停摆的公网基站（按密度估算）", "public base stations silenced (from the density)",
                "stations", stationsOut);
        ctx.indicators().put("comms.zones", "通信中断区域", "zones with an outage", "zones", zones.size());
        ctx.indicators().put("comms.zones-unrestored", "期末仍未恢复的区域", "zones still without communications at the end",
                "zones", waiting);
    }
}
