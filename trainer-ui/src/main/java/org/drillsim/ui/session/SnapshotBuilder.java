package org.drillsim.ui.session;

import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandBus;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.world.Facility;
import org.drillsim.world.Injects;
import org.drillsim.world.ResponseModule;
import org.drillsim.medical.CasualtyView;
import org.drillsim.medical.HospitalView;
import org.drillsim.medical.MedicalModule;
import org.drillsim.relief.Depots;
import org.drillsim.relief.ShelterState;
import org.drillsim.relief.Shelters;
import org.drillsim.world.HazardTick;
import org.drillsim.world.Task;
import org.drillsim.world.Unit;
import org.drillsim.world.UnitStatus;
import org.drillsim.world.World;
import org.drillsim.ui.map.CasualtySite;
import org.drillsim.ui.map.FacilityKind;
import org.drillsim.ui.map.FacilityMark;
import org.drillsim.ui.map.MapScene;
import org.drillsim.ui.map.UnitMark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
    private List<InjectLine> firedView = List.of();
    private HazardTick hazardTick;
    private List<Hazard> hazardModels = List.of();
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
        updateInjects(w);
        List<InjectLine> upcoming = new ArrayList<>();
        for (Inject i : w.scenario().injects()) {
            long t = DrillWorld.injectTimeMs(i);
            if (t > now && t <= w.horizonMs()) upcoming.add(new InjectLine(i, t, false));
        }
        upcoming.sort(Comparator.comparingLong(InjectLine::timeMs));
        return new DrillSnapshot(now, w.horizonMs(), drill.isFinished(), map, score.evaluate(), decisionsView, firedView, upcoming,
                unitLines(w), taskLines(w), names(w));
    }

    private Names names;
    private int namedUnits = -1;
    private int namedCasualties = -1;
    private int namedOpenTasks = -1;

    /** Names of units, facilities and tasks; rebuilt only when units or tasks were added. */
    private Names names(World w) {
        MedicalModule medical = module(w, MedicalModule.class);
        List<CasualtyView> casualties = medical == null ? List.of() : medical.casualtyViews();
        int units = w.units().all().size();
        int open = w.tasks().open().size();
        if (names != null && units == namedUnits && casualties.size() == namedCasualties && open == namedOpenTasks) return names;
        Map<String, LocalizedText> facilities = new HashMap<>();
        for (Facility f : w.site().facilities().values()) facilities.put(f.id(), f.name());
        Map<String, Integer> totals = new HashMap<>();
        for (Unit u : w.units().all()) totals.merge(nameKey(u), 1, Integer::sum);
        Map<String, Names.UnitName> unitNames = new HashMap<>();
        Map<String, Integer> counters = new HashMap<>();
        for (Unit u : w.units().all()) {
            LocalizedText base = u.homeFacility() == null ? null : facilities.get(u.homeFacility());
            String key = nameKey(u);
            int ordinal = counters.merge(key, 1, Integer::sum);
            unitNames.put(u.id(), new Names.UnitName(u.id(), u.type(), base, ordinal, totals.get(key), ownName(u) ? u.name() : null));
        }
        Map<String, Names.TaskName> tasks = new HashMap<>(names == null ? Map.of() : names.tasks());
        for (Task t : w.tasks().open()) tasks.putIfAbsent(t.id(), new Names.TaskName(t.id(), t.kind(), 0, ""));
        for (CasualtyView c : casualties)
            tasks.put(c.taskId(), new Names.TaskName(c.taskId(), MedicalModule.CASUALTY, c.injured(), c.triage() == null ? "" : c.triage()));
        names = new Names(unitNames, facilities, tasks);
        namedUnits = units;
        namedCasualties = casualties.size();
        namedOpenTasks = open;
        return names;
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

    private void updateInjects(World w) {
        List<Injects.Fired> all = w.injects().fired();
        if (all.size() == firedView.size()) return;
        List<InjectLine> lines = new ArrayList<>(firedView);
        for (int i = firedView.size(); i < all.size(); i++) lines.add(new InjectLine(all.get(i).inject(), all.get(i).timeMs(), all.get(i).adHoc()));
        firedView = List.copyOf(lines);
    }

    private void updateHazards(World w) {
        HazardTick tick = w.lastTick();
        List<Hazard> models = w.hazards(); // an ad-hoc wind or stage change replaces a model
        if (tick == null || (tick == hazardTick && models.equals(hazardModels))) return;
        List<HazardFootprint> list = new ArrayList<>();
        for (Hazard h : models) {
            HazardFootprint fp = h.footprintAt(tick.timeMs());
            if (!fp.isEmpty()) list.add(fp);
        }
        hazards = List.copyOf(list);
        hazardTick = tick;
        hazardModels = List.copyOf(models);
    }

    private void updateClosures(World w) {
        long fp = w.roads().fingerprint();
        if (fp == roadsFingerprint) return;
        closed = w.roads().closedEdges();
        roadsFingerprint = fp;
    }

    /** Facilities with their state: hospital beds, shelter occupants, depot stock (from the modules' read-only views). */
    private static List<FacilityMark> facilities(World w) {
        Map<String, HospitalView> hospitals = new HashMap<>();
        MedicalModule medical = module(w, MedicalModule.class);
        if (medical != null) for (HospitalView h : medical.hospitalViews()) hospitals.put(h.id(), h);
        Map<String, ShelterState> shelters = new HashMap<>();
        Shelters sh = w.get(Shelters.class);
        if (sh != null) for (ShelterState s : sh.all()) shelters.put(s.id(), s);
        Depots depots = w.get(Depots.class);
        List<FacilityMark> out = new ArrayList<>();
        for (Facility f : w.site().facilities().values()) {
            FacilityKind kind = FacilityKind.valueOf(f.kind().name());
            long used = 0;
            long capacity = 0;
            boolean available = true;
            boolean open = true;
            HospitalView h = hospitals.get(f.id());
            ShelterState s = shelters.get(f.id());
            Depots.DepotState d = depots == null ? null : depots.get(f.id());
            if (h != null) {
                used = h.bedsUsed();
                capacity = h.capacity();
                available = !(h.limited() && h.capacity() == 0);
            } else if (s != null) {
                used = s.occupants();
                capacity = s.capacity();
                open = s.isReceiving();
                available = !s.isClosed();
            } else if (d != null) {
                // the load bar shows the share of the depot's initial stock already issued (all items together)
                for (ReliefItem item : ReliefItem.values()) {
                    long initial = depotStock(w, f.id(), item);
                    capacity += initial;
                    used += Math.max(0, initial - d.level(item));
                }
            }
            out.add(new FacilityMark(f.id(), f.name().zh(), f.name().en(), kind, f.lon(), f.lat(), used, capacity, available, open));
        }
        return out;
    }

    private static long depotStock(World w, String depotId, ReliefItem item) {
        for (Depot d : w.site().depots()) if (d.id().equals(depotId)) return d.stockOf(item);
        return 0;
    }

    static <T> T module(World w, Class<T> type) {
        for (ResponseModule m : w.modules()) if (type.isInstance(m)) return type.cast(m);
        return null;
    }

    private List<UnitMark> units(World w) {
        List<UnitMark> out = new ArrayList<>();
        for (Unit u : w.units().all()) {
            if (u.status() == UnitStatus.EN_ROUTE_TO_AREA) continue; // mutual aid not arrived yet: not on the map
            out.add(new UnitMark(u.id(), u.type(), u.status() == UnitStatus.BUSY, tracks.trackOf(u)));
        }
        return out;
    }

    /** Casualty groups still needing something, from the medical module's view. */
    private static List<CasualtySite> casualties(World w) {
        MedicalModule medical = module(w, MedicalModule.class);
        List<CasualtySite> out = new ArrayList<>();
        if (medical == null) return out;
        for (CasualtyView c : medical.casualtyViews()) {
            if (!c.open()) continue;
            int untreated = c.waiting() + c.covered();
            int urgency = switch (c.triage()) {
                case "t1" -> 1;
                case "t2" -> 2;
                default -> 3;
            };
            out.add(new CasualtySite(c.taskId(), c.lon(), c.lat(), untreated, c.injured() - untreated, urgency));
        }
        return out;
    }

    /** Whether the unit has a name of its own (vehicles are named after their id, e.g. 救护车 amb-south-1). */
    private static boolean ownName(Unit u) {
        return u.name() != null && u.name().zh() != null && !u.name().zh().isBlank() && !u.name().zh().contains(u.id());
    }

    private static String nameKey(Unit u) {
        return ownName(u) ? "name|" + u.name().zh() : "base|" + u.homeFacility() + "|" + u.type();
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
