package org.drillsim.relief;

import org.drillsim.format.model.ReliefItem;
import org.drillsim.world.PersonState;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.Unit;
import org.drillsim.world.UnitStatus;
import org.drillsim.world.ModuleContext;

/**
 * Displaced people, shelters, relief logistics and the other teams, plugged into the response model.
 * Records the clocks of living-12h / living-10h (displaced → sheltered with water and food), supplies-10h
 * (request → delivery), road-24h (blocked → reopened) and forestfire-24h (ignition → extinguished); handles
 * {@code open-shelter}, {@code close-shelter}, {@code allocate-supplies} and {@code evacuate-zone}; the plan's
 * evacuation, shelter, supply, road, rescue, hazmat and fire parts issue the same commands as trainees.
 * Shares {@link Shelters}, {@link Depots} and {@link ReliefStats} through {@code world.get(...)}.
 */
public final class ReliefModule implements ResponseModule {
    private final double durationCv;
    private ModuleContext w;
    private final ReliefStats stats = new ReliefStats();
    private Shelters shelters;
    private Depots depots;
    private Evacuation evacuation;
    private Logistics logistics;
    private RoadRepair roads;
    private HazmatResponse hazmat;
    private FireResponse fire;

    /** The module with the uncertain service times drawn at {@link ReliefRules#DURATION_CV}. */
    public ReliefModule() {
        this(ReliefRules.DURATION_CV);
    }

    /**
     * The module with the uncertain service times drawn at coefficient of variation {@code durationCv}
     * (0 = the fixed values, for hand-computed tests).
     */
    public ReliefModule(double durationCv) {
        if (!(durationCv >= 0) || Double.isInfinite(durationCv)) {
            throw new IllegalArgumentException("relief duration CV: expected a finite number >= 0, got " + durationCv);
        }
        this.durationCv = durationCv;
    }

