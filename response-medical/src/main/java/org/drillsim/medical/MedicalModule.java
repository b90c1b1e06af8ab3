package org.drillsim.medical;

import org.drillsim.runformat.EventTypes;
import org.apache.commons.rng.sampling.distribution.MarsagliaTsangWangDiscreteSampler;
import org.drillsim.core.RandomStream;
import org.drillsim.core.Resource;
import org.drillsim.core.SimTime;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.world.command.Command;
import org.drillsim.world.command.Issuer;
import org.drillsim.hazards.DoseHazard;
import org.drillsim.hazards.TriageMix;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.hazards.chemical.ShelterInPlace;
import org.drillsim.format.model.FloodSpec;
import org.drillsim.format.model.HelicopterBase;
import org.drillsim.format.model.Hospital;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ResponsePolicy;
import org.drillsim.format.model.Team;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.format.model.TeamType;
import org.drillsim.format.model.VehicleFleet;
import org.drillsim.format.model.VehicleType;
import org.drillsim.world.CellEffect;
import org.drillsim.world.ClockSpan;
import org.drillsim.world.DelayCause;
import org.drillsim.world.Facility;
import org.drillsim.world.HazardTick;
import org.drillsim.world.HospitalControl;
import org.drillsim.world.PersonState;
import org.drillsim.world.PlanArea;
import org.drillsim.world.PopulationCell;
import org.drillsim.world.ResponseModule;
import org.drillsim.world.RouteCache;
import org.drillsim.world.TargetClock;
import org.drillsim.world.Task;
import org.drillsim.world.TravelTimes;
import org.drillsim.world.TaskOwner;
import org.drillsim.world.Unit;
import org.drillsim.world.UnitStatus;
import org.drillsim.world.ModuleContext;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The medical chain: casualties from the hazards, ambulances, medical teams and helicopters dispatched to
 * them, hospitals with beds and capabilities, and the plan's medical part (priority, then nearest available
 * unit by travel time on the current roads) issuing {@code dispatch} commands through the bus. Rules and
 * assumptions: {@link MedicalRules}, {@link Triage}. Records the medical-2h clocks (injury → first treatment)
 * and {@link MedicalStats}.
 */
public final class MedicalModule implements ResponseModule, TaskOwner, HospitalControl {
    /** Unit types of this module. */
    public static final String AMBULANCE = "ambulance";
    public static final String MEDICAL_TEAM = "medical-team";
    public static final String HELICOPTER = "helicopter";
    /** Task kind of casualty groups. */
    public static final String CASUALTY = "casualty";

    private final double shareT1;
    private final double shareT2;
    private ModuleContext w;
    private ResponsePolicy policy;
    private RandomStream rng;
    private RandomStream stays;
    private final MedicalStats stats = new MedicalStats();
    private final List<HospitalState> hospitals = new ArrayList<>();
    private final Map<String, HospitalState> hospitalById = new HashMap<>();
    private final Map<Unit, HelicopterBase> heliBase = new LinkedHashMap<>();
    private final Map<Unit, Trip> trips = new HashMap<>();
    /** Units freed away from home, to send back if the next dispatch round has nothing for them. */
    private final java.util.LinkedHashSet<Unit> idleAway = new java.util.LinkedHashSet<>();
    /** Ambulances with patients aboard that found no open road to any hospital: retried when roads change. */
    private final List<Trip> stuck = new ArrayList<>();
    /** Units driving home (still available for dispatch), with the handle of their arrival. */
    private final Map<Unit, Long> returning = new HashMap<>();
    private final List<CasualtyGroup> groups = new ArrayList<>();
    /** Per hazard id: share of the people present who are exposed (flood: not on upper floors); 1 if not listed. */
    private final Map<String, Double> exposedShare = new HashMap<>();
    private final Set<String> doseHazards = new HashSet<>();
    private final Map<String, TriageMix> triageMix = new HashMap<>();
    private double[] injuredShare;
    private double[] deadShare;
    private long nextGroup = 1;
    private boolean dispatchPending;
    private boolean surgeScheduled;
    private int mainNode = -1;

    /** The module with the triage mix of {@link MedicalRules}. */
    public MedicalModule() {
        this(MedicalRules.SHARE_T1, MedicalRules.SHARE_T2);
    }

    /**
     * The module with another triage mix (tests, or a scenario with its own casualty profile).
     *
     * @param shareT1 share of the injured who are T1
     * @param shareT2 share who are T2 (the rest are T3)
     */
    public MedicalModule(double shareT1, double shareT2) {
        if (!(shareT1 >= 0 && shareT2 >= 0 && shareT1 + shareT2 <= 1)) {
            throw new IllegalArgumentException("triage shares must be >= 0 with T1 + T2 <= 1, got " + shareT1 + ", " + shareT2);
        }
        this.shareT1 = shareT1;
        this.shareT2 = shareT2;
    }

