package org.drillsim.relief;

import org.drillsim.runformat.EventTypes;
import org.drillsim.format.model.RationPolicy;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.model.Shelter;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.TargetClock;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shelters of one replication: opening and closing, admission, the shelters' supply requests (a batch
 * {@code supplyRequestMinutes} after the first unrequested arrivals; water and food again every 24 h) and the
 * living-assistance clocks they stop when supplies arrive. Shared with other modules and the UI through
 * {@code world.get(Shelters.class)}.
 */
public final class Shelters {
    /** Consumables asked for again every day. */
    static final Set<ReliefItem> DAILY = EnumSet.of(ReliefItem.WATER_LITRES, ReliefItem.FOOD_RATIONS);
    private static final long DAY_MS = 24 * 3_600_000L;

    private final ModuleContext w;
    private final RationPolicy ration;
    private final Set<ReliefItem> modelled;
    private final List<ShelterState> list = new ArrayList<>();
    private final Map<String, ShelterState> byId = new LinkedHashMap<>();
    private final List<Runnable> openedListeners = new ArrayList<>();
    private final List<Runnable> requestListeners = new ArrayList<>();
    private long nextRequest = 1;
    private final FreeFlowTimes freeFlow;

    /**
     * @param modelled items the scenario stocks anywhere (depots or agreement reserves); water and food are always
     *                 requested, other items only when modelled
     */
    Shelters(ModuleContext w, Set<ReliefItem> modelled) {
        this.w = w;
        this.ration = w.plan().parameters().ration();
        this.freeFlow = new FreeFlowTimes(w.site().network());
        this.modelled = modelled.isEmpty() ? EnumSet.noneOf(ReliefItem.class) : EnumSet.copyOf(modelled);
        for (Shelter s : w.site().shelters()) {
            ShelterState st = new ShelterState(s, w.site().facility(s.id()), list.size());
            list.add(st);
            byId.put(s.id(), st);
        }
    }

    /** Every shelter in scenario order. */
    public List<ShelterState> all() {
        return Collections.unmodifiableList(list);
    }

    /** The shelter with this id, or null. */
    public ShelterState get(String id) {
        return byId.get(id);
    }

    /** People in shelters now. */
    public long occupants() {
        long n = 0;
        for (ShelterState s : list) {
            n += s.occupants;
        }
        return n;
    }

    /** Called when a shelter finishes opening. */
    void onOpened(Runnable r) {
        openedListeners.add(r);
    }

    /** Called when new supply request lines exist. */
    void onRequest(Runnable r) {
        requestListeners.add(r);
    }

    // ------------------------------------------------------------------ opening and closing

    /** Starts opening (or reopens a closed shelter). */
    void open(ShelterState s) {
        s.closed = false;
        if (s.status != ShelterState.Status.IDLE) {
            w.log().event(w.now(), EventTypes.SHELTER_REOPENED).str("shelter", s.id()).write();
            return;
        }
        long ms = w.get(ReliefDurations.class).ms(ReliefDurations.SHELTER_OPENING,
                ReliefRules.minutes(w.plan().parameters().shelterOpeningMinutes()));
        s.status = ShelterState.Status.OPENING;
        s.readyAtMs = w.now() + ms;
        w.log().event(w.now(), EventTypes.SHELTER_OPENING).str("shelter", s.id()).num("readyT", s.readyAtMs).write();
        s.openingHandle = w.sim().schedule(ms, "shelter-open " + s.id(), () -> opened(s));
    }

    private void opened(ShelterState s) {
        s.status = ShelterState.Status.OPEN;
        s.openingHandle = -1;
        w.log().event(w.now(), EventTypes.SHELTER_OPEN).str("shelter", s.id()).num("capacity", s.capacity()).write();
        for (Runnable r : openedListeners) {
            r.run();
        }
    }

    /** Closes to new arrivals. */
    void close(ShelterState s) {
        s.closed = true;
        w.log().event(w.now(), EventTypes.SHELTER_CLOSED).str("shelter", s.id()).num("occupants", s.occupants)
                .num("reserved", s.reserved).write();
    }

    // ------------------------------------------------------------------ admission and requests

    /** Admits an arrived group (the shelter is open); its living clock now waits for water and food. */
    void admit(ShelterState s, DisplacedGroup g) {
        s.admit(g.people);
        s.living.admit(g.living);
        updateLiving(s);
        if (!s.requestScheduled && s.unrequestedPeople > 0) {
            s.requestScheduled = true;
            long ms = ReliefRules.minutes(w.plan().parameters().supplyRequestMinutes());
            w.sim().schedule(ms, "supply-request " + s.id(), () -> request(s));
        }
    }

    private void request(ShelterState s) {
        s.requestScheduled = false;
        long n = s.unrequestedPeople;
        if (n <= 0) {
            return;
        }
        s.unrequestedPeople = 0;
        String id = "req-" + nextRequest++;
        List<SupplyLine> lines = new ArrayList<>();
        for (ReliefItem item : ReliefItem.values()) {
            long units = unitsFor(s, item, n);
            if (units > 0) {
                lines.add(line(s, id, item, n, units));
            }
        }
        log(s, id, n, lines, false);
        scheduleDaily(s, n, 1);
        updateLiving(s);
        for (Runnable r : requestListeners) {
            r.run();
        }
    }