    @Override
    public String id() {
        return "relief";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public java.util.Set<String> feeds(org.drillsim.format.model.Scenario scenario) {
        java.util.Set<String> out = new java.util.TreeSet<>(java.util.Set.of("living-12h", "living-10h", "supplies-10h", "road-24h"));
        if (scenario.hazards().stream().anyMatch(h -> h instanceof org.drillsim.format.model.ForestFireSpec)) {
            out.add("forestfire-24h");
        }
        return out;
    }

    @Override
    public void install(ModuleContext world) {
        this.w = world;
        world.put(ReliefDurations.class, new ReliefDurations(world::stream, durationCv));
        depots = new Depots(world, stats);
        shelters = new Shelters(world, depots.modelledItems());
        evacuation = new Evacuation(world, shelters, stats);
        logistics = new Logistics(world, shelters, depots, stats);
        world.put(ReliefStats.class, stats);
        world.put(Shelters.class, shelters);
        world.put(Depots.class, depots);
        ShelterCommands.install(world, shelters);
        depots.install();
        evacuation.install();
        logistics.install();
        createBuses();
        Crews crews = new Crews(world);
        CrewPlan plan = new CrewPlan(world, crews);
        roads = new RoadRepair(world, plan, stats);
        Rescue rescue = new Rescue(world, evacuation, crews, plan);
        hazmat = new HazmatResponse(world, plan, stats);
        fire = new FireResponse(world, crews, plan, stats);
        plan.add(rescue);
        plan.add(hazmat);
        plan.add(fire);
        plan.add(roads);
        plan.install();
        roads.install();
        rescue.install();
        hazmat.install();
        fire.install();
        probes();
    }

    private void createBuses() {
        for (var f : w.site().fleets()) {
            if (f.type() != org.drillsim.format.model.VehicleType.BUS) {
                continue;
            }
            var base = w.site().facility(f.base());
            for (int i = 1; i <= f.count(); i++) {
                String id = f.count() == 1 ? f.id() : f.id() + "-" + i;
                w.units().add(new Unit(id, Evacuation.BUS, new org.drillsim.format.model.LocalizedText("转移客车 " + id,
                        "bus " + id), java.util.EnumSet.noneOf(org.drillsim.format.model.TeamCapability.class),
                        Math.max(1, f.capacityPeople()), 0, base.id(), base.node()));
            }
        }
    }

    private void probes() {
        var s = w.series();
        s.probe("relief.displaced.waiting", () -> w.population().count(PersonState.DISPLACED));
        s.probe("relief.trapped", () -> w.population().count(PersonState.TRAPPED));
        s.probe("relief.evacuating", () -> w.population().count(PersonState.EVACUATING));
        s.probe("relief.sheltered", () -> w.population().count(PersonState.SHELTERED));
        s.probe("relief.living.met", () -> {
            long n = 0;
            for (ShelterState st : shelters.all()) {
                n += st.served();
            }
            return n;
        });
        s.probe("relief.stock.water-litres", () -> depots.level(ReliefItem.WATER_LITRES));
        s.probe("relief.stock.food-rations", () -> depots.level(ReliefItem.FOOD_RATIONS));
        s.probe("roads.blocked", () -> roads.openCount());
        s.probe("units.truck.busy", () -> busy(Logistics.TRUCK));
        s.probe("units.bus.busy", () -> busy(Evacuation.BUS));
        s.probe("units.road-repair.busy", () -> busy(Crews.ROAD_REPAIR));
        s.probe("units.rescue-team.busy", () -> busy(Crews.RESCUE));
    }

    private double busy(String type) {
        int n = 0;
        for (Unit u : w.units().ofType(type)) {
            if (u.status() == UnitStatus.BUSY) {
                n++;
            }
        }
        return n;
    }

    @Override
    public void finish(ModuleContext world) {
        evacuation.finish();
        logistics.finish();
        roads.finish();
        var ind = world.indicators();
        ind.put("relief.displaced", "受灾转移人数", "people displaced", "people", stats.displaced);
        ind.put("relief.sheltered", "已安置人数", "people in shelters", "people", world.population().count(PersonState.SHELTERED));
        ind.put("relief.unsheltered", "未安置受灾人数", "displaced people not in a shelter at the end", "people",
                world.population().count(PersonState.DISPLACED) + world.population().count(PersonState.TRAPPED)
                        + world.population().count(PersonState.EVACUATING));
        ind.put("relief.trapped", "被困人数", "people trapped", "people", stats.trapped);
        ind.put("relief.rescued", "解救被困人数", "trapped people freed", "people", stats.rescued);
        long peak = 0;
        long cap = 0;
        for (ShelterState st : shelters.all()) {
            // shelters never opened would dilute the figure (a city lists far more capacity than one event uses)
            if (st.status() != ShelterState.Status.IDLE || st.peakOccupants() > 0) {
                peak += st.peakOccupants();
                cap += st.capacity();
            }
        }
        ind.put("relief.shelter-use", "已开放避难场所最高使用率", "peak use of opened shelters",
                "%", cap > 0 ? 100.0 * peak / cap : Double.NaN);
        ind.put("relief.truck-trips", "物资运输车次", "truck trips delivered", "trips", stats.truckTrips);
        ind.put("relief.reserves-called", "启用协议储备", "agreement reserves called up", "reserves", stats.reservesCalled);
        ind.put("roads.blockages", "道路阻断处数", "road blockages", "blockages", stats.blockages);
        ind.put("roads.reopened", "抢通道路处数", "blockages reopened by crews", "blockages", stats.blockagesReopened);
        for (HazmatResponse.Leak l : hazmat.leaks()) {
            ind.put("hazmat.stopped-h." + l.model.id(), "泄漏封堵用时（小时）", "leak stopped after (h)", "h",
                    l.stoppedMs < 0 ? Double.NaN : (l.stoppedMs - l.model.params().releaseStartMs()) / 3_600_000.0);
        }
        for (FireResponse.Fire f : fire.fires()) {
            ind.put("fire.contained-h." + f.id, "火灾控制用时（小时）", "fire contained after (h)", "h",
                    f.containedMs < 0 ? Double.NaN : (f.containedMs - f.model.params().ignitionMs()) / 3_600_000.0);
        }
        double u = logistics.utilisation();
        if (!Double.isNaN(u)) {   // no trucks in the scenario: no figure rather than "— %"
            ind.put("relief.truck-utilisation", "运输车利用率", "truck utilisation", "%", 100 * u);
        }
    }

    /** Units of {@code item} on trucks now (for conservation checks). */
    public long onTrucks(ReliefItem item) {
        return logistics.onTrucks(item);
    }

    /** Units of {@code item} delivered to shelters so far. */
    public long delivered(ReliefItem item) {
        return logistics.delivered(item);
    }
}