    @Override
    public String id() {
        return "medical";
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public java.util.Set<String> feeds(org.drillsim.format.model.Scenario scenario) {
        return java.util.Set.of("medical-2h");
    }

    /** The statistics of this replication. */
    public MedicalStats stats() {
        return stats;
    }

    @Override
    public void install(ModuleContext world) {
        this.w = world;
        this.policy = world.plan().parameters();
        this.rng = world.stream("casualties");
        this.stays = world.stream("length-of-stay");
        int cells = world.site().cells().size();
        injuredShare = new double[cells];
        deadShare = new double[cells];
        for (Hospital h : world.site().hospitals()) {
            HospitalState hs = new HospitalState(world.sim(), h, world.site().facility(h.id()));
            hospitals.add(hs);
            hospitalById.put(h.id(), hs);
            stats.bedsAtStart += hs.beds.capacity();
        }
        for (Hazard h : world.site().hazards()) {
            if (h instanceof DoseHazard) {
                doseHazards.add(h.id());
            }
            if (h instanceof TriageMix m) {
                triageMix.put(h.id(), m);
            }
        }
        for (var spec : world.scenario().hazards()) {
            if (spec instanceof FloodSpec f) {
                exposedShare.put(f.id(), f.exposedShare());
            }
        }
        createUnits();
        world.put(MedicalStats.class, stats);
        world.put(HospitalControl.class, this);
        world.put(MedicalModule.class, this);
        world.onTick(this::onTick);
        world.onUnitFreed(u -> requestDispatch());
        world.onRoadsChanged(this::roadsChanged);
        world.series().probe("medical.injured", () -> stats.injured);
        world.series().probe("medical.treated", () -> stats.firstTreated);
        world.series().probe("medical.waiting", () -> world.population().count(PersonState.INJURED_WAITING));
        world.series().probe("medical.preventableDeaths", () -> stats.preventableDeaths);
        world.series().probe("medical.beds.used", this::bedsUsed);
        world.series().probe("medical.beds.capacity", this::bedsCapacity);
        world.series().probe("units.ambulance.busy", () -> busy(AMBULANCE));
        world.series().probe("units.ambulance.total", () -> world.units().ofType(AMBULANCE).size());
        world.series().probe("units.medical-team.busy", () -> busy(MEDICAL_TEAM));
        world.series().probe("units.helicopter.busy", () -> busy(HELICOPTER));
    }

    @Override
    public void finish(ModuleContext world) {
        for (CasualtyGroup g : groups) {
            if (!g.done()) {
                world.log().event(world.now(), "casualty-open").str("group", g.id).str("triage", g.triage.id())
                        .num("untreated", g.untreated()).num("awaitingTransport", g.awaitingTransport).write();
            }
        }
        stats.ambulanceUtilisation = utilisation(AMBULANCE);
        var ind = world.indicators();
        ind.put("medical.injured", "受伤人数", "people injured", "people", stats.injured);
        ind.put("medical.dead-at-scene", "现场死亡", "dead at the scene", "people", stats.deadAtScene);
        ind.put("medical.preventable-deaths", "可避免死亡（救治超时）", "preventable deaths (treatment too late)", "people",
                stats.preventableDeaths);
        ind.put("medical.late-t1", "危重伤员超1小时救治", "T1 treated after 60 min", "people", stats.lateT1);
        ind.put("medical.deteriorated", "重伤转危重", "T2 turned T1 while waiting", "people", stats.deteriorated);
        ind.put("medical.ferried", "隔绝区伤员转运（船/担架）", "casualties ferried out of cut-off areas", "people", stats.ferried);
        ind.put("medical.admitted", "入院人数", "admitted to hospital", "people", stats.admitted);
        ind.put("medical.discharged", "出院人数", "discharged from hospital", "people", stats.discharged);
        ind.put("medical.ambulance-utilisation", "救护车利用率", "ambulance utilisation", "%",
                Double.isNaN(stats.ambulanceUtilisation) ? Double.NaN : 100 * stats.ambulanceUtilisation);
    }

    private void createUnits() {
        for (VehicleFleet f : w.site().fleets()) {
            if (f.type() != VehicleType.AMBULANCE) {
                continue;
            }
            Facility base = w.site().facility(f.base());
            for (int i = 1; i <= f.count(); i++) {
                String id = f.count() == 1 ? f.id() : f.id() + "-" + i;
                w.units().add(new Unit(id, AMBULANCE, new LocalizedText("救护车 " + id, "ambulance " + id),
                        EnumSet.of(TeamCapability.MEDICAL), Math.max(1, f.capacityPeople()), 0, base.id(), base.node()));
            }
        }
        for (Team t : w.site().teams()) {
            if (t.type() != TeamType.MEDICAL && !t.capabilities().contains(TeamCapability.MEDICAL)) {
                continue;
            }
            Facility home = w.site().facility(t.home());
            Set<TeamCapability> caps = t.capabilities().isEmpty() ? EnumSet.of(TeamCapability.MEDICAL)
                    : EnumSet.copyOf(t.capabilities());
            caps.add(TeamCapability.MEDICAL);
            int patients = Math.max(1, t.headcount() / MedicalRules.TEAM_MEMBERS_PER_PATIENT);
            for (int i = 1; i <= t.count(); i++) {
                String id = t.count() == 1 ? t.id() : t.id() + "-" + i;
                w.units().add(new Unit(id, MEDICAL_TEAM, t.name(), caps, patients, 0, home.id(), home.node()));
            }
        }
        for (HelicopterBase b : w.site().helicopterBases()) {
            Facility f = w.site().facility(b.id());
            for (int i = 1; i <= b.helicopters(); i++) {
                String id = b.id() + "-heli-" + i;
                Unit u = w.units().add(new Unit(id, HELICOPTER, new LocalizedText("直升机 " + id, "helicopter " + id),
                        EnumSet.of(TeamCapability.MEDICAL), Math.max(1, b.patientsPerFlight()), 0, f.id(), f.node()));
                heliBase.put(u, b);
            }
        }
    }

    // ------------------------------------------------------------------ casualties from the hazards

    private void onTick(HazardTick now, HazardTick previous) {
        if (previous != null && now.cells() == previous.cells()) {
            return;
        }
        for (CellEffect ce : now.cells()) {
            PeopleEffect pe = ce.effect();
            double shelter = pe.action() == ProtectiveAction.SHELTER_IN_PLACE
                    ? ShelterInPlace.indoorFraction(ShelterInPlace.DEFAULT_AIR_CHANGES_PER_HOUR, 60) : 1.0;
            double exposed = exposedShare.getOrDefault(ce.hazardId(), 1.0);
            double inj = Math.min(1, pe.injuryFraction() * shelter * exposed);
            // a dose hazard's fatality already counts the people indoors (toxic load of indoor air)
            double dead = Math.min(1, pe.fatalityFraction() * (doseHazards.contains(ce.hazardId()) ? 1.0 : shelter) * exposed);
            int c = ce.cell();
            long deadNow = 0;
            long injNow = 0;
            if (dead > deadShare[c]) {
                double p = (dead - deadShare[c]) / (1 - deadShare[c]);
                deadShare[c] = dead;
                deadNow = binomial(w.population().present(c), p);
                takeFromCell(c, PersonState.DEAD, deadNow);
            }
            if (inj > injuredShare[c]) {
                double p = (inj - injuredShare[c]) / (1 - injuredShare[c]);
                injuredShare[c] = inj;
                injNow = binomial(w.population().present(c), p);
            }
            if (deadNow > 0) {
                stats.deadAtScene += deadNow;
                w.log().event(w.now(), "deaths").str("cell", "cell-" + c).str("hazard", ce.hazardId())
                        .num("people", deadNow).write();
            }
            if (injNow > 0) {
                injure(c, ce, injNow);
            }
        }
    }

    private long binomial(long n, double p) {
        if (n <= 0 || p <= 0) {
            return 0;
        }
        if (p >= 1) {
            return n;
        }
        if (n > Integer.MAX_VALUE) {
            return Math.round(n * p);
        }
        if (n * p < 1e-6) {
            // Commons RNG's table sampler fails (empty table) for vanishing p, as a probit's far tail gives; with a
            // mean below 1e-6 two events are negligible: one Bernoulli draw
            return rng.rng().nextDouble() < n * p ? 1 : 0;
        }
        if (n * Math.log1p(-Math.min(p, 1 - p)) < -700) {
            // the table sampler needs P(0 successes) > 0 (it throws "Unable to compute distribution" when (1-p)^n
            // underflows, e.g. 2000 people with p = 0.4 under a dense chlorine plume); there n·p·(1-p) > 100 and the
            // normal approximation (Box-Muller), rounded and clamped, is accurate
            double u1 = 1 - rng.rng().nextDouble();
            double u2 = rng.rng().nextDouble();
            double z = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
            return Math.max(0, Math.min(n, Math.round(n * p + z * Math.sqrt(n * p * (1 - p)))));
        }
        return MarsagliaTsangWangDiscreteSampler.Binomial.of(rng.rng(), (int) n, p).sample();
    }

    private void takeFromCell(int c, PersonState to, long n) {
        long left = n;
        for (PersonState s : new PersonState[] {PersonState.AT_HOME, PersonState.DISPLACED, PersonState.TRAPPED}) {
            long take = Math.min(left, w.population().count(c, s));
            w.population().move(c, s, to, take, w.now());
            left -= take;
        }
    }

    private void injure(int c, CellEffect ce, long n) {
        takeFromCell(c, PersonState.INJURED_WAITING, n);
        // the hazard's own severity mix where it has one (earthquake: Hazus severities), else the module's
        TriageMix mix = triageMix.get(ce.hazardId());
        double[] own = mix == null ? null : mix.triageSharesAt(w.site().cells().get(c).lon(), w.site().cells().get(c).lat());
        double s1 = own == null ? shareT1 : own[0];
        double s2 = own == null ? shareT2 : own[1];
        long t1 = binomial(n, s1);
        long t2 = s1 >= 1 ? 0 : binomial(n - t1, Math.min(1, s2 / (1 - s1)));
        long t3 = n - t1 - t2;
        HospitalCapability need = switch (ce.kind()) {
            case FLOOD -> HospitalCapability.TRAUMA;
            case CHEMICAL -> HospitalCapability.POISONING;
            case FIRE -> HospitalCapability.BURNS;
            case EARTHQUAKE -> HospitalCapability.TRAUMA;
        };
        stats.injured += n;
        if (!surgeScheduled) {
            surgeScheduled = true;
            w.sim().schedule(MedicalRules.minutes(MedicalRules.SURGE_DELAY_MIN), "surge-beds", this::openSurgeBeds);
        }
        long[] counts = {t1, t2, t3};
        Triage[] tri = {Triage.T1, Triage.T2, Triage.T3};
        PopulationCell cell = w.site().cells().get(c);
        for (int i = 0; i < 3; i++) {
            if (counts[i] > 0) {
                newGroup(cell, ce.hazardId(), tri[i], need, (int) counts[i]);
            }
        }
    }

    private void newGroup(PopulationCell cell, String hazardId, Triage triage, HospitalCapability need, int n) {
        long seq = nextGroup++;
        String id = "cas-" + seq;
        long now = w.now();
        long callable = now + MedicalRules.minutes(policy.alertDelayMinutes());
        CasualtyGroup g = new CasualtyGroup(id, seq, cell.index(), cell.node(), hazardId, triage, need, now, callable, n);
        g.task = w.tasks().add(new Task(id, CASUALTY, cell.node(), triage.rank(), now, this, g));
        g.waiting.add(w.clocks().start(ClockSpan.MEDICAL, id, n, now, DelayCause.ALERT, cell.node()));
        groups.add(g);
        w.log().event(now, "casualty").str("group", id).str("cell", cell.id()).num("node", cell.node())
                .str("hazard", hazardId).str("triage", triage.id()).num("people", n).str("needs", need.name().toLowerCase())
                .write();
        if (triage == Triage.T1) {
            g.deathHandle = w.sim().schedule(MedicalRules.minutes(MedicalRules.T1_DEATH_MIN), "t1-death " + id,
                    () -> die(g));
        } else if (triage == Triage.T2) {
            g.upgradeHandle = w.sim().schedule(MedicalRules.minutes(MedicalRules.T2_WINDOW_MIN), "t2-worsens " + id,
                    () -> worsen(g));
        }
        w.sim().scheduleAt(callable, "call " + id, () -> {
            w.log().event(w.now(), "call").str("group", id).write();
            requestDispatch();
        });
    }

    private void worsen(CasualtyGroup g) {
        g.upgradeHandle = -1;
        if (g.untreated() == 0) {
            return;
        }
        g.triage = Triage.T1;
        g.t1SinceMs = w.now();
        g.task.setPriority(Triage.T1.rank());
        stats.deteriorated += g.untreated();
        w.log().event(w.now(), EventTypes.DETERIORATED).str("group", g.id).num("people", g.untreated()).str("to", "t1").write();
        g.deathHandle = w.sim().schedule(MedicalRules.minutes(MedicalRules.T1_DEATH_MIN), "t1-death " + g.id,
                () -> die(g));
        requestDispatch();
    }

    private void die(CasualtyGroup g) {
        g.deathHandle = -1;
        int dying = g.untreated();
        if (dying == 0) {
            return;
        }
        for (TargetClock c : g.waiting) {
            c.fail(w.now());
        }
        g.waiting.clear();
        for (Trip t : g.coming) {
            for (TargetClock c : t.clocks) {
                c.fail(w.now());
            }
            t.clocks.clear();
            t.patients = 0;
        }
        w.population().move(-1, PersonState.INJURED_WAITING, PersonState.DEAD, dying, w.now());
        stats.preventableDeaths += dying;
        w.log().event(w.now(), EventTypes.PREVENTABLE_DEATH).str("group", g.id).num("people", dying).write();
        closeIfDone(g);
    }

    /** Hospitals now, in scenario order (for maps and panels). */
    public List<HospitalView> hospitalViews() {
        List<HospitalView> out = new ArrayList<>();
        for (HospitalState h : hospitals) {
            out.add(new HospitalView(h.spec.id(), h.spec.name(), h.facility.node(), h.facility.lon(), h.facility.lat(),
                    h.beds.busy(), h.beds.capacity(), Math.max(0, h.freeBeds()), h.limited, h.admitted));
        }
        return out;
    }

    /** Casualty groups so far, in creation order (closed ones with {@code open == false}). */
    public List<CasualtyView> casualtyViews() {
        RoadNetwork net = w.site().network();
        List<CasualtyView> out = new ArrayList<>();
        for (CasualtyGroup g : groups) {
            int covered = 0;
            for (Trip t : g.coming) {
                covered += t.patients;
            }
            out.add(new CasualtyView(g.id, g.node, net.lon(g.node), net.lat(g.node), g.triage.id(), g.injured,
                    g.uncovered(), covered, g.awaitingTransport, g.ferrying, g.injuryMs, !g.done()));
        }
        return out;
    }

    @Override
    public boolean limitBeds(String hospitalId, int beds, long untilMs) {
        HospitalState h = hospitalById.get(hospitalId);
        if (h == null) {
            return false;
        }
        h.limited = true;
        h.beds.setCapacity(Math.max(0, beds));
        w.log().event(w.now(), EventTypes.BEDS_LIMITED).str("hospital", hospitalId).num("beds", h.beds.capacity())
                .num("untilT", untilMs).write();
        if (untilMs >= 0) {
            w.sim().scheduleAt(Math.max(untilMs, w.now()), "beds-restored " + hospitalId, () -> {
                h.limited = false;
                h.beds.setCapacity(h.spec.beds() + (h.surged ? h.spec.surgeBeds() : 0));
                w.log().event(w.now(), "beds-restored").str("hospital", hospitalId).num("beds", h.beds.capacity()).write();
                requestDispatch();
            });
        }
        return true;
    }

    private void openSurgeBeds() {
        for (HospitalState h : hospitals) {
            if (!h.surged && h.spec.surgeBeds() > 0) {
                h.surged = true;
                if (h.limited) {
                    continue;   // the surge beds open when the limit ends
                }
                h.beds.setCapacity(h.beds.capacity() + h.spec.surgeBeds());
                w.log().event(w.now(), EventTypes.SURGE_BEDS).str("hospital", h.spec.id()).num("beds", h.beds.capacity()).write();
            }
        }
    }

    // ------------------------------------------------------------------ the plan: dispatch

    private void roadsChanged() {
        if (!stuck.isEmpty()) {
            List<Trip> retry = new ArrayList<>(stuck);
            stuck.clear();
            for (Trip t : retry) {
                leaveScene(t);
            }
        }
        requestDispatch();
    }

    private void requestDispatch() {
        if (dispatchPending) {
            return;
        }
        dispatchPending = true;
        w.sim().schedule(0, 100, "medical-dispatch", this::dispatchRound);
    }

    private void dispatchRound() {
        dispatchPending = false;
        if (w.plan().isAutomatic(PlanArea.MEDICAL)) {
            planDispatch();
        }
        ferryCutOffGroups();
        sendIdleUnitsHome();
        updateCauses();
    }

    /**
     * Residents and rescuers carry cut-off casualties out to an open road whatever the plan area (not a dispatch
     * decision), so a trainee running the medical area can reach them too.
     */
    private void ferryCutOffGroups() {
        long now = w.now();
        for (CasualtyGroup g : groups) {
            if (g.callableMs <= now && !g.ferrying && g.uncovered() > 0 && g.task.isOpen() && !reachableFromMain(g.node)) {
                startFerry(g);
            }
        }
    }

    /** Units left idle at a scene or a hospital drive back to their base (they stay dispatchable on the way). */
    private void sendIdleUnitsHome() {
        for (Unit u : idleAway) {
            if (!u.isAvailable() || u.node() == u.homeNode() || returning.containsKey(u) || u.type().equals(HELICOPTER)) {
                continue;
            }
            long travel = w.travel().time(u.node(), u.homeNode());
            if (travel == TravelTimes.UNREACHABLE) {
                continue;
            }
            long now = w.now();
            u.startTrip(u.node(), u.homeNode(), now, now + travel, false);
            returning.put(u, w.sim().schedule(travel, "return " + u.id(), () -> {
                returning.remove(u);
                u.arrived(u.homeNode());
                w.log().event(w.now(), "unit-home").str("unit", u.id()).write();
                requestDispatch();
            }));
        }
        idleAway.clear();
    }


    private List<CasualtyGroup> openGroupsByPriority() {
        List<CasualtyGroup> open = new ArrayList<>();
        for (CasualtyGroup g : groups) {
            if (!g.done() && g.task.isOpen()) {
                open.add(g);
            }
        }
        open.sort(Comparator.comparingInt((CasualtyGroup g) -> g.triage.rank())
                .thenComparingLong(g -> g.callableMs).thenComparingLong(g -> g.seq));
        return open;
    }

    private void planDispatch() {
        long now = w.now();
        for (CasualtyGroup g : openGroupsByPriority()) {
            if (g.callableMs > now || g.ferrying) {
                continue;
            }
            while (g.uncovered() > 0) {
                Unit u = nearestAvailable(g.node, false);
                if (u == null) {
                    if (!reachableFromMain(g.node)) {
                        Unit heli = g.triage.needsHospital() ? nearestHelicopter(g) : null;
                        if (heli != null) {
                            issue(heli, g);
                            continue;
                        }
                        startFerry(g);
                    }
                    break;
                }
                issue(u, g);
            }
        }
        for (CasualtyGroup g : openGroupsByPriority()) {
            while (g.awaitingTransport - g.transportComing > 0 && !g.ferrying) {
                Unit u = nearestAvailable(g.node, true);
                if (u == null) {
                    break;
                }
                issue(u, g);
            }
        }
    }

    private void issue(Unit u, CasualtyGroup g) {
        var r = w.commands().issue(new Command.Dispatch(Issuer.PLAN, u.id(), g.id));
        if (!r.accepted()) {
            throw new IllegalStateException("plan dispatch rejected: " + r.reason());
        }
    }

    /** The available ambulance or medical team (ambulance only when {@code ambulanceOnly}) nearest by road. */
    private Unit nearestAvailable(int node, boolean ambulanceOnly) {
        Unit best = null;
        long bestTime = Long.MAX_VALUE;
        // whole trees from the units' positions: few distinct positions (bases, hospitals), shared by every scene
        Map<Integer, Integer> timeAt = new HashMap<>();
        for (Unit u : w.units().all()) {
            if (!u.isAvailable() || !(u.type().equals(AMBULANCE) || (!ambulanceOnly && u.type().equals(MEDICAL_TEAM)))) {
                continue;
            }
            int t = timeAt.computeIfAbsent(u.node(), n -> n == node ? 0 : w.travel().from(n)[node]);
            if (t != RouteCache.UNREACHABLE && t < bestTime) {
                bestTime = t;
                best = u;
            }
        }
        return best;
    }

    private Unit nearestHelicopter(CasualtyGroup g) {
        Unit best = null;
        double bestKm = Double.MAX_VALUE;
        double lon = w.site().network().lon(g.node);
        double lat = w.site().network().lat(g.node);
        for (Map.Entry<Unit, HelicopterBase> e : heliBase.entrySet()) {
            Unit u = e.getKey();
            if (!u.isAvailable()) {
                continue;
            }
            HelicopterBase b = e.getValue();
            double km = km(b.location().lon(), b.location().lat(), lon, lat);
            if (km <= b.radiusKm() && km < bestKm) {
                bestKm = km;
                best = u;
            }
        }
        return best;
    }

    private int mainNode() {
        if (mainNode < 0) {
            mainNode = !hospitals.isEmpty() ? hospitals.get(0).facility.node()
                    : !w.units().all().isEmpty() ? w.units().all().get(0).homeNode() : 0;
        }
        return mainNode;
    }

    private boolean reachableFromMain(int node) {
        int m = mainNode();
        return w.travel().connected(m, node); // there and back: one strong-component look-up, no trees
    }

    private void startFerry(CasualtyGroup g) {
        int m = mainNode();
        int[] from = w.travel().from(m);
        int[] to = w.travel().to(m);
        RoadNetwork net = w.site().network();
        double lon0 = net.lon(g.node);
        double lat0 = net.lat(g.node);
        long ahead = w.now() + MedicalRules.minutes(MedicalRules.FERRY_FORECAST_MIN);
        boolean[] closedSoon = w.timeline().nodesNearClosure(net, w.timeline().indexAt(ahead));
        int best = -1;
        double bestD2 = Double.MAX_VALUE;
        double kx = Math.cos(Math.toRadians(lat0));
        for (int v = 0; v < net.nodeCount(); v++) {
            if (closedSoon[v] || from[v] == RouteCache.UNREACHABLE || to[v] == RouteCache.UNREACHABLE) {
                continue;
            }
            double dx = (net.lon(v) - lon0) * kx;
            double dy = net.lat(v) - lat0;
            double d2 = dx * dx + dy * dy;
            if (d2 < bestD2) {
                bestD2 = d2;
                best = v;
            }
        }
        double bestKm = best < 0 ? 0 : km(lon0, lat0, net.lon(best), net.lat(best));
        if (best < 0) {
            return; // nothing reachable at all: wait for the roads to change
        }
        g.ferrying = true;
        int target = best;
        long ms = MedicalRules.minutes(MedicalRules.FERRY_SETUP_MIN + bestKm / MedicalRules.FERRY_KMH * 60.0);
        stats.ferried += g.uncovered();
        w.log().event(w.now(), "ferry").str("group", g.id).num("people", g.uncovered()).num("km", bestKm)
                .num("toNode", target).num("minutes", ms / 60_000.0).write();
        w.sim().schedule(ms, "ferry " + g.id, () -> {
            g.ferrying = false;
            g.node = target;
            w.log().event(w.now(), "ferried").str("group", g.id).num("node", target).write();
            requestDispatch();
        });
    }

    private void updateCauses() {
        boolean anyFree = false;
        int heldAtFullHospital = 0;
        for (Unit u : w.units().all()) {
            // a free unit stranded in a cut-off area helps nobody outside it: it does not count as free
            if ((u.type().equals(AMBULANCE) || u.type().equals(MEDICAL_TEAM)) && u.isAvailable() && !anyFree) {
                anyFree = reachableFromMain(u.node());
            }
        }
        for (Trip t : trips.values()) {
            if (t.phase == Trip.Phase.WAITING_FOR_BED) {
                heldAtFullHospital++;
            }
        }
        long now = w.now();
        for (CasualtyGroup g : groups) {
            if (g.waiting.isEmpty()) {
                continue;
            }
            DelayCause c;
            if (now < g.callableMs) {
                c = DelayCause.ALERT;
            } else if (g.ferrying || (!anyFree && !reachableFromMain(g.node))) {
                c = DelayCause.CUT_OFF;
            } else if (!anyFree && heldAtFullHospital > 0) {
                c = DelayCause.HOSPITAL_FULL;
            } else if (anyFree && !reachableFromMain(g.node)) {
                c = DelayCause.CUT_OFF;
            } else {
                c = DelayCause.WAITING_FOR_UNIT;
            }
            for (TargetClock k : g.waiting) {
                k.cause(c, now);
            }
        }
    }

    // ------------------------------------------------------------------ TaskOwner: dispatch and reassign

    @Override
    public String refusal(Unit u, Task task) {
        if (!(task.payload() instanceof CasualtyGroup g)) {
            return "不是伤员任务 / not a casualty task";
        }
        boolean medical = u.type().equals(AMBULANCE) || u.type().equals(MEDICAL_TEAM) || u.type().equals(HELICOPTER);
        if (!medical) {
            return u.id() + " 不是医疗单元 / " + u.id() + " is not a medical unit";
        }
        if (g.ferrying) {
            return g.id + " 伤员正在转运至道路可达处 / casualties of " + g.id + " are being ferried to an open road";
        }
        if (u.type().equals(HELICOPTER)) {
            HelicopterBase b = heliBase.get(u);
            RoadNetwork net = w.site().network();
            double km = km(b.location().lon(), b.location().lat(), net.lon(g.node), net.lat(g.node));
            if (km > b.radiusKm()) {
                return String.format("%s 超出直升机作业半径 (%.0f km > %.0f km) / beyond the helicopter's radius", g.id, km,
                        b.radiusKm());
            }
            if (g.uncovered() == 0) {
                return g.id + " 没有待救伤员 / no untreated casualties left in " + g.id;
            }
            return null;
        }
        if (g.uncovered() == 0 && !(u.type().equals(AMBULANCE) && g.awaitingTransport - g.transportComing > 0)) {
            return g.id + " 已有足够单元前往 / enough units are already on their way to " + g.id;
        }
        if (!w.travel().reachable(u.node(), g.node)) {
            return g.id + " 道路不通 / no open road from " + u.id() + " to " + g.id;
        }
        return null;
    }

    @Override
    public void dispatch(Unit u, Task task) {
        CasualtyGroup g = (CasualtyGroup) task.payload();
        long now = w.now();
        Long homeward = returning.remove(u);
        if (homeward != null) {
            // dispatched on its way home: it turns round where it started from (approximation)
            w.sim().cancel(homeward);
            u.arrived(u.node());
        }
        Trip trip;
        long travel;
        if (u.type().equals(HELICOPTER)) {
            trip = new Trip(u, g, 0, false);
            take(g, trip, u.capacity());
            HelicopterBase b = heliBase.get(u);
            RoadNetwork net = w.site().network();
            travel = MedicalRules.minutes(MedicalRules.HELI_GROUND_MIN)
                    + flightMs(km(b.location().lon(), b.location().lat(), net.lon(g.node), net.lat(g.node)), b);
        } else {
            boolean firstTreatment = g.uncovered() > 0;
            trip = new Trip(u, g, 0, !firstTreatment);
            if (firstTreatment) {
                take(g, trip, u.capacity());
            } else {
                int k = Math.min(u.capacity(), g.awaitingTransport - g.transportComing);
                trip.carried = k;
                g.transportComing += k;
            }
            travel = w.travel().time(u.node(), g.node);
        }
        u.assign(task, now);
        trips.put(u, trip);
        for (TargetClock c : trip.clocks) {
            c.cause(DelayCause.TRAVEL, now);
        }
        if (!trip.transportOnly) {
            g.coming.add(trip);
        }
        stats.dispatches++;
        w.log().event(now, "dispatch").str("unit", u.id()).str("group", g.id).num("patients", trip.patients)
                .bool("transportOnly", trip.transportOnly).num("travelMin", travel / 60_000.0).write();
        u.startTrip(u.node(), g.node, now, now + travel, u.type().equals(HELICOPTER));
        trip.handle = w.sim().schedule(travel, "arrive " + u.id(), () -> arrive(trip));
        if (g.uncovered() == 0 && g.awaitingTransport - g.transportComing <= 0) {
            // everyone is covered: the task stays open until the patients are treated, but needs no more units
            w.log().event(now, "group-covered").str("group", g.id).write();
        }
    }

    /** Moves up to {@code k} waiting patients (and their clocks) from the group onto the trip. */
    private void take(CasualtyGroup g, Trip trip, int k) {
        int need = k;
        while (need > 0 && !g.waiting.isEmpty()) {
            TargetClock c = g.waiting.get(0);
            if (c.weight() <= need) {
                g.waiting.remove(0);
                trip.clocks.add(c);
                need -= (int) c.weight();
            } else {
                trip.clocks.add(c.split(need, g.id + "/" + trip.unit.id()));
                need = 0;
            }
        }
        trip.patients = k - need;
    }

    @Override
    public String withdrawRefusal(Unit u, Task task) {
        Trip t = trips.get(u);
        if (t == null || t.phase != Trip.Phase.TO_SCENE) {
            return u.id() + " 已在现场或转运中，不能改派 / " + u.id() + " is on scene or transporting and cannot be reassigned";
        }
        return null;
    }

    @Override
    public void withdraw(Unit u, Task task) {
        Trip t = trips.remove(u);
        CasualtyGroup g = t.group;
        w.sim().cancel(t.handle);
        g.coming.remove(t);
        for (TargetClock c : t.clocks) {
            c.cause(DelayCause.WAITING_FOR_UNIT, w.now());
            g.waiting.add(c);
        }
        if (t.transportOnly) {
            g.transportComing -= t.carried;
        }
        u.free(u.node(), w.now());
        w.log().event(w.now(), "withdrawn").str("unit", u.id()).str("group", g.id).write();
        requestDispatch();
    }

    // ------------------------------------------------------------------ trips

    private void arrive(Trip t) {
        CasualtyGroup g = t.group;
        Unit u = t.unit;
        long now = w.now();
        t.phase = Trip.Phase.ON_SCENE;
        g.coming.remove(t);
        u.arrived(g.node);
        int treated = t.patients;
        if (treated > 0) {
            for (TargetClock c : t.clocks) {
                c.stop(now);
            }
            stats.firstTreated += treated;
            if (g.triage == Triage.T1 && now - g.t1SinceMs > MedicalRules.minutes(MedicalRules.T1_WINDOW_MIN)) {
                stats.lateT1 += treated;
            }
        }
        w.log().event(now, "arrive").str("unit", u.id()).str("group", g.id).num("treated", treated).write();
        long onScene = MedicalRules.minutes(u.type().equals(HELICOPTER) ? MedicalRules.HELI_GROUND_MIN
                : policy.onSceneMinutes());
        if (u.type().equals(MEDICAL_TEAM)) {
            if (treated > 0) {
                if (g.triage.needsHospital()) {
                    w.population().move(-1, PersonState.INJURED_WAITING, PersonState.TREATED_ON_SCENE, treated, now);
                    g.awaitingTransport += treated;
                } else {
                    w.population().move(-1, PersonState.INJURED_WAITING, PersonState.RELEASED, treated, now);
                }
            }
            closeIfDone(g);
            t.handle = w.sim().schedule(onScene, "team-done " + u.id(), () -> finishTrip(t, g.node));
            requestDispatch();
            return;
        }
        // ambulance or helicopter
        if (t.transportOnly) {
            int k = Math.min(t.carried, g.awaitingTransport);
            g.transportComing -= t.carried;
            g.awaitingTransport -= k;
            t.carried = k;
            w.population().move(-1, PersonState.TREATED_ON_SCENE, PersonState.IN_TRANSPORT, k, now);
        } else if (treated > 0) {
            if (g.triage.needsHospital()) {
                w.population().move(-1, PersonState.INJURED_WAITING, PersonState.IN_TRANSPORT, treated, now);
                t.carried = treated;
            } else {
                w.population().move(-1, PersonState.INJURED_WAITING, PersonState.RELEASED, treated, now);
            }
        }
        closeIfDone(g);
        t.handle = w.sim().schedule(onScene, "leave-scene " + u.id(), () -> leaveScene(t));
    }

    private void leaveScene(Trip t) {
        Unit u = t.unit;
        if (t.carried == 0) {
            finishTrip(t, t.group.node);
            return;
        }
        HospitalState h;
        long travel;
        if (u.type().equals(HELICOPTER)) {
            h = nearestHospitalByAir(t.group);
            RoadNetwork net = w.site().network();
            travel = flightMs(km(net.lon(t.group.node), net.lat(t.group.node), h.facility.lon(), h.facility.lat()),
                    heliBase.get(u));
        } else {
            h = nearestHospitalByRoad(t.group);
            if (h == null) {
                // no open road to any hospital: wait on scene with the patients until a road opens
                t.phase = Trip.Phase.ON_SCENE;
                stuck.add(t);
                if (!t.strandedLogged) {
                    t.strandedLogged = true;
                    w.log().event(w.now(), EventTypes.NO_HOSPITAL_REACHABLE).str("unit", u.id()).str("group", t.group.id)
                            .num("patients", t.carried).write();
                }
                return;
            }
            travel = w.travel().time(t.group.node, h.facility.node());
        }
        t.hospital = h;
        h.inbound += t.carried;
        t.phase = Trip.Phase.TO_HOSPITAL;
        w.log().event(w.now(), "transport").str("unit", u.id()).str("group", t.group.id).str("hospital", h.spec.id())
                .num("patients", t.carried).num("travelMin", travel / 60_000.0).write();
        u.startTrip(t.group.node, h.facility.node(), w.now(), w.now() + travel, u.type().equals(HELICOPTER));
        t.handle = w.sim().schedule(travel, "at-hospital " + u.id(), () -> atHospital(t));
    }

    private void atHospital(Trip t) {
        HospitalState h = t.hospital;
        t.unit.arrived(h.facility.node());
        t.phase = Trip.Phase.WAITING_FOR_BED;
        admitNext(t, t.carried);
    }

    /** Admits the trip's patients one bed at a time; the unit waits while the hospital is full. */
    private void admitNext(Trip t, int left) {
        if (left == 0) {
            t.phase = Trip.Phase.HANDOVER;
            t.handle = w.sim().schedule(MedicalRules.minutes(policy.hospitalHandoverMinutes()), "handover " + t.unit.id(),
                    () -> afterHandover(t));
            return;
        }
        HospitalState h = t.hospital;
        if (h.beds.available() == 0) {
            w.log().event(w.now(), EventTypes.HOSPITAL_FULL).str("hospital", h.spec.id()).str("unit", t.unit.id()).write();
            requestDispatch();
        }
        Triage triage = t.group.triage;
        Resource.Request[] bed = new Resource.Request[1];
        bed[0] = h.beds.seize(0, () -> {
            h.inbound--;
            h.admitted++;
            stats.admitted++;
            w.population().move(-1, PersonState.IN_TRANSPORT, PersonState.IN_HOSPITAL, 1, w.now());
            scheduleDischarge(h, bed, triage);
            admitNext(t, left - 1);
        });
    }

    /** Frees the bed after the patient's length of stay ({@link MedicalRules}); drawn even when it ends after the horizon. */
    private void scheduleDischarge(HospitalState h, Resource.Request[] bed, Triage triage) {
        double days = triage == Triage.T1 ? MedicalRules.LOS_T1_DAYS : MedicalRules.LOS_T2_DAYS;
        long stay = Math.max(1, Math.round(stays.exponential(days) * 86_400_000.0));
        if (w.now() + stay > w.horizonMs()) {
            return;
        }
        w.sim().schedule(stay, "discharge " + h.spec.id(), () -> {
            h.beds.release(bed[0]);
            stats.discharged++;
            w.population().move(-1, PersonState.IN_HOSPITAL, PersonState.DISCHARGED, 1, w.now());
            w.log().event(w.now(), "discharge").str("hospital", h.spec.id()).str("triage", triage.id())
                    .num("stayHours", stay / 3_600_000.0).write();
            requestDispatch();
        });
    }

    private void afterHandover(Trip t) {
        w.log().event(w.now(), "handover").str("unit", t.unit.id()).str("hospital", t.hospital.spec.id())
                .num("patients", t.carried).write();
        if (t.unit.type().equals(HELICOPTER)) {
            HelicopterBase b = heliBase.get(t.unit);
            t.phase = Trip.Phase.RETURNING;
            long back = flightMs(km(t.hospital.facility.lon(), t.hospital.facility.lat(), b.location().lon(),
                    b.location().lat()), b) + MedicalRules.minutes(MedicalRules.HELI_GROUND_MIN);
            t.unit.startTrip(t.hospital.facility.node(), w.site().facility(b.id()).node(), w.now(), w.now() + back, true);
            t.handle = w.sim().schedule(back, "heli-back " + t.unit.id(),
                    () -> finishTrip(t, w.site().facility(b.id()).node()));
            return;
        }
        finishTrip(t, t.hospital.facility.node());
    }

    private void finishTrip(Trip t, int node) {
        trips.remove(t.unit);
        t.unit.free(node, w.now());
        if (node != t.unit.homeNode()) {
            idleAway.add(t.unit);
        }
        w.log().event(w.now(), "unit-free").str("unit", t.unit.id()).num("node", node).write();
        w.unitFreed(t.unit);
        requestDispatch();
    }

    private void reopenIfNeeded(CasualtyGroup g) {
        if (!g.task.isOpen() && !g.done()) {
            g.task = w.tasks().add(new Task(g.id, CASUALTY, g.node, g.triage.rank(), w.now(), this, g));
        }
    }

    private void closeIfDone(CasualtyGroup g) {
        if (g.done() && g.task.isOpen()) {
            w.tasks().close(g.task);
            if (g.deathHandle >= 0) {
                w.sim().cancel(g.deathHandle);
                g.deathHandle = -1;
            }
            if (g.upgradeHandle >= 0) {
                w.sim().cancel(g.upgradeHandle);
                g.upgradeHandle = -1;
            }
        }
    }

    // ------------------------------------------------------------------ hospitals and geometry

    private HospitalState nearestHospitalByRoad(CasualtyGroup g) {
        int[] tree = w.travel().from(g.node);
        HospitalState capableFree = null;
        HospitalState anyFree = null;
        HospitalState capable = null;
        long tCapableFree = Long.MAX_VALUE;
        long tAnyFree = Long.MAX_VALUE;
        long tCapable = Long.MAX_VALUE;
        for (HospitalState h : hospitals) {
            int t = h.facility.node() == g.node ? 0 : tree[h.facility.node()];
            if (t == RouteCache.UNREACHABLE) {
                continue;
            }
            boolean can = h.can(g.need);
            boolean free = h.freeBeds() > 0;
            if (can && free && t < tCapableFree) {
                tCapableFree = t;
                capableFree = h;
            }
            if (free && t < tAnyFree) {
                tAnyFree = t;
                anyFree = h;
            }
            if (can && t < tCapable) {
                tCapable = t;
                capable = h;
            }
        }
        if (capableFree != null) {
            return capableFree;
        }
        if (anyFree != null) {
            return anyFree;
        }
        if (capable != null) {
            return capable;
        }
        // no capable hospital at all and none free: the nearest reachable one
        HospitalState near = null;
        long tn = Long.MAX_VALUE;
        for (HospitalState h : hospitals) {
            int t = h.facility.node() == g.node ? 0 : tree[h.facility.node()];
            if (t != RouteCache.UNREACHABLE && t < tn) {
                tn = t;
                near = h;
            }
        }
        return near;
    }

    private HospitalState nearestHospitalByAir(CasualtyGroup g) {
        RoadNetwork net = w.site().network();
        double lon = net.lon(g.node);
        double lat = net.lat(g.node);
        HospitalState best = null;
        double bestScore = Double.MAX_VALUE;
        for (HospitalState h : hospitals) {
            double km = km(lon, lat, h.facility.lon(), h.facility.lat());
            // prefer capable hospitals with a free bed, then any with a free bed, then any
            double score = km + (h.freeBeds() > 0 ? 0 : 1e6) + (h.can(g.need) ? 0 : 1e3);
            if (score < bestScore) {
                bestScore = score;
                best = h;
            }
        }
        if (best == null) {
            throw new IllegalStateException("scenario " + w.scenario().id() + " has no hospital for helicopter transport");
        }
        return best;
    }

    private static long flightMs(double km, HelicopterBase b) {
        return Math.round(km / b.cruiseKmh() * 3_600_000.0);
    }

    /** Great-circle distance, km (haversine). */
    static double km(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0088 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }

    private double bedsUsed() {
        int n = 0;
        for (HospitalState h : hospitals) {
            n += h.beds.busy();
        }
        return n;
    }

    private double bedsCapacity() {
        int n = 0;
        for (HospitalState h : hospitals) {
            n += h.beds.capacity();
        }
        return n;
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

    private double utilisation(String type) {
        List<Unit> list = w.units().ofType(type);
        if (list.isEmpty() || w.now() == 0) {
            return Double.NaN;
        }
        double s = 0;
        for (Unit u : list) {
            s += u.busyMs(w.now());
        }
        return s / (list.size() * (double) w.now());
    }

    static String time(long ms) {
        return SimTime.format(ms);
    }
}
