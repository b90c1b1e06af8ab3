package org.drillsim.world;

import org.drillsim.routing.EdgeQueries;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.DoseHazard;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.PeopleEffect;
import org.drillsim.hazards.ProtectiveAction;
import org.drillsim.hazards.RoadEffect;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Hazard effects at regular ticks over the horizon ({@link HazardTick}), computed once per scenario from the
 * hazard models with the scenario's scripted wind and stage changes applied ({@link Injects#applyToHazards}, done
 * by {@link SiteLoader}). It is the one timeline behind the run, the {@code hazard} map ({@link HazardSnapshot}),
 * the trainer and the run's map files: footprints come from {@link #footprints(int)}, not from the bare specs.
 * Road rule: an edge takes the combined {@link RoadEffect} of every zone that touches it
 * ({@link EdgeQueries#inZone}; closed wins, else the smallest speed factor); a bridge takes the zone's bridge effect
 * instead ({@code HazardType.bridgeEffect}: none under flood water, whose model has no deck elevations; the bridge's
 * own fragility under an earthquake). People rule: a cell takes the worst {@link PeopleEffect}
 * of the zones containing its centre (largest injury and fatality fractions, displaced if any zone
 * displaces, strongest protective action).
 */
public final class HazardTimeline {
    /** Default tick: 15 simulated minutes. */
    public static final long DEFAULT_TICK_MS = 15 * 60_000L;

    private final long tickMs;
    private final List<HazardTick> ticks;
    private final List<Hazard> hazards;

    private HazardTimeline(long tickMs, List<HazardTick> ticks, List<Hazard> hazards) {
        this.tickMs = tickMs;
        this.ticks = List.copyOf(ticks);
        this.hazards = List.copyOf(hazards);
    }

    /**
     * Computes the ticks at 0, tick, 2·tick … up to the horizon (inclusive).
     *
     * @param net     road network
     * @param cells   population cells
     * @param hazards hazard models
     */
    public static HazardTimeline compute(RoadNetwork net, List<PopulationCell> cells, List<Hazard> hazards,
                                         long horizonMs, long tickMs) {
        if (tickMs <= 0) {
            throw new IllegalArgumentException("hazard tick must be positive, got " + tickMs + " ms");
        }
        STRtree cellIndex = new STRtree();
        for (PopulationCell c : cells) {
            cellIndex.insert(new Envelope(new Coordinate(c.lon(), c.lat())), c.index());
        }
        if (!cells.isEmpty()) {
            cellIndex.build();
        }
        GeometryFactory gf = RoadNetwork.geometryFactory();
        // footprints in time order (hazard models cache them); identical consecutive ones share a tick
        List<Long> times = new ArrayList<>();
        List<List<HazardFootprint>> prints = new ArrayList<>();
        int[] sameAs = new int[(int) (horizonMs / tickMs) + 1];
        for (long t = 0; t <= horizonMs; t += tickMs) {
            List<HazardFootprint> p = new ArrayList<>();
            for (Hazard h : hazards) {
                p.add(h.footprintAt(t));
            }
            int k = times.size();
            sameAs[k] = k > 0 && sameZones(p, prints.get(k - 1)) ? sameAs[k - 1] : k;
            times.add(t);
            prints.add(p);
        }
        // distinct ticks are independent: compute them in parallel (results do not depend on the order)
        HazardTick[] computed = new HazardTick[times.size()];
        java.util.stream.IntStream.range(0, times.size()).parallel().filter(k -> sameAs[k] == k)
                .forEach(k -> computed[k] = tick(k, times.get(k), net, cells, cellIndex, gf, prints.get(k)));
        List<HazardTick> ticks = new ArrayList<>();
        for (int k = 0; k < times.size(); k++) {
            HazardTick base = computed[sameAs[k]];
            ticks.add(sameAs[k] == k ? base
                    : new HazardTick(k, times.get(k), base.edges(), base.factors(), base.closedToPublic(), base.cells()));
        }
        return new HazardTimeline(tickMs, withDoses(ticks, cells, hazards), hazards);
    }

    /**
     * Deaths from a {@link DoseHazard} follow each cell's exposure history: tick by tick in time order, the fatality of
     * the hazard's cell effects becomes its probability of death so far at the cell's centre (the zone's flat figure
     * is dropped; injuries and actions stay the zone's). A cell is followed from its first tick in one of the hazard's
     * zones to the horizon: after the plume has passed, gas kept inside the buildings still adds to the indoor load
     * (it leaves at the air-change rate, a time constant of hours), so such a cell keeps an effect with no zone action
     * and no new injuries whose fatality still grows.
     */
    private static List<HazardTick> withDoses(List<HazardTick> ticks, List<PopulationCell> cells, List<Hazard> hazards) {
        Map<String, DoseHazard> dose = new HashMap<>();
        for (Hazard h : hazards) {
            if (h instanceof DoseHazard d) {
                dose.put(h.id(), d);
            }
        }
        if (dose.isEmpty()) {
            return ticks;
        }
        Map<String, Map<Integer, DoseHazard.Exposure>> exposures = new HashMap<>();
        List<HazardTick> out = new ArrayList<>(ticks.size());
        for (HazardTick t : ticks) {
            List<CellEffect> now = new ArrayList<>(t.cells().size());
            java.util.Set<Integer> inZone = new java.util.HashSet<>();
            for (CellEffect ce : t.cells()) {
                DoseHazard d = dose.get(ce.hazardId());
                if (d == null) {
                    now.add(ce);
                    inZone.add(ce.cell());
                    continue;
                }
                PopulationCell cell = cells.get(ce.cell());
                DoseHazard.Exposure e = exposures.computeIfAbsent(ce.hazardId(), k -> new java.util.TreeMap<>())
                        .computeIfAbsent(ce.cell(), c -> d.exposureAt(cell.lon(), cell.lat()));
                PeopleEffect pe = ce.effect();
                now.add(new CellEffect(ce.cell(), ce.hazardId(), ce.kind(), new PeopleEffect(pe.displaced(), pe.action(),
                        pe.injuryFraction(), Math.min(1, e.fatalityBy(t.timeMs())), pe.reason())));
                inZone.add(ce.cell());
            }
            // cells the plume has left: the gas still indoors keeps adding to the load (no action, no new injuries)
            for (Map.Entry<String, Map<Integer, DoseHazard.Exposure>> byHazard : new java.util.TreeMap<>(exposures).entrySet()) {
                for (Map.Entry<Integer, DoseHazard.Exposure> ex : byHazard.getValue().entrySet()) {
                    if (inZone.contains(ex.getKey())) {
                        continue;
                    }
                    double f = Math.min(1, ex.getValue().fatalityBy(t.timeMs()));
                    if (f > 0) {
                        now.add(new CellEffect(ex.getKey(), byHazard.getKey(), dose.get(byHazard.getKey()).kind(),
                                new PeopleEffect(false, ProtectiveAction.NONE, 0, f, "toxic load after the plume passed")));
                    }
                }
            }
            out.add(new HazardTick(t.index(), t.timeMs(), t.edges(), t.factors(), t.closedToPublic(), List.copyOf(now)));
        }
        return out;
    }

    /** A timeline with no hazard effects (tests, or scenarios whose hazards touch nothing). */
    public static HazardTimeline empty(long horizonMs, long tickMs) {
        List<HazardTick> ticks = new ArrayList<>();
        int k = 0;
        for (long t = 0; t <= horizonMs; t += tickMs, k++) {
            ticks.add(new HazardTick(k, t, new int[0], new float[0], new boolean[0], List.of()));
        }
        return new HazardTimeline(tickMs, ticks, List.of());
    }

    /** A timeline from given ticks (tests). Ticks must be at 0, tick, 2·tick …. */
    public static HazardTimeline of(long tickMs, List<HazardTick> ticks) {
        for (int i = 0; i < ticks.size(); i++) {
            if (ticks.get(i).timeMs() != i * tickMs || ticks.get(i).index() != i) {
                throw new IllegalArgumentException("tick " + i + " must be at " + i * tickMs + " ms with index " + i);
            }
        }
        return new HazardTimeline(tickMs, ticks, List.of());
    }

    /**
     * The same ticks with the hazard models they were computed from (a timeline read from the disk cache
     * holds only the ticks).
     */
    public HazardTimeline withHazards(List<Hazard> models) {
        return new HazardTimeline(tickMs, ticks, models);
    }

    /** The hazard models (scripted injects applied) this timeline plays; empty for hand-made timelines. */
    public List<Hazard> hazards() {
        return hazards;
    }

    /** Every hazard's footprint at tick {@code index}, in hazard order. */
    public List<HazardFootprint> footprints(int index) {
        long t = ticks.get(index).timeMs();
        List<HazardFootprint> out = new ArrayList<>();
        for (Hazard h : hazards) {
            out.add(h.footprintAt(t));
        }
        return out;
    }

    private final java.util.concurrent.ConcurrentHashMap<Integer, boolean[]> closedNodeMasks =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Nodes touching an edge closed to emergency vehicles at tick {@code index} (cached and shared between
     * replications: do not modify the array).
     */
    public boolean[] nodesNearClosure(RoadNetwork net, int index) {
        return closedNodeMasks.computeIfAbsent(index, k -> {
            HazardTick t = ticks.get(k);
            boolean[] mask = new boolean[net.nodeCount()];
            for (int i = 0; i < t.edges().length; i++) {
                if (t.factors()[i] == 0f) {
                    mask[net.edgeFrom(t.edges()[i])] = true;
                    mask[net.edgeTo(t.edges()[i])] = true;
                }
            }
            return mask;
        });
    }

    /** The tick at or before {@code tMs} (the last one beyond the horizon). */
    public int indexAt(long tMs) {
        return (int) Math.max(0, Math.min(ticks.size() - 1, tMs / tickMs));
    }

    /** Interval between ticks, ms. */
    public long tickMs() {
        return tickMs;
    }

    /** All ticks in time order. */
    public List<HazardTick> ticks() {
        return ticks;
    }

    private static boolean sameZones(List<HazardFootprint> a, List<HazardFootprint> b) {
        for (int i = 0; i < a.size(); i++) {
            List<HazardZone> za = a.get(i).zones();
            List<HazardZone> zb = b.get(i).zones();
            if (za.size() != zb.size() || !a.get(i).pointEffectKey().equals(b.get(i).pointEffectKey())) {
                return false;
            }
            for (int j = 0; j < za.size(); j++) {
                HazardZone x = za.get(j);
                HazardZone y = zb.get(j);
                if (x.polygon() != y.polygon() && !(x.level().equals(y.level()) && x.intensity() == y.intensity()
                        && x.polygon().equalsExact(y.polygon()))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static HazardTick tick(int k, long t, RoadNetwork net, List<PopulationCell> cells, STRtree cellIndex,
                                   GeometryFactory gf, List<HazardFootprint> prints) {
        float[] factor = null;
        boolean[] publicClosed = null;
        CellEffect[] cellEffects = new CellEffect[cells.size()];
        for (HazardFootprint fp : prints) {
            RoadEffect[] enclosing = null;
            for (HazardZone zone : fp.zones()) {
                PreparedGeometry prepared = PreparedGeometryFactory.prepare(zone.polygon());
                Envelope env = zone.polygon().getEnvelopeInternal();
                RoadEffect re = zone.roadEffect();
                RoadEffect be = zone.bridgeEffect();
                // flood and chemical zones are nested (deeper / stronger inside): an inner zone with the same road
                // and bridge effects as the one enclosing it changes no edge
                boolean nested = HazardTypes.installed().forKind(zone.kind()).nestedZones();
                boolean redundant = nested && enclosing != null && sameEffect(enclosing[0], re) && sameEffect(enclosing[1], be);
                enclosing = new RoadEffect[] {re, be};
                if (!redundant && (acts(re) || acts(be))) {
                    if (factor == null) {
                        factor = new float[net.edgeCount()];
                        Arrays.fill(factor, 1f);
                        publicClosed = new boolean[net.edgeCount()];
                    }
                    for (int e : EdgeQueries.inZone(net, zone.polygon(), false)) {
                        RoadEffect x = net.isBridge(e) ? be : re;
                        float f = x.closedToEmergency() ? 0f : (float) x.speedFactor();
                        factor[e] = Math.min(factor[e], f);
                        publicClosed[e] |= x.closedToPublic() || f == 0f;
                    }
                }
                PeopleEffect pe = zone.peopleEffect();
                if (pe.displaced() || pe.injuryFraction() > 0 || pe.fatalityFraction() > 0
                        || pe.action() != ProtectiveAction.NONE) {
                    for (Object item : cellIndex.query(env)) {
                        int c = (Integer) item;
                        PopulationCell cell = cells.get(c);
                        if (!prepared.contains(gf.createPoint(new Coordinate(cell.lon(), cell.lat())))) {
                            continue;
                        }
                        // the hazard's value at the cell (a flood's own depth), not the zone's lower bound
                        cellEffects[c] = worse(cellEffects[c], new CellEffect(c, fp.hazardId(), zone.kind(),
                                fp.peopleEffectAt(zone, cell.lon(), cell.lat())));
                    }
                }
            }
        }
        int n = 0;
        if (factor != null) {
            for (int e = 0; e < factor.length; e++) {
                if (factor[e] < 1f || publicClosed[e]) {
                    n++;
                }
            }
        }
        int[] edges = new int[n];
        float[] fs = new float[n];
        boolean[] pc = new boolean[n];
        if (factor != null) {
            int i = 0;
            for (int e = 0; e < factor.length; e++) {
                if (factor[e] < 1f || publicClosed[e]) {
                    edges[i] = e;
                    fs[i] = factor[e];
                    pc[i] = publicClosed[e];
                    i++;
                }
            }
        }
        List<CellEffect> affected = new ArrayList<>();
        for (CellEffect ce : cellEffects) {
            if (ce != null) {
                affected.add(ce);
            }
        }
        return new HazardTick(k, t, edges, fs, pc, affected);
    }

    /** Whether a road effect closes the road to everyone or slows it (the condition this rule has always used). */
    private static boolean acts(RoadEffect x) {
        return x.closed() || x.speedFactor() < 1.0;
    }

    private static boolean sameEffect(RoadEffect x, RoadEffect y) {
        return x.closedToPublic() == y.closedToPublic() && x.closedToEmergency() == y.closedToEmergency()
                && x.speedFactor() == y.speedFactor();
    }

    private static CellEffect worse(CellEffect a, CellEffect b) {
        if (a == null) {
            return b;
        }
        PeopleEffect x = a.effect();
        PeopleEffect y = b.effect();
        ProtectiveAction action = x.action().ordinal() >= y.action().ordinal() ? x.action() : y.action();
        boolean injuryFromB = y.injuryFraction() > x.injuryFraction()
                || (y.injuryFraction() == x.injuryFraction() && y.fatalityFraction() > x.fatalityFraction());
        CellEffect lead = injuryFromB ? b : a;
        PeopleEffect merged = new PeopleEffect(x.displaced() || y.displaced(), action,
                Math.max(x.injuryFraction(), y.injuryFraction()), Math.max(x.fatalityFraction(), y.fatalityFraction()),
                lead.effect().reason());
        return new CellEffect(a.cell(), lead.hazardId(), lead.kind(), merged);
    }
}
