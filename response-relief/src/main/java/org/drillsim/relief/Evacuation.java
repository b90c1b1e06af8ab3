package org.drillsim.relief;

import org.drillsim.runformat.EventTypes;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandHandler;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.CommandRejectedException;
import org.drillsim.world.command.Issuer;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.format.model.ShelterOpening;
import org.drillsim.world.CellEffect;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.HazardTick;
import org.drillsim.world.PersonState;
import org.drillsim.world.PlanArea;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.TargetClock;
import org.drillsim.world.TravelTimes;
import org.drillsim.world.Unit;
import org.drillsim.world.UnitStatus;
import org.drillsim.world.ModuleContext;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Displaced people from the hazards to the shelters. A hazard that displaces the residents of a cell (or orders
 * them out) turns everyone at home there into a displaced group — a small share of flood victims trapped, for the
 * rescue teams — and starts their living and sheltered clocks. An {@code evacuate-zone} command (the plan's, an
 * alert delay after the displacement, or a trainee's) sends the zone's people to the nearest shelter by road that
 * is open (or, when the plan runs the shelters, that it opens on demand) and has room; overflow goes to the next;
 * shelters the hazards will reach within a day ({@link ShelterThreats}) are used only when no other has room.
 * People wade to the nearest road still open (the assembly point), then walk when the whole walk is at most
 * {@link ReliefRules#MAX_WALK_KM}, or ride the nearest free bus. Conservation: every person moves through
 * {@code Population.move}; the groups mirror the cell counts, and people the medical chain takes out of a cell are
 * taken off the newest groups.
 */
final class Evacuation {
    static final String BUS = "bus";

    private final ModuleContext w;
    private final Shelters shelters;
    private final ReliefStats stats;
    private final RoadNetwork net;
    private final List<PopulationCell> cells;
    private final List<DisplacedGroup>[] waiting;
    private final List<DisplacedGroup>[] trapped;
    private final boolean[] displacedByHazard;
    private final boolean[] ordered;
    private final String[] orderedShelter;
    private final TreeSet<Integer> activeCells = new TreeSet<>();
    private final List<DisplacedGroup> busQueue = new ArrayList<>();
    private final Map<ShelterState, List<DisplacedGroup>> atDoor = new IdentityHashMap<>();
    private final Map<Integer, int[]> assemblyCache = new HashMap<>();
    private final Map<Integer, int[]> landingCache = new HashMap<>();
    private final RoadComponents comps;
    private final FreeFlowTimes freeFlow;
    private final ShelterThreats threats;
    private final EvacuationRule rule;
    /** Buses loaded at an assembly point with no open road to their shelter, in the order they got stuck. */
    private final List<Stuck> stuckBuses = new ArrayList<>();

    private record Stuck(Unit bus, DisplacedGroup g) {
    }
    private final List<java.util.function.Consumer<DisplacedGroup>> trappedListeners = new ArrayList<>();
    private long nextGroup = 1;
    private boolean roundPending;
    private boolean alerted;

    @SuppressWarnings("unchecked")
    Evacuation(ModuleContext w, Shelters shelters, ReliefStats stats) {
        this.w = w;
        this.shelters = shelters;
        this.stats = stats;
        this.net = w.site().network();
        this.cells = w.site().cells();
        int n = cells.size();
        waiting = new List[n];
        trapped = new List[n];
        for (int i = 0; i < n; i++) {
            waiting[i] = new ArrayList<>();
            trapped[i] = new ArrayList<>();
        }
        displacedByHazard = new boolean[n];
        ordered = new boolean[n];
        orderedShelter = new String[n];
        comps = new RoadComponents(w.roads());
        freeFlow = new FreeFlowTimes(net);
        threats = new ShelterThreats(w, shelters);
        rule = new EvacuationRule(w.plan().parameters().evacuationTrigger());
    }

    void install() {
        w.commands().register(Command.EvacuateZone.class, new EvacuateZoneHandler());
        w.onTick(this::onTick);
        w.onRoadsChanged(this::roadsChanged);
        w.onUnitFreed(u -> {
            if (u.type().equals(BUS)) {
                requestRound();
            }
        });
        shelters.onOpened(this::shelterOpened);
    }

    /** Called with each newly trapped group (the rescue part creates its task). */
    void onTrapped(java.util.function.Consumer<DisplacedGroup> l) {
        trappedListeners.add(l);
    }

    // ------------------------------------------------------------------ displacement by the hazards

    private void onTick(HazardTick now, HazardTick previous) {
        for (int c : activeCells) {
            reconcile(c);
        }
        if (previous != null && now.cells() == previous.cells()) {
            return;
        }
        List<Integer> newly = new ArrayList<>();
        for (CellEffect ce : now.cells()) {
            PeopleEffect pe = ce.effect();
            if (!rule.displaces(ce)) {
                continue;
            }
            int c = ce.cell();
            if (displacedByHazard[c]) {
                continue;
            }
            displacedByHazard[c] = true;
            long n = w.population().count(c, PersonState.AT_HOME);
            if (n == 0) {
                continue;
            }
            long t = HazardTypes.installed().forKind(ce.kind()).trapsResidents()
                    ? Math.round(n * ReliefRules.TRAPPED_SHARE_FLOOD) : 0;
            String reason = pe.reason();
            if (n - t > 0) {
                DisplacedGroup g = displace(c, n - t, PersonState.DISPLACED, DisplacedGroup.Phase.WAITING, ce.hazardId());
                waiting[c].add(g);
            }
            if (t > 0) {
                DisplacedGroup g = displace(c, t, PersonState.TRAPPED, DisplacedGroup.Phase.TRAPPED, ce.hazardId());
                trapped[c].add(g);
                stats.trapped += t;
                for (var l : trappedListeners) {
                    l.accept(g);
                }
            }
            w.log().event(w.now(), "displaced").str("cell", cells.get(c).id()).str("hazard", ce.hazardId())
                    .num("people", n - t).num("trapped", t).str("reason", reason).write();
            newly.add(c);
        }
        if (newly.isEmpty()) {
            return;
        }
        long delay = w.get(ReliefDurations.class).ms(ReliefDurations.ALERT, ReliefRules.minutes(w.plan().parameters().alertDelayMinutes()));
        if (w.plan().isAutomatic(PlanArea.EVACUATION)) {
            w.sim().schedule(delay, "plan-evacuate", () -> planOrders(newly));
        }
        if (!alerted) {
            alerted = true;
            if (w.plan().isAutomatic(PlanArea.SHELTER)
                    && w.plan().parameters().shelterOpening() == ShelterOpening.ALL_AT_START) {
                w.sim().schedule(delay, "plan-open-shelters", () -> {
                    for (ShelterState s : shelters.all()) {
                        if (s.status == ShelterState.Status.IDLE) {
                            issue(new Command.OpenShelter(Issuer.PLAN, s.id()));
                        }
                    }
                });
            }
        }
        requestRound();
    }

    private DisplacedGroup displace(int c, long n, PersonState state, DisplacedGroup.Phase phase, String hazardId) {
        w.population().move(c, PersonState.AT_HOME, state, n, w.now());
        String id = "dg-" + nextGroup++;
        int node = cells.get(c).node();
        TargetClock living = w.clocks().start(ClockSpan.LIVING, id, n, w.now(), DelayCause.ALERT, node);
        TargetClock sheltered = w.clocks().start(ClockSpan.SHELTERED, id, n, w.now(), DelayCause.ALERT, node);
        DisplacedGroup g = new DisplacedGroup(id, c, w.now(), n, phase, living, sheltered);
        g.hazardId = hazardId;
        stats.displaced += n;
        activeCells.add(c);
        return g;
    }

    /** Takes people the medical chain moved out of a cell (injured, killed) off the newest groups. */
    private void reconcile(int c) {
        trim(c, waiting[c], PersonState.DISPLACED);
        trim(c, trapped[c], PersonState.TRAPPED);
    }

    private void trim(int c, List<DisplacedGroup> groups, PersonState state) {
        long tracked = 0;
        for (DisplacedGroup g : groups) {
            tracked += g.people;
        }
        long gone = tracked - w.population().count(c, state);
        for (int i = groups.size() - 1; i >= 0 && gone > 0; i--) {
            DisplacedGroup g = groups.get(i);
            long k = Math.min(gone, g.people);
            // people injured or killed while waiting leave the displaced population (the medical clock measures them)
            g.living.withdraw(k, w.now(), "injured or killed while displaced");
            g.sheltered.withdraw(k, w.now(), "injured or killed while displaced");
            g.people -= k;
            if (g.people == 0) {
                groups.remove(i);
            }
            stats.leftByInjury += k;
            gone -= k;
            w.log().event(w.now(), "displaced-hurt").str("group", g.id).num("people", k).write();
        }
    }

    // ------------------------------------------------------------------ evacuation orders

    private final class EvacuateZoneHandler implements CommandHandler<Command.EvacuateZone> {
        @Override
        public void validate(Command.EvacuateZone c) throws CommandRejectedException {
            Polygon p = polygon(c.polygonLonLat());
            if (c.shelterId() != null) {
                ShelterState s = shelters.get(c.shelterId());
                if (s == null) {
                    throw new CommandRejectedException("没有编号为 " + c.shelterId() + " 的避难场所",
                            "no shelter " + c.shelterId());
                }
                if (!s.isReceiving()) {
                    throw new CommandRejectedException("避难场所 " + s.id() + " 未开放，请先开放",
                            "shelter " + s.id() + " is not open; open it first");
                }
            }
            if (cellsIn(p).isEmpty()) {
                throw new CommandRejectedException("转移区域内没有居民点", "no population cell lies inside the zone");
            }
        }

        @Override
        public void apply(Command.EvacuateZone c) {
            List<Integer> inside;
            try {
                inside = cellsIn(polygon(c.polygonLonLat()));
            } catch (CommandRejectedException e) {
                throw new IllegalStateException("validated zone became invalid: " + e.getMessage(), e);
            }
            long newlyDisplaced = 0;
            long alreadyDisplaced = 0;
            for (int cell : inside) {
                ordered[cell] = true;
                orderedShelter[cell] = c.shelterId();
                reconcile(cell);
                long home = w.population().count(cell, PersonState.AT_HOME);
                for (DisplacedGroup g : waiting[cell]) {
                    alreadyDisplaced += g.people;
                }
                if (home > 0) {
                    // an order ahead of the hazard: residents become displaced now (their clocks start with the order)
                    DisplacedGroup g = displace(cell, home, PersonState.DISPLACED, DisplacedGroup.Phase.WAITING, null);
                    waiting[cell].add(g);
                    newlyDisplaced += home;
                }
            }
            w.log().event(w.now(), "evacuation-ordered").str("zone", c.zoneId()).num("cells", inside.size())
                    .num("displaced", alreadyDisplaced).num("fromHome", newlyDisplaced)
                    .str("shelter", c.shelterId() == null ? "" : c.shelterId()).write();
            requestRound();
        }
    }

    private Polygon polygon(List<List<Double>> ring) throws CommandRejectedException {
        if (ring == null || ring.size() < 3) {
            throw new CommandRejectedException("转移区域至少需要3个顶点", "the zone needs at least 3 [lon, lat] points");
        }
        List<Coordinate> cs = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            List<Double> p = ring.get(i);
            if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null
                    || !(Math.abs(p.get(0)) <= 180 && Math.abs(p.get(1)) <= 90)) {
                throw new CommandRejectedException("转移区域第 " + (i + 1) + " 个顶点应为 [经度, 纬度]",
                        "zone point " + (i + 1) + " must be [lon, lat] in degrees, got " + p);
            }
            cs.add(new Coordinate(p.get(0), p.get(1)));
        }
        if (!cs.get(0).equals2D(cs.get(cs.size() - 1))) {
            cs.add(new Coordinate(cs.get(0)));
        }
        if (cs.size() < 4) {
            throw new CommandRejectedException("转移区域至少需要3个不同顶点", "the zone needs at least 3 distinct points");
        }
        Polygon p = RoadNetwork.geometryFactory().createPolygon(cs.toArray(new Coordinate[0]));
        if (!p.isValid()) {
            throw new CommandRejectedException("转移区域边界自相交", "the zone's outline intersects itself");
        }
        return p;
    }

    private List<Integer> cellsIn(Polygon p) {
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(p);
        Envelope env = p.getEnvelopeInternal();
        GeometryFactory gf = RoadNetwork.geometryFactory();
        List<Integer> out = new ArrayList<>();
        for (PopulationCell c : cells) {
            if (env.contains(c.lon(), c.lat()) && prepared.contains(gf.createPoint(new Coordinate(c.lon(), c.lat())))) {
                out.add(c.index());
            }
        }
        return out;
    }

    /**
     * The plan's evacuation orders for cells displaced together: one order per connected patch of them (the union of
     * their grid squares), as a plan orders "evacuate this area", not cell by cell; a patch whose outline would also
     * take in other cells (a hole) is ordered cell by cell. Destination: none named (nearest shelter with room).
     */
    private void planOrders(List<Integer> newly) {
        List<Integer> todo = new ArrayList<>();
        for (int c : newly) {
            if (!ordered[c]) {
                todo.add(c);
            }
        }
        if (todo.isEmpty()) {
            return;
        }
        GeometryFactory gf = RoadNetwork.geometryFactory();
        List<Geometry> squares = new ArrayList<>();
        for (int c : todo) {
            squares.add(gf.createPolygon(ring(square(c, PATCH_SQUARE))));
        }
        Geometry patches = UnaryUnionOp.union(squares);
        Set<Integer> todoSet = new HashSet<>(todo);
        for (int i = 0; i < patches.getNumGeometries(); i++) {
            Polygon patch = (Polygon) patches.getGeometryN(i);
            Polygon outline = gf.createPolygon(patch.getExteriorRing().getCoordinates());
            List<Integer> inside = cellsIn(outline);
            if (inside.size() > 1 && todoSet.containsAll(inside) && outline.isValid()) {
                String id = "zone-" + cells.get(inside.get(0)).id() + "-" + inside.size();
                issue(new Command.EvacuateZone(Issuer.PLAN, id, lonLat(outline.getExteriorRing().getCoordinates()), null));
                continue;
            }
            PreparedGeometry own = PreparedGeometryFactory.prepare(patch);
            for (int c : todo) {
                if (!ordered[c] && own.contains(gf.createPoint(new Coordinate(cells.get(c).lon(), cells.get(c).lat())))) {
                    issue(new Command.EvacuateZone(Issuer.PLAN, cells.get(c).id(), cellSquare(c), null));
                }
            }
        }
    }

    /** Half-side of the squares merged into patches, grid cells: just over half, so neighbours' squares overlap. */
    private static final double PATCH_SQUARE = 0.51;

    private static List<List<Double>> lonLat(Coordinate[] ring) {
        List<List<Double>> out = new ArrayList<>(ring.length);
        for (Coordinate c : ring) {
            out.add(List.of(c.x, c.y));
        }
        return out;
    }

    private static Coordinate[] ring(List<List<Double>> pts) {
        Coordinate[] cs = new Coordinate[pts.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = new Coordinate(pts.get(i).get(0), pts.get(i).get(1));
        }
        return cs;
    }

    /** The plan's zone for one cell: a square of 0.9 grid cells around its centre (excludes the neighbours' centres). */
    private List<List<Double>> cellSquare(int c) {
        return square(c, 0.45);
    }

    /** A square around cell {@code c}'s centre, half-side {@code halfCells} grid cells, closed lon/lat ring. */
    private List<List<Double>> square(int c, double halfCells) {
        PopulationCell cell = cells.get(c);
        double half = halfCells * w.scenario().population().gridCellM();
        double dLat = half / 111_320.0;
        double dLon = half / (111_320.0 * Math.cos(Math.toRadians(cell.lat())));
        return List.of(List.of(cell.lon() - dLon, cell.lat() - dLat), List.of(cell.lon() + dLon, cell.lat() - dLat),
                List.of(cell.lon() + dLon, cell.lat() + dLat), List.of(cell.lon() - dLon, cell.lat() + dLat),
                List.of(cell.lon() - dLon, cell.lat() - dLat));
    }

    private void issue(Command c) {
        CommandRecord r = w.commands().issue(c);
        if (!r.accepted()) {
            w.log().event(w.now(), "plan-command-rejected").str("command", c.type()).str("reason", r.reason()).write();
        }
    }

    // ------------------------------------------------------------------ sending people to shelters

    void requestRound() {
        if (roundPending) {
            return;
        }
        roundPending = true;
        w.sim().schedule(0, 110, "evacuation-round", this::round);
    }

    private void round() {
        roundPending = false;
        for (int c : activeCells) {
            reconcile(c);
            List<DisplacedGroup> list = waiting[c];
            if (list.isEmpty()) {
                continue;
            }
            if (!ordered[c]) {
                for (DisplacedGroup g : list) {
                    g.cause(DelayCause.ALERT, w.now());
                }
                continue;
            }
            for (DisplacedGroup g : new ArrayList<>(list)) {
                assign(g);
            }
        }
        busRound();
    }

    /** Shelters compared by road for each group: the nearest ones in a straight line (enough for any overflow). */
    private static final int SHELTERS_COMPARED = 6;

    private void assign(DisplacedGroup g) {
        int c = g.cell;
        int a = g.landedAt >= 0 && servesShelters(g.landedAt) ? g.landedAt : assemblyNode(c);
        if (a < 0) {
            cutOff(g);
            return;
        }
        boolean planOpens = w.plan().isAutomatic(PlanArea.SHELTER);
        java.util.function.Predicate<ShelterState> usable = s -> s.isReceiving()
                || (planOpens && s.status == ShelterState.Status.IDLE && !s.closed);
        List<ShelterState> candidates = new ArrayList<>();
        ShelterState preferred = orderedShelter[c] == null ? null : shelters.get(orderedShelter[c]);
        if (preferred != null && preferred.isReceiving() && preferred.room() > 0
                && !shelters.nearestByRoad(a, comps, s -> s == preferred, 1).isEmpty()) {
            candidates.add(preferred);
        }
        // shelters the hazard will not reach within the forecast first, threatened ones only as a last resort
        for (boolean threatened : new boolean[] {false, true}) {
            for (ShelterState s : shelters.nearestByRoad(a, comps, s -> usable.test(s) && s.room() > 0
                    && threats.threatened(s) == threatened, SHELTERS_COMPARED)) {
                if (s != preferred) {
                    candidates.add(s);
                }
            }
        }
        DisplacedGroup rest = g;
        for (ShelterState s : candidates) {
            if (rest == null) {
                break;
            }
            long k = Math.min(s.room(), rest.people);
            DisplacedGroup part;
            if (k == rest.people) {
                part = rest;
                rest = null;
                waiting[c].remove(part);
            } else {
                part = rest.split(k, rest.id + "/" + s.id());
            }
            if (s.status == ShelterState.Status.IDLE) {
                issue(new Command.OpenShelter(Issuer.PLAN, s.id()));
            }
            send(part, s, a);
        }
        if (rest != null) {
            DelayCause why = !shelters.anyConnected(a, comps) ? DelayCause.CUT_OFF
                    : shelters.nearestByRoad(a, comps, usable, 1).isEmpty() ? DelayCause.SHELTER_OPENING
                    : DelayCause.SHELTER_FULL;
            rest.cause(why, w.now());
        }
    }

    private void send(DisplacedGroup g, ShelterState s, int assembly) {
        long now = w.now();
        boolean hadRoom = s.room() > 0;
        s.reserved += g.people;
        if (hadRoom && s.room() == 0) {
            // the last places are promised: the next group is turned to another shelter or waits
            w.log().event(now, EventTypes.SHELTER_FULL).str("shelter", s.id()).num("capacity", s.capacity()).write();
        }
        w.population().move(g.cell, PersonState.DISPLACED, PersonState.EVACUATING, g.people, now);
        g.shelter = s;
        g.assemblyNode = assembly;
        PopulationCell cell = cells.get(g.cell);
        double wadeKm = assembly == g.landedAt ? 0
                : ReliefRules.km(cell.lon(), cell.lat(), net.lon(assembly), net.lat(assembly)) * ReliefRules.WALK_DETOUR;
        double onKm = ReliefRules.km(net.lon(assembly), net.lat(assembly), s.facility.lon(), s.facility.lat())
                * ReliefRules.WALK_DETOUR;
        boolean walk = wadeKm + onKm <= ReliefRules.MAX_WALK_KM || busQueuePeople() + g.people > busSeats();
        if (walk) {
            long ms = ReliefRules.hoursAt(wadeKm + onKm, ReliefRules.WALK_KMH);
            g.phase = DisplacedGroup.Phase.MOVING;
            g.cause(DelayCause.TRAVEL, now);
            stats.walked += g.people;
            w.sim().schedule(ms, "walk-arrive " + g.id, () -> arrive(g));
        } else {
            g.phase = DisplacedGroup.Phase.AT_ASSEMBLY;
            g.readyAtAssemblyMs = now + ReliefRules.hoursAt(wadeKm, ReliefRules.WALK_KMH);
            g.cause(DelayCause.WAITING_FOR_VEHICLE, now);
            busQueue.add(g);
        }
        w.log().event(now, "evacuate").str("group", g.id).str("cell", cell.id()).num("people", g.people)
                .str("shelter", s.id()).str("mode", walk ? "walk" : "bus").num("walkKm", walk ? wadeKm + onKm : wadeKm)
                .write();
    }

    /** People waiting for buses now. */
    private long busQueuePeople() {
        long n = 0;
        for (DisplacedGroup q : busQueue) {
            n += q.people;
        }
        return n;
    }

    /** Seats of all buses (one round trip of the whole fleet). */
    private long busSeats() {
        long n = 0;
        for (Unit u : w.units().ofType(BUS)) {
            n += u.capacity();
        }
        return n;
    }

    /**
     * People ordered out whose cell has no open road to a shelter within wading distance cannot leave on their own:
     * they are trapped and wait for a rescue team's boats (their clocks run on as cut off until one comes).
     */
    private void cutOff(DisplacedGroup g) {
        waiting[g.cell].remove(g);
        w.population().move(g.cell, PersonState.DISPLACED, PersonState.TRAPPED, g.people, w.now());
        g.phase = DisplacedGroup.Phase.TRAPPED;
        g.cause(DelayCause.CUT_OFF, w.now());
        trapped[g.cell].add(g);
        stats.trapped += g.people;
        w.log().event(w.now(), "cut-off").str("group", g.id).str("cell", cells.get(g.cell).id()).num("people", g.people)
                .write();
        for (var l : trappedListeners) {
            l.accept(g);
        }
    }

    private void busRound() {
        for (DisplacedGroup g : new ArrayList<>(busQueue)) {
            if (!anyBusConnected(g.assemblyNode)) {
                walkFromAssembly(g);
                continue;
            }
            while (true) {
                Unit bus = nearestBus(g.assemblyNode);
                if (bus == null) {
                    break;
                }
                DisplacedGroup part;
                if (g.people <= bus.capacity()) {
                    part = g;
                    busQueue.remove(g);
                } else {
                    part = g.split(bus.capacity(), g.id + "/" + bus.id());
                }
                ride(bus, part);
                if (part == g) {
                    break;
                }
            }
        }
    }

    /** Whether some bus (free or busy) is on a piece of the road network connected to {@code node}. */
    private boolean anyBusConnected(int node) {
        for (Unit u : w.units().ofType(BUS)) {
            if (comps.of(u.node()) == comps.of(node)) {
                return true;
            }
        }
        return false;
    }

    /** No bus can come any more: the group waiting at its assembly point walks the rest of the way. */
    private void walkFromAssembly(DisplacedGroup g) {
        busQueue.remove(g);
        ShelterState s = g.shelter;
        double km = ReliefRules.km(net.lon(g.assemblyNode), net.lat(g.assemblyNode), s.facility.lon(), s.facility.lat())
                * ReliefRules.WALK_DETOUR;
        long start = Math.max(w.now(), g.readyAtAssemblyMs);
        g.phase = DisplacedGroup.Phase.MOVING;
        g.cause(DelayCause.TRAVEL, w.now());
        stats.walked += g.people;
        w.log().event(w.now(), "walk-instead-of-bus").str("group", g.id).num("walkKm", km).write();
        w.sim().scheduleAt(start + ReliefRules.hoursAt(km, ReliefRules.WALK_KMH), "walk-arrive " + g.id, () -> arrive(g));
    }

    /**
     * The free bus nearest by road (times with every road open) among those still connected to {@code node} by
     * open roads and able to drive there now.
     */
    private Unit nearestBus(int node) {
        List<Unit> free = new ArrayList<>();
        for (Unit u : w.units().ofType(BUS)) {
            if (u.isAvailable() && comps.of(u.node()) == comps.of(node)) {
                free.add(u);
            }
        }
        if (free.isEmpty()) {
            return null;
        }
        int[] ff = freeFlow.to(node);
        free.sort(java.util.Comparator.comparingInt((Unit u) -> u.node() == node ? 0 : ff[u.node()]));
        for (Unit u : free) {
            if (w.travel().reachable(u.node(), node)) {
                return u;
            }
        }
        return null;
    }

    private void ride(Unit bus, DisplacedGroup g) {
        long now = w.now();
        long t1 = w.travel().time(bus.node(), g.assemblyNode);
        bus.setStatus(UnitStatus.BUSY, now);
        bus.startTrip(bus.node(), g.assemblyNode, now, now + t1, false);
        stats.bused += g.people;
        w.log().event(now, "bus-dispatch").str("unit", bus.id()).str("group", g.id).num("people", g.people)
                .num("travelMin", t1 / 60_000.0).write();
        w.sim().scheduleAt(Math.max(now + t1, g.readyAtAssemblyMs), "bus-board " + bus.id(), () -> {
            bus.arrived(g.assemblyNode);
            g.cause(DelayCause.HANDLING, w.now());
            w.sim().schedule(ReliefRules.minutes(ReliefRules.BUS_BOARDING_MIN), "bus-depart " + bus.id(),
                    () -> depart(bus, g));
        });
    }

    private void depart(Unit bus, DisplacedGroup g) {
        long now = w.now();
        int to = g.shelter.node();
        long t2 = w.travel().time(g.assemblyNode, to);
        if (t2 == TravelTimes.UNREACHABLE) {
            g.cause(DelayCause.CUT_OFF, now);
            w.log().event(now, "bus-stuck").str("unit", bus.id()).str("group", g.id).write();
            stuckBuses.add(new Stuck(bus, g));
            return;
        }
        g.phase = DisplacedGroup.Phase.MOVING;
        g.cause(DelayCause.TRAVEL, now);
        bus.startTrip(g.assemblyNode, to, now, now + t2, false);
        w.sim().schedule(t2, "bus-at-shelter " + bus.id(), () -> {
            bus.arrived(to);
            g.cause(DelayCause.HANDLING, w.now());
            w.sim().schedule(ReliefRules.minutes(ReliefRules.BUS_ALIGHTING_MIN), "bus-alight " + bus.id(), () -> {
                arrive(g);
                bus.free(to, w.now());
                w.log().event(w.now(), "unit-free").str("unit", bus.id()).num("node", to).write();
                w.unitFreed(bus);
            });
        });
    }

    private void roadsChanged() {
        if (!stuckBuses.isEmpty()) {
            // a stuck bus wakes only when a road to its shelter has opened (a cheap check), not at every change;
            // it used to re-run departure and log "bus-stuck" again each time (half of all log lines)
            List<Stuck> retry = new ArrayList<>(stuckBuses);
            stuckBuses.clear();
            for (Stuck s : retry) {
                if (w.travel().reachable(s.g().assemblyNode, s.g().shelter.node())) {
                    depart(s.bus(), s.g());
                } else {
                    stuckBuses.add(s);
                }
            }
        }
        requestRound();
    }

    // ------------------------------------------------------------------ arrival

    private void arrive(DisplacedGroup g) {
        ShelterState s = g.shelter;
        if (s.status == ShelterState.Status.OPEN) {
            admit(g);
        } else {
            g.phase = DisplacedGroup.Phase.AT_DOOR;
            g.cause(DelayCause.SHELTER_OPENING, w.now());
            atDoor.computeIfAbsent(s, k -> new ArrayList<>()).add(g);
            w.log().event(w.now(), "at-shelter-door").str("group", g.id).str("shelter", s.id()).num("people", g.people)
                    .write();
        }
    }

    private void admit(DisplacedGroup g) {
        long now = w.now();
        w.population().move(-1, PersonState.EVACUATING, PersonState.SHELTERED, g.people, now);
        g.phase = DisplacedGroup.Phase.SHELTERED;
        g.sheltered.stop(now);
        stats.sheltered += g.people;
        w.log().event(now, "sheltered").str("group", g.id).str("shelter", g.shelter.id()).num("people", g.people)
                .num("waitedMin", (now - g.displacedMs) / 60_000.0).write();
        shelters.admit(g.shelter, g);
    }

    private void shelterOpened() {
        for (ShelterState s : shelters.all()) {
            List<DisplacedGroup> list = atDoor.get(s);
            if (list != null && s.status == ShelterState.Status.OPEN) {
                atDoor.remove(s);
                for (DisplacedGroup g : list) {
                    admit(g);
                }
            }
        }
        requestRound();
    }

    // ------------------------------------------------------------------ rescue hand-over

    /**
     * Trapped people of {@code g} were freed by a rescue team and landed at {@code landing}: they are displaced people
     * of their cell again and leave from there.
     */
    void freed(DisplacedGroup g, int landing) {
        trapped[g.cell].remove(g);
        w.population().move(g.cell, PersonState.TRAPPED, PersonState.DISPLACED, g.people, w.now());
        g.phase = DisplacedGroup.Phase.WAITING;
        g.landedAt = landing;
        waiting[g.cell].add(g);
        stats.rescued += g.people;
        requestRound();
    }

    /** Trapped groups still waiting in {@code cell}. */
    List<DisplacedGroup> trappedIn(int cell) {
        reconcile(cell);
        return trapped[cell];
    }

    // ------------------------------------------------------------------ assembly points

    /**
     * The road node people of a cell walk to: the cell's own node when its piece of the road network holds a
     * shelter, else the nearest node (within {@link ReliefRules#MAX_WADE_KM}) of a piece that does; -1 when there
     * is none (cut off until roads reopen). Cached until the road conditions change.
     */
    int assemblyNode(int c) {
        PopulationCell cell = cells.get(c);
        comps.of(cell.node());
        if (comps.changedSinceLastAsked()) {
            assemblyCache.clear();
            landingCache.clear();
            componentServes.clear();
        }
        int[] cached = assemblyCache.get(c);
        if (cached != null) {
            return cached[0];
        }
        int best = -1;
        if (servesShelters(cell.node())) {
            best = cell.node();
        } else {
            double cos = Math.cos(Math.toRadians(cell.lat()));
            double dLat = ReliefRules.MAX_WADE_KM / 111.32;
            double dLon = ReliefRules.MAX_WADE_KM / (111.32 * cos);
            Envelope env = new Envelope(cell.lon() - dLon, cell.lon() + dLon, cell.lat() - dLat, cell.lat() + dLat);
            double bestD2 = (ReliefRules.MAX_WADE_KM / 111.32) * (ReliefRules.MAX_WADE_KM / 111.32);
            for (Object o : net.edgeIndex().query(env)) {
                int e = (Integer) o;
                for (int v : new int[] {net.edgeFrom(e), net.edgeTo(e)}) {
                    double dx = (net.lon(v) - cell.lon()) * cos;
                    double dy = net.lat(v) - cell.lat();
                    double d2 = dx * dx + dy * dy;
                    if ((d2 < bestD2 || (d2 == bestD2 && best >= 0 && v < best)) && servesShelters(v)) {
                        bestD2 = d2;
                        best = v;
                    }
                }
            }
        }
        assemblyCache.put(c, new int[] {best});
        return best;
    }

    /**
     * Where a rescue boat lands people of a cell: its assembly point, else the nearest road node connected to a
     * shelter at any distance (boats cross the flood); -1 when no road reaches any shelter.
     */
    int landingNode(int c) {
        int a = assemblyNode(c);   // also clears the caches when the roads changed
        if (a >= 0) {
            return a;
        }
        int[] cached = landingCache.get(c);
        if (cached != null) {
            return cached[0];
        }
        PopulationCell cell = cells.get(c);
        double cos = Math.cos(Math.toRadians(cell.lat()));
        int best = -1;
        double bestD2 = Double.MAX_VALUE;
        for (int v = 0; v < net.nodeCount(); v++) {
            double dx = (net.lon(v) - cell.lon()) * cos;
            double dy = net.lat(v) - cell.lat();
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD2 && servesShelters(v)) {
                bestD2 = d2;
                best = v;
            }
        }
        landingCache.put(c, new int[] {best});
        return best;
    }

    private final Map<Integer, Boolean> componentServes = new HashMap<>();

    /** Whether a node's piece of the road network holds a shelter. */
    private boolean servesShelters(int v) {
        return componentServes.computeIfAbsent(comps.of(v), k -> shelters.anyConnected(v, comps));
    }

    /** People waiting in cells (displaced, not yet moving). */
    long waitingPeople() {
        long n = 0;
        for (int c : activeCells) {
            for (DisplacedGroup g : waiting[c]) {
                n += g.people;
            }
        }
        return n;
    }

    /** Logs what is still open at the horizon. */
    void finish() {
        for (int c : activeCells) {
            for (DisplacedGroup g : waiting[c]) {
                w.log().event(w.now(), "displaced-open").str("group", g.id).num("people", g.people)
                        .str("cause", g.living.cause().id()).write();
            }
        }
    }
}
