package org.drillsim.relief;

import org.drillsim.core.Store;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.CommandHandler;
import org.drillsim.world.command.CommandRecord;
import org.drillsim.world.command.CommandRejectedException;
import org.drillsim.world.command.Issuer;
import org.drillsim.format.model.AgreementReserve;
import org.drillsim.format.model.Depot;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.world.Facility;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The relief depots of one replication: one kernel {@link Store} per depot and item, the units already
 * committed to allocations but not yet loaded, and the agreement reserves (called up once, delivered to their
 * depot after the supplier's lead time). Shared as {@code world.get(Depots.class)}.
 */
public final class Depots {
    /** One depot's stock. */
    public static final class DepotState {
        final Depot spec;
        final Facility facility;
        final int index;
        final Map<ReliefItem, Store> stores = new EnumMap<>(ReliefItem.class);
        final Map<ReliefItem, Long> committed = new EnumMap<>(ReliefItem.class);

        DepotState(ModuleContext w, Depot spec, int index) {
            this.spec = spec;
            this.facility = w.site().facility(spec.id());
            this.index = index;
            for (ReliefItem i : ReliefItem.values()) {
                stores.put(i, new Store(w.sim(), spec.id() + "/" + Shelters.itemId(i), spec.stockOf(i), Long.MAX_VALUE));
                committed.put(i, 0L);
            }
        }

        public String id() {
            return spec.id();
        }

        public LocalizedText name() {
            return spec.name();
        }

        /** Road node. */
        public int node() {
            return facility.node();
        }

        /** Units in stock (committed ones included until they are loaded). */
        public long level(ReliefItem item) {
            return stores.get(item).level();
        }

        /** Units in stock not yet promised to an allocation. */
        public long free(ReliefItem item) {
            return stores.get(item).level() - committed.get(item);
        }

        void commit(ReliefItem item, long units) {
            committed.merge(item, units, Long::sum);
        }

        /** Takes committed units out of the store onto a truck. */
        void load(ReliefItem item, long units) {
            if (!stores.get(item).tryGet(units)) {
                throw new IllegalStateException("depot " + id() + ": cannot load " + units + " " + item + ", level "
                        + level(item));
            }
            committed.merge(item, -units, Long::sum);
        }
    }

    /** A reserve and whether it was called. */
    static final class ReserveState {
        final AgreementReserve spec;
        long calledMs = -1;
        boolean arrived;

        ReserveState(AgreementReserve spec) {
            this.spec = spec;
        }
    }

    private final ModuleContext w;
    private final ReliefStats stats;
    private final List<DepotState> list = new ArrayList<>();
    private final Map<String, DepotState> byId = new LinkedHashMap<>();
    private final List<ReserveState> reserves = new ArrayList<>();
    private final Map<ReliefItem, Long> initial = new EnumMap<>(ReliefItem.class);
    private final Map<ReliefItem, Long> arrived = new EnumMap<>(ReliefItem.class);
    private final List<Runnable> stockListeners = new ArrayList<>();

    Depots(ModuleContext w, ReliefStats stats) {
        this.w = w;
        this.stats = stats;
        for (ReliefItem i : ReliefItem.values()) {
            initial.put(i, 0L);
            arrived.put(i, 0L);
        }
        for (Depot d : w.site().depots()) {
            DepotState s = new DepotState(w, d, list.size());
            list.add(s);
            byId.put(d.id(), s);
            for (ReliefItem i : ReliefItem.values()) {
                initial.merge(i, d.stockOf(i), Long::sum);
            }
        }
        for (AgreementReserve r : w.scenario().agreementReserves()) {
            if (!byId.containsKey(r.deliverTo())) {
                throw new IllegalArgumentException("agreement reserve " + r.id() + ": unknown depot '" + r.deliverTo() + "'");
            }
            reserves.add(new ReserveState(r));
        }
    }

    /** Every depot in scenario order. */
    public List<DepotState> all() {
        return Collections.unmodifiableList(list);
    }

    /** The depot with this id, or null. */
    public DepotState get(String id) {
        return byId.get(id);
    }

    /** Items stocked in any depot or reserve. */
    Set<ReliefItem> modelledItems() {
        Set<ReliefItem> out = EnumSet.noneOf(ReliefItem.class);
        for (DepotState d : list) {
            for (ReliefItem i : ReliefItem.values()) {
                if (d.spec.stockOf(i) > 0) {
                    out.add(i);
                }
            }
        }
        for (ReserveState r : reserves) {
            out.add(r.spec.item());
        }
        return out;
    }

    /** Units of {@code item} at the start in all depots. */
    public long initialStock(ReliefItem item) {
        return initial.get(item);
    }

    /** Units of {@code item} that arrived from agreement reserves so far. */
    public long arrivedFromReserves(ReliefItem item) {
        return arrived.get(item);
    }

    /** Units of {@code item} in all depots now. */
    public long level(ReliefItem item) {
        long n = 0;
        for (DepotState d : list) {
            n += d.level(item);
        }
        return n;
    }

    /** Called when stock arrives. */
    void onStock(Runnable r) {
        stockListeners.add(r);
    }

    /** Whether some reserve of {@code item} has not been called yet. */
    boolean hasUncalledReserve(ReliefItem item) {
        for (ReserveState r : reserves) {
            if (r.calledMs < 0 && r.spec.item() == item) {
                return true;
            }
        }
        return false;
    }

    /** Registers the {@code call-reserve} handler. */
    void install() {
        w.commands().register(Command.CallReserve.class, new CommandHandler<>() {
            @Override
            public void validate(Command.CallReserve c) throws CommandRejectedException {
                ReserveState r = reserve(c.reserveId());
                if (r == null) {
                    throw new CommandRejectedException("没有编号为 " + c.reserveId() + " 的协议储备",
                            "no agreement reserve " + c.reserveId());
                }
                if (r.calledMs >= 0) {
                    throw new CommandRejectedException("协议储备 " + r.spec.id() + " 已启用", "agreement reserve "
                            + r.spec.id() + " was already called");
                }
            }

            @Override
            public void apply(Command.CallReserve c) {
                call(reserve(c.reserveId()));
            }
        });
    }

    private ReserveState reserve(String id) {
        for (ReserveState r : reserves) {
            if (r.spec.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /** The plan calls up every reserve of {@code item} not called yet (its rule when stock runs short). */
    void planCallsReserves(ReliefItem item) {
        for (ReserveState r : reserves) {
            if (r.calledMs < 0 && r.spec.item() == item) {
                CommandRecord rec = w.commands().issue(new Command.CallReserve(Issuer.PLAN, r.spec.id()));
                if (!rec.accepted()) {
                    throw new IllegalStateException("plan call of reserve " + r.spec.id() + " rejected: " + rec.reason());
                }
            }
        }
    }

    private void call(ReserveState r) {
        r.calledMs = w.now();
        stats.reservesCalled++;
        long lead = Math.round(r.spec.leadTimeHours() * 3_600_000.0);
        w.log().event(w.now(), "reserve-called").str("reserve", r.spec.id())
                .str("item", Shelters.itemId(r.spec.item())).num("quantity", r.spec.quantity())
                .str("depot", r.spec.deliverTo()).num("arrivalT", w.now() + lead).write();
        w.sim().schedule(lead, "reserve-arrives " + r.spec.id(), () -> {
            DepotState d = byId.get(r.spec.deliverTo());
            d.stores.get(r.spec.item()).put(r.spec.quantity(), null);
            arrived.merge(r.spec.item(), r.spec.quantity(), Long::sum);
            r.arrived = true;
            w.log().event(w.now(), "reserve-arrived").str("reserve", r.spec.id()).str("depot", d.id())
                    .num("quantity", r.spec.quantity()).write();
            for (Runnable l : stockListeners) {
                l.run();
            }
        });
    }
}
