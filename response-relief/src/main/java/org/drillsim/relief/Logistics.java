package org.drillsim.relief;

import org.drillsim.runformat.EventTypes;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandHandler;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.CommandRejectedException;
import org.drillsim.world.command.Issuer;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.DelayCause;
import org.drillsim.world.Facility;
import org.drillsim.world.PlanArea;
import org.drillsim.world.TravelTimes;
import org.drillsim.world.Unit;
import org.drillsim.world.UnitStatus;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Relief logistics: {@code allocate-supplies} commands (the plan's, for every request line in request order from
 * the nearest depot by road that has stock, or a trainee's) become shipments; free trucks (nearest first) carry
 * them from depot to shelter, filling their payload with the other shipments of the same depot and shelter.
 * A truck drives to the depot, loads ({@link ReliefRules#TRUCK_LOADING_MIN}), drives to the shelter (waiting at
 * the depot while no road is open), unloads ({@link ReliefRules#TRUCK_UNLOADING_MIN}) and is free at the shelter.
 * When the free stock of an item cannot cover the requests, the plan calls up its agreement reserves.
 * Every supply unit is in a depot, on a truck or delivered; the supplies clocks run under the cause holding
 * their last unit: not yet allocated (stock-out, cut off, or waiting for a decision), waiting for a truck,
 * loading or unloading, cut off at the depot, or travelling.
 */
final class Logistics {
    static final String TRUCK = "truck";

    /** Units allocated from a depot to a shelter, not yet on a truck. */
    static final class Shipment {
        final String id;
        final Depots.DepotState depot;
        final ShelterState shelter;
        final ReliefItem item;
        long remaining;

        Shipment(String id, Depots.DepotState depot, ShelterState shelter, ReliefItem item, long quantity) {
            this.id = id;
            this.depot = depot;
            this.shelter = shelter;
            this.item = item;
            this.remaining = quantity;
        }
    }

    private enum Phase { TO_DEPOT, LOADING, STUCK, TO_SHELTER, UNLOADING }

    private static final class TruckTrip {
        final Unit truck;
        final Depots.DepotState depot;
        final ShelterState shelter;
        final Map<ReliefItem, Long> load = new EnumMap<>(ReliefItem.class);
        Phase phase = Phase.TO_DEPOT;

        TruckTrip(Unit truck, Depots.DepotState depot, ShelterState shelter) {
            this.truck = truck;
            this.depot = depot;
            this.shelter = shelter;
        }
    }

    private final ModuleContext w;
    private final Shelters shelters;
    private final Depots depots;
    private final ReliefStats stats;
    private final List<Shipment> pending = new ArrayList<>();
    private final Map<Unit, TruckTrip> trips = new IdentityHashMap<>();
    private final List<TruckTrip> tripOrder = new ArrayList<>();
    private final List<TruckTrip> stuck = new ArrayList<>();
    private final Map<ReliefItem, Long> onTrucks = new EnumMap<>(ReliefItem.class);
    private final Map<ReliefItem, Long> delivered = new EnumMap<>(ReliefItem.class);
    private long nextShipment = 1;
    private boolean planPending;
    private boolean dispatchPending;
    private boolean causesPending;

    Logistics(ModuleContext w, Shelters shelters, Depots depots, ReliefStats stats) {
        this.w = w;
        this.shelters = shelters;
        this.depots = depots;
        this.stats = stats;
        for (ReliefItem i : ReliefItem.values()) {
            onTrucks.put(i, 0L);
            delivered.put(i, 0L);
        }
    }

    void install() {
        createTrucks();
        w.commands().register(Command.AllocateSupplies.class, new AllocateHandler());
        shelters.onRequest(this::requestPlan);
        depots.onStock(this::requestPlan);
        w.onUnitFreed(u -> {
            if (u.type().equals(TRUCK)) {
                requestDispatch();
            }
        });
        w.onRoadsChanged(this::roadsChanged);
    }

    private void createTrucks() {
        for (VehicleFleet f : w.site().fleets()) {
            if (f.type() != VehicleType.TRUCK) {
                continue;
            }
            Facility base = w.site().facility(f.base());
            double tonnes = f.loadTonnes() > 0 ? f.loadTonnes() : VehicleFleet.DEFAULT_TRUCK_TONNES;
            for (int i = 1; i <= f.count(); i++) {
                String id = f.count() == 1 ? f.id() : f.id() + "-" + i;
                w.units().add(new Unit(id, TRUCK, new LocalizedText("运输车 " + id, "truck " + id), EnumSet.noneOf(
                        org.drillsim.format.model.TeamCapability.class), 0, tonnes, base.id(), base.node()));
            }
        }
    }

    /** Units of {@code item} on trucks now. */
    long onTrucks(ReliefItem item) {
        return onTrucks.get(item);
    }

    /** Units of {@code item} delivered to shelters so far. */
    long delivered(ReliefItem item) {
        return delivered.get(item);
    }

    // ------------------------------------------------------------------ allocation command

    private final class AllocateHandler implements CommandHandler<Command.AllocateSupplies> {
        @Override
        public void validate(Command.AllocateSupplies c) throws CommandRejectedException {
            Depots.DepotState d = c.depotId() == null ? null : depots.get(c.depotId());
            if (d == null) {
                throw new CommandRejectedException("没有编号为 " + c.depotId() + " 的物资储备库", "no depot " + c.depotId());
            }
            ShelterCommands.shelter(shelters, c.shelterId());
            if (c.item() == null) {
                throw new CommandRejectedException("未指定物资种类", "no item given");
            }
            if (c.quantity() < 1) {
                throw new CommandRejectedException("调拨数量应至少为1", "quantity must be at least 1, got " + c.quantity());
            }
            long free = d.free(c.item());
            if (c.quantity() > free) {
                throw new CommandRejectedException("储备库 " + d.id() + " 的 " + Shelters.itemId(c.item()) + " 可调拨库存仅 " + free,
                        "depot " + d.id() + " has only " + free + " " + Shelters.itemId(c.item()) + " free to allocate");
            }
        }

        @Override
        public void apply(Command.AllocateSupplies c) {
            Depots.DepotState d = depots.get(c.depotId());
            ShelterState s = shelters.get(c.shelterId());
            d.commit(c.item(), c.quantity());
            s.items.get(c.item()).allocate(c.quantity());
            Shipment sh = new Shipment("ship-" + nextShipment++, d, s, c.item(), c.quantity());
            pending.add(sh);
            w.log().event(w.now(), "allocation").str("shipment", sh.id).str("depot", d.id()).str("shelter", s.id())
                    .str("item", Shelters.itemId(c.item())).num("quantity", c.quantity()).write();
            if (d.free(c.item()) == 0) {
                // this allocation took the depot's last free units: later requests wait for a reserve or another depot
                w.log().event(w.now(), EventTypes.STOCK_OUT).str("depot", d.id()).str("item", Shelters.itemId(c.item()))
                        .write();
            }
            requestDispatch();
        }
    }

    // ------------------------------------------------------------------ the plan: allocate every request line

    void requestPlan() {
        if (!planPending) {
            planPending = true;
            w.sim().schedule(0, 120, "supply-plan", this::planRound);
        }
        requestCauses();
    }

    private void planRound() {
        planPending = false;
        if (!w.plan().isAutomatic(PlanArea.SUPPLIES)) {
            return;
        }
        List<SupplyLine> lines = new ArrayList<>();
        Map<SupplyLine, ShelterState> at = new IdentityHashMap<>();
        for (ShelterState s : shelters.all()) {
            for (ItemLedger l : s.items.values()) {
                if (l.unallocated() == 0) {
                    continue;
                }
                for (SupplyLine line : l.openLines()) {
                    lines.add(line);
                    at.put(line, s);
                }
            }
        }
        lines.sort(Comparator.comparingLong((SupplyLine l) -> l.requestedMs).thenComparingInt(l -> at.get(l).index)
                .thenComparingInt(l -> l.item.ordinal()));
        for (SupplyLine line : lines) {
            ShelterState s = at.get(line);
            ItemLedger ledger = s.items.get(line.item);
            long need = Math.min(line.units, line.endPosition - ledger.allocated());
            if (need <= 0) {
                continue;
            }
            for (Depots.DepotState d : depotsByTime(s)) {
                long free = d.free(line.item);
                if (free <= 0) {
                    continue;
                }
                long q = Math.min(free, need);
                CommandRecord r = w.commands().issue(new Command.AllocateSupplies(Issuer.PLAN, d.id(), s.id(), line.item, q));
                if (!r.accepted()) {
                    throw new IllegalStateException("plan allocation rejected: " + r.reason());
                }
                need -= q;
                if (need == 0) {
                    break;
                }
            }
            if (need > 0 && depots.hasUncalledReserve(line.item)) {
                depots.planCallsReserves(line.item);
            }
        }
    }

    /** Depots that can reach the shelter by road now, nearest first (ties in scenario order). */
    private List<Depots.DepotState> depotsByTime(ShelterState s) {
        // pair questions: a depot asked about for many shelters gets its whole tree (TravelTimes decides)
        List<Depots.DepotState> out = new ArrayList<>();
        for (Depots.DepotState d : depots.all()) {
            if (time(d.node(), s.node()) != TravelTimes.UNREACHABLE) {
                out.add(d);
            }
        }
        out.sort(Comparator.comparingLong((Depots.DepotState d) -> time(d.node(), s.node())).thenComparingInt(d -> d.index));
        return out;
    }

    private long time(int from, int to) {
        return w.travel().time(from, to);
    }

    // ------------------------------------------------------------------ trucks

    void requestDispatch() {
        if (!dispatchPending) {
            dispatchPending = true;
            w.sim().schedule(0, 121, "truck-dispatch", this::dispatchRound);
        }
        requestCauses();
    }

    private void dispatchRound() {
        dispatchPending = false;
        for (int i = 0; i < pending.size(); i++) {
            Shipment sh = pending.get(i);
            while (sh.remaining > 0) {
                Unit truck = nearestTruck(sh.depot.node());
                if (truck == null) {
                    pending.removeIf(s -> s.remaining == 0);
                    return;
                }
                startTrip(truck, sh, i);
            }
        }
        pending.removeIf(s -> s.remaining == 0);
    }

    private Unit nearestTruck(int depotNode) {
        Unit best = null;
        long bestT = Long.MAX_VALUE;
        List<Unit> free = new ArrayList<>();
        for (Unit u : w.units().ofType(TRUCK)) {
            if (u.isAvailable()) {
                free.add(u);
            }
        }
        if (free.isEmpty()) {
            return null;
        }
        // one tree to the depot answers for every free truck (was one whole tree from each truck's position)
        long[] times = w.travel().timesTo(free.stream().mapToInt(Unit::node).toArray(), depotNode);
        for (int i = 0; i < times.length; i++) {
            if (times[i] != TravelTimes.UNREACHABLE && times[i] < bestT) {
                bestT = times[i];
                best = free.get(i);
            }
        }
        return best;
    }

    private void startTrip(Unit truck, Shipment first, int from) {
        TruckTrip trip = new TruckTrip(truck, first.depot, first.shelter);
        double freeKg = truck.loadTonnes() * 1000.0;
        for (int j = from; j < pending.size(); j++) {
            Shipment sh = pending.get(j);
            if (sh.remaining == 0 || sh.depot != first.depot || sh.shelter != first.shelter) {
                continue;
            }
            long units = Math.min(sh.remaining, (long) Math.floor(freeKg / ReliefRules.kilograms(sh.item) + 1e-9));
            if (units <= 0) {
                continue;
            }
            trip.load.merge(sh.item, units, Long::sum);
            sh.remaining -= units;
            freeKg -= units * ReliefRules.kilograms(sh.item);
        }
        if (trip.load.isEmpty()) {
            throw new IllegalStateException("truck " + truck.id() + " (" + truck.loadTonnes() + " t) cannot carry one unit of "
                    + first.item);
        }
        long now = w.now();
        long t1 = time(truck.node(), first.depot.node());
        truck.setStatus(UnitStatus.BUSY, now);
        truck.startTrip(truck.node(), first.depot.node(), now, now + t1, false);
        trips.put(truck, trip);
        tripOrder.add(trip);
        var line = w.log().event(now, "truck-dispatch").str("unit", truck.id()).str("depot", first.depot.id())
                .str("shelter", first.shelter.id()).num("toDepotMin", t1 / 60_000.0);
        for (Map.Entry<ReliefItem, Long> e : trip.load.entrySet()) {
            line.num(Shelters.itemId(e.getKey()), e.getValue());
        }
        line.write();
        w.sim().schedule(t1, "truck-at-depot " + truck.id(), () -> {
            truck.arrived(first.depot.node());
            trip.phase = Phase.LOADING;
            requestCauses();
            w.sim().schedule(w.get(ReliefDurations.class).ms(ReliefDurations.TRUCK_LOADING, ReliefRules.minutes(ReliefRules.TRUCK_LOADING_MIN)),
                    "truck-loaded " + truck.id(), () -> {
                for (Map.Entry<ReliefItem, Long> e : trip.load.entrySet()) {
                    trip.depot.load(e.getKey(), e.getValue());
                    onTrucks.merge(e.getKey(), e.getValue(), Long::sum);
                }
                depart(trip);
            });
        });
    }

    private void depart(TruckTrip trip) {
        long now = w.now();
        long t2 = time(trip.depot.node(), trip.shelter.node());
        if (t2 == TravelTimes.UNREACHABLE) {
            trip.phase = Phase.STUCK;
            stuck.add(trip);
            w.log().event(now, "truck-stuck").str("unit", trip.truck.id()).str("shelter", trip.shelter.id()).write();
            requestCauses();
            return;
        }
        trip.phase = Phase.TO_SHELTER;
        trip.truck.startTrip(trip.depot.node(), trip.shelter.node(), now, now + t2, false);
        requestCauses();
        w.sim().schedule(t2, "truck-at-shelter " + trip.truck.id(), () -> {
            trip.truck.arrived(trip.shelter.node());
            trip.phase = Phase.UNLOADING;
            requestCauses();
            w.sim().schedule(w.get(ReliefDurations.class).ms(ReliefDurations.TRUCK_UNLOADING, ReliefRules.minutes(ReliefRules.TRUCK_UNLOADING_MIN)),
                    "truck-unloaded " + trip.truck.id(),
                    () -> unloaded(trip));
        });
    }

    private void unloaded(TruckTrip trip) {
        long now = w.now();
        var line = w.log().event(now, "delivered").str("unit", trip.truck.id()).str("shelter", trip.shelter.id());
        for (Map.Entry<ReliefItem, Long> e : trip.load.entrySet()) {
            line.num(Shelters.itemId(e.getKey()), e.getValue());
        }
        line.write();   // before the receipts below log their clock stops
        for (Map.Entry<ReliefItem, Long> e : trip.load.entrySet()) {
            onTrucks.merge(e.getKey(), -e.getValue(), Long::sum);
            delivered.merge(e.getKey(), e.getValue(), Long::sum);
            stats.unitsDelivered += e.getValue();
            shelters.receive(trip.shelter, e.getKey(), e.getValue());
        }
        stats.truckTrips++;
        trips.remove(trip.truck);
        tripOrder.remove(trip);
        trip.truck.free(trip.shelter.node(), now);
        w.unitFreed(trip.truck);
        requestDispatch();
    }

    private void roadsChanged() {
        if (!stuck.isEmpty()) {
            List<TruckTrip> retry = new ArrayList<>(stuck);
            stuck.clear();
            for (TruckTrip t : retry) {
                depart(t);
            }
        }
        requestPlan();
        requestDispatch();
    }

    // ------------------------------------------------------------------ delay causes of supplies and living clocks

    void requestCauses() {
        if (!causesPending) {
            causesPending = true;
            w.sim().schedule(0, 130, "relief-causes", this::refreshCauses);
        }
    }

    private static final DelayCause[] STAGE_CAUSE = {DelayCause.HANDLING, DelayCause.TRAVEL, DelayCause.CUT_OFF,
            DelayCause.HANDLING, DelayCause.WAITING_FOR_VEHICLE};

    /** Sets the cause of every running supplies and living clock from where its units are. */
    void refreshCauses() {
        causesPending = false;
        long now = w.now();
        int items = ReliefItem.values().length;
        // stage quantities per shelter and item: unloading, driving, stuck, loading, waiting for a truck
        long[][][] stage = new long[shelters.all().size()][items][STAGE_CAUSE.length];
        for (TruckTrip t : tripOrder) {
            int k = switch (t.phase) {
                case UNLOADING -> 0;
                case TO_SHELTER -> 1;
                case STUCK -> 2;
                case LOADING -> 3;
                case TO_DEPOT -> 4;
            };
            for (Map.Entry<ReliefItem, Long> e : t.load.entrySet()) {
                stage[t.shelter.index][e.getKey().ordinal()][k] += e.getValue();
            }
        }
        for (Shipment sh : pending) {
            stage[sh.shelter.index][sh.item.ordinal()][4] += sh.remaining;
        }
        DelayCause[] unallocated = new DelayCause[items];
        for (ReliefItem item : ReliefItem.values()) {
            unallocated[item.ordinal()] = unallocatedCause(item);
        }
        for (ShelterState s : shelters.all()) {
            Map<ReliefItem, DelayCause> headCause = new EnumMap<>(ReliefItem.class);
            for (ItemLedger l : s.items.values()) {
                long[] st = stage[s.index][l.item().ordinal()];
                for (SupplyLine line : l.openLines()) {
                    DelayCause c = causeAt(line.endPosition - l.delivered(), st, unallocated[l.item().ordinal()]);
                    if (line.clock != null) {
                        line.clock.cause(c, now);
                    }
                    headCause.putIfAbsent(l.item(), c);
                }
            }
            if (s.living.unserved() > 0) {
                ReliefItem lim = shelters.limitingItem(s);
                if (lim != null) {
                    ItemLedger l = s.items.get(lim);
                    DelayCause c = l.requestedPeople() <= s.living.served() ? DelayCause.ALERT
                            : lineCauseFor(l, s.living.served(), stage[s.index][lim.ordinal()], unallocated[lim.ordinal()]);
                    s.living.cause(c, now);
                }
            }
        }
    }

    private DelayCause lineCauseFor(ItemLedger l, long person, long[] st, DelayCause unallocated) {
        for (SupplyLine line : l.openLines()) {
            if (line.endPeople > person) {
                return causeAt(line.endPosition - l.delivered(), st, unallocated);
            }
        }
        return DelayCause.ALERT;
    }

    /** The cause of the unit {@code ahead} positions past the last delivered one. */
    private static DelayCause causeAt(long ahead, long[] stages, DelayCause unallocated) {
        long pos = ahead;
        for (int k = 0; k < stages.length; k++) {
            if (pos <= stages[k]) {
                return STAGE_CAUSE[k];
            }
            pos -= stages[k];
        }
        return unallocated;
    }

    private DelayCause unallocatedCause(ReliefItem item) {
        if (!w.plan().isAutomatic(PlanArea.SUPPLIES)) {
            return DelayCause.ALERT;
        }
        boolean anyFree = false;
        for (Depots.DepotState d : depots.all()) {
            anyFree |= d.free(item) > 0;
        }
        return anyFree ? DelayCause.CUT_OFF : DelayCause.STOCK_OUT;
    }

    /** Unit utilisation of the trucks so far (NaN without trucks). */
    double utilisation() {
        List<Unit> list = w.units().ofType(TRUCK);
        if (list.isEmpty() || w.now() == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (Unit u : list) {
            s += u.busyMs(w.now());
        }
        return s / (list.size() * (double) w.now());
    }

    /** Logs shipments and trips still open at the horizon. */
    void finish() {
        for (Shipment sh : pending) {
            w.log().event(w.now(), "shipment-open").str("shipment", sh.id).num("remaining", sh.remaining).write();
        }
        for (TruckTrip t : tripOrder) {
            w.log().event(w.now(), "truck-open").str("unit", t.truck.id()).str("phase", t.phase.name().toLowerCase())
                    .write();
        }
    }
}
