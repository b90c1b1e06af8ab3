package org.drillsim.ui.session;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.scenarios.command.Command;
import org.drillsim.scenarios.command.CommandBus;
import org.drillsim.scenarios.command.CommandRecord;
import org.drillsim.scenarios.hazard.Hazard;
import org.drillsim.scenarios.hazard.HazardFootprint;
import org.drillsim.scenarios.model.Inject;
import org.drillsim.scenarios.response.Facility;
import org.drillsim.scenarios.response.HazardTick;
import org.drillsim.scenarios.response.Task;
import org.drillsim.scenarios.response.Unit;
import org.drillsim.scenarios.response.UnitStatus;
import org.drillsim.scenarios.response.World;
import org.drillsim.ui.map.CasualtySite;
import org.drillsim.ui.map.FacilityKind;
import org.drillsim.ui.map.FacilityMark;
import org.drillsim.ui.map.MapScene;
import org.drillsim.ui.map.UnitMark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds {@link DrillSnapshot}s of a {@link DrillWorld} on the simulation thread. Parts that change rarely
 * (decisions, hazard footprints, closed roads) are rebuilt only when they changed, so a snapshot per frame
 * stays cheap.
 */
final class SnapshotBuilder {
    private final DrillWorld drill;
    private final TrackBuilder tracks;
    private final LiveScore score;
    private final List<DecisionLine> decisions = new ArrayList<>();
    private List<DecisionLine> decisionsView = List.of();
    private List<List<List<Double>>> zonesView = List.of();
    private final List<List<List<Double>>> zones = new ArrayList<>();
    private int hazardTick = -1;
    private List<HazardFootprint> hazards = List.of();
    private long roadsFingerprint = Long.MIN_VALUE;
    private int[] closed = new int[0];

    SnapshotBuilder(DrillWorld drill) {
        this.drill = drill;
        this.tracks = new TrackBuilder(drill.world());
        this.score = new LiveScore(drill.world());
    }

    DrillSnapshot build() {
        World w = drill.world();
        long now = w.now();
        updateDecisions(w.commands());
        updateHazards(w);
        updateClosures(w);
        MapScene map = new MapScene(now, hazards, facilities(w), units(w), casualties(w), closed, zonesView);
        List<InjectLine> fired = new ArrayList<>();
        List<InjectLine> upcoming = new ArrayList<>();
        for (Inject i : w.scenario().injects()) {
            long t = DrillWorld.injectTimeMs(i);
            (t <= now ? fired : upcoming).add(new InjectLine(i, t, false));
        }
        fired.addAll(drill.firedAdHoc());
        fired.sort(Comparator.comparingLong(InjectLine::timeMs));
        upcoming.sort(Comparator.comparingLong(InjectLine::timeMs));
        return new DrillSnapshot(now, w.horizonMs(), drill.isFinished(), map, score.evaluate(), decisionsView, fired, upcoming,
                unitLines(w), taskLines(w));
    }

    private void updateDecisions(CommandBus bus) {
        List<CommandRecord> journal = bus.journal();
        if (journal.size() == decisions.size()) return;
        for (int i = decisions.size(); i < journal.size(); i++) {
            CommandRecord r = journal.get(i);
            Command c = r.command();
            decisions.add(new DecisionLine(r.seq(), r.timeMs(), drill.drillRoleOf(r.seq()), c.issuer().role().id(), c.issuer().name(),
                    c.type(), CommandBus.argsJson(c), r.accepted(), r.reason(), c));
            if (r.accepted() && c instanceof Command.EvacuateZone z && z.polygonLonLat() != null) zones.add(z.polygonLonLat());
        }
        decisionsView = List.copyOf(decisions);
        zonesView = List.copyOf(zones);
    }

    private void updateHazards(World w) {
        HazardTick tick = w.lastTick();
        if (tick == null || tick.index() == hazardTick) return;
        List<HazardFootprint> list = new ArrayList<>();
        for (Hazard h : w.site().hazards()) {
            HazardFootprint fp = h.footprintAt(tick.timeMs());
            if (!fp.isEmpty()) list.add(fp);
        }
        hazards = List.copyOf(list);
        hazardTick = tick.index();
    }

    private void updateClosures(World w) {
        long fp = w.roads().fingerprint();
        if (fp == roadsFingerprint) return;
        closed = w.roads().closedEdges();
        roadsFingerprint = fp;
    }

    private static List<FacilityMark> facilities(World w) {
        List<FacilityMark> out = new ArrayList<>();
        for (Facility f : w.site().facilities().values()) {
            FacilityKind kind = FacilityKind.valueOf(f.kind().name());
            out.add(new FacilityMark(f.id(), f.name().zh(), f.name().en(), kind, f.lon(), f.lat(), 0, 0, true, true));
        }
        return out;
    }

    private List<UnitMark> units(World w) {
        List<UnitMark> out = new ArrayList<>();
        for (Unit u : w.units().all()) {
            if (u.status() == UnitStatus.EN_ROUTE_TO_AREA) continue; // mutual aid not arrived yet: not on the map
            out.add(new UnitMark(u.id(), u.type(), u.status() == UnitStatus.BUSY, tracks.trackOf(u)));
        }
        return out;
    }

    private static List<CasualtySite> casualties(World w) {
        RoadNetwork net = w.site().network();
        List<CasualtySite> out = new ArrayList<>();
        for (Task t : w.tasks().open("casualty")) {
            out.add(new CasualtySite(t.id(), net.lon(t.node()), net.lat(t.node()), 1, 0, Math.max(1, Math.min(3, t.priority()))));
        }
        return out;
    }

    private static List<UnitLine> unitLines(World w) {
        List<UnitLine> out = new ArrayList<>();
        for (Unit u : w.units().all()) {
            String status = switch (u.status()) {
                case AVAILABLE -> "available";
                case BUSY -> "busy";
                case EN_ROUTE_TO_AREA, OUT_OF_SERVICE -> "out";
            };
            out.add(new UnitLine(u.id(), u.type(), u.name() == null ? u.id() : u.name().zh(), status, u.task() == null ? "" : u.task().id()));
        }
        return out;
    }

    private static List<TaskLine> taskLines(World w) {
        RoadNetwork net = w.site().network();
        List<TaskLine> out = new ArrayList<>();
        for (Task t : w.tasks().open()) {
            out.add(new TaskLine(t.id(), t.kind(), t.priority(), net.lon(t.node()), net.lat(t.node()), t.createdMs()));
        }
        return out;
    }
}