    private void scheduleDaily(ShelterState s, long people, int day) {
        long at = w.now() + DAY_MS;
        if (at > w.horizonMs()) {
            return;
        }
        w.sim().scheduleAt(at, "supply-daily " + s.id(), () -> {
            String id = "req-" + nextRequest++;
            List<SupplyLine> lines = new ArrayList<>();
            for (ReliefItem item : DAILY) {
                long units = unitsFor(s, item, people);
                if (units > 0) {
                    lines.add(line(s, id, item, people, units));
                }
            }
            log(s, id, people, lines, true);
            scheduleDaily(s, people, day + 1);
            for (Runnable r : requestListeners) {
                r.run();
            }
        });
    }

    /** Units of {@code item} that {@code people} newly admitted people need (0 = not requested). */
    long unitsFor(ShelterState s, ReliefItem item, long people) {
        double per = switch (item) {
            case WATER_LITRES -> ration.waterLitresPerPersonPerDay();
            case FOOD_RATIONS -> ration.foodRationsPerPersonPerDay();
            case QUILTS -> modelled.contains(item) ? ration.quiltsPerPerson() : 0;
            case TENTS -> modelled.contains(item) && s.isOutdoor() ? 1.0 / ration.peoplePerTent() : 0;
            default -> 0;
        };
        return per <= 0 ? 0 : (long) Math.ceil(people * per - 1e-9);
    }

    private SupplyLine line(ShelterState s, String requestId, ReliefItem item, long people, long units) {
        ItemLedger ledger = s.items.get(item);
        String id = requestId + "/" + itemId(item);
        TargetClock c = w.clocks().start(ClockSpan.SUPPLIES, id, people, w.now(), DelayCause.ALERT, s.node());
        SupplyLine l = new SupplyLine(id, item, people, units, w.now(), ledger.requested() + units,
                ledger.requestedPeople() + people, c);
        ledger.add(l, w.now());
        return l;
    }

    private void log(ShelterState s, String id, long people, List<SupplyLine> lines, boolean daily) {
        var line = w.log().event(w.now(), "supply-request").str("request", id).str("shelter", s.id()).num("people", people)
                .bool("daily", daily);
        for (SupplyLine l : lines) {
            line.num(itemId(l.item), l.units);
        }
        line.write();
    }

    /** Receives delivered units at a shelter: fills request lines and stops living clocks. */
    void receive(ShelterState s, ReliefItem item, long units) {
        s.items.get(item).receive(units, w.now());
        updateLiving(s);
    }

    /** People the water and food received so far cover (Long.MAX_VALUE when the ration asks for none). */
    long covered(ShelterState s) {
        return Math.min(coveredBy(s, ReliefItem.WATER_LITRES, ration.waterLitresPerPersonPerDay()),
                coveredBy(s, ReliefItem.FOOD_RATIONS, ration.foodRationsPerPersonPerDay()));
    }

    private long coveredBy(ShelterState s, ReliefItem item, double perPerson) {
        if (perPerson <= 0) {
            return Long.MAX_VALUE;
        }
        return (long) Math.floor(s.items.get(item).delivered() / perPerson + 1e-9);
    }

    /** The item limiting the living needs of the next unserved person (water on a tie), or null if none limits. */
    ReliefItem limitingItem(ShelterState s) {
        long water = coveredBy(s, ReliefItem.WATER_LITRES, ration.waterLitresPerPersonPerDay());
        long food = coveredBy(s, ReliefItem.FOOD_RATIONS, ration.foodRationsPerPersonPerDay());
        long next = s.living.served();
        if (water <= next && water <= food) {
            return ReliefItem.WATER_LITRES;
        }
        if (food <= next) {
            return ReliefItem.FOOD_RATIONS;
        }
        return null;
    }

    private void updateLiving(ShelterState s) {
        s.living.update(covered(s), w.now());
    }

    /**
     * Shelters passing {@code filter} still connected to {@code node} by open roads (same road component): of
     * those, the {@code k} nearest in a straight line, ordered by road travel time with every road open (ties in
     * scenario order). Connection is checked on the current roads; the free-flow ranking keeps this cheap at
     * every change of the road conditions (trips themselves use the current times).
     */
    List<ShelterState> nearestByRoad(int node, RoadComponents comps, java.util.function.Predicate<ShelterState> filter, int k) {
        var net = w.site().network();
        int home = comps.of(node);
        double lon = net.lon(node);
        double lat = net.lat(node);
        double cos = Math.cos(Math.toRadians(lat));
        List<ShelterState> near = new ArrayList<>();
        for (ShelterState s : list) {
            if (comps.of(s.node()) == home && filter.test(s)) {
                near.add(s);
            }
        }
        java.util.function.ToDoubleFunction<ShelterState> d2 = s -> {
            double dx = (s.facility.lon() - lon) * cos;
            double dy = s.facility.lat() - lat;
            return dx * dx + dy * dy;
        };
        near.sort(java.util.Comparator.comparingDouble(d2).thenComparingInt(s -> s.index));
        if (near.size() > k) {
            near = new ArrayList<>(near.subList(0, k));
        }
        Map<ShelterState, Integer> time = new java.util.IdentityHashMap<>();
        for (ShelterState s : near) {
            time.put(s, s.node() == node ? 0 : freeFlow.to(s.node())[node]);
        }
        near.sort(java.util.Comparator.comparingInt((ShelterState s) -> time.get(s)).thenComparingInt(s -> s.index));
        return near;
    }

    /** Whether some shelter lies in the same road component as {@code node}. */
    boolean anyConnected(int node, RoadComponents comps) {
        int home = comps.of(node);
        for (ShelterState s : list) {
            if (comps.of(s.node()) == home) {
                return true;
            }
        }
        return false;
    }

    /** Item id as in scenario files, e.g. {@code water-litres}. */
    static String itemId(ReliefItem item) {
        return item.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
