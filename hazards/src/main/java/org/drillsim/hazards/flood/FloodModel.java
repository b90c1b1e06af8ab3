package org.drillsim.hazards.flood;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.routing.LocalProjection;
import org.drillsim.hazards.Check;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.FootprintCache;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.PeopleEffect;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.buffer.BufferParameters;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Parametric river flood without elevation data (see {@link FloodParams}): the ground height above the
 * river's normal level rises linearly with distance from the water polygons, h(d) = h0 + g·d, and the
 * water depth is max(0, stage(t) − h(d)) for d up to the flood-plain width. A depth band "at least b"
 * therefore covers the land within r_b = (stage − h0 − b)/g of the water: its zone is the buffer of the
 * water polygons by r_b (the water itself included), minus protected land whose levee still holds.
 * Because the zones include the river, bridges over it must be exempted from flood closures by the road
 * network (their decks are above the water; this model has no elevations).
 *
 * <p>Invariants, by construction: zones are nested (deeper bands inside shallower ones), grow
 * monotonically with the stage, and shrink again when the stage falls (the water retreats; ponding
 * behind levees after the peak is not modelled). Protected land floods from the first time the stage
 * exceeds the levee crest, or from a given breach time, and stays unprotected afterwards.
 *
 * <p>People: mortality follows Jonkman, Vrijling &amp; Vrouwenvelder (2008) at each population cell's own depth
 * ({@link #peopleEffectAt}), in the cell's zone ({@link HazardEffects.FloodMortalityZone}): the breach zone where
 * depth × velocity ≥ 7 m²/s and velocity ≥ 2 m/s, the rapidly rising zone where the water rose ≥ 0.5 m in the
 * preceding hour and is ≥ 2.1 m deep, the remaining zone elsewhere. Without hydrodynamics, velocity exists only
 * near a breach: the breach (of a levee with a breach time) is the point of its protected land nearest the
 * river; it discharges Q = 1.7·B·H^1.5 m³/s (broad-crested weir, B the breach width, H = stage − bank height,
 * the levee eroded to the ground) which spreads over a half-disc, so depth × velocity = Q / (π r) at distance
 * r ≥ B/2 from the breach. Overtopping without a breach gives no breach zone.
 *
 * <p>Accuracy and cost: the water polygons are simplified with a {@value #SIMPLIFY_M} m tolerance and the
 * reach r_b is rounded to multiples of {@value #REACH_QUANTUM_M} m (a depth resolution of g·25 m, e.g.
 * 5 cm for g = 2 m/km), so buffers are computed once per distinct reach and cached; footprints are cached
 * per time.
 */
public final class FloodModel implements Hazard {

    /** Simplification tolerance of the water polygons, m. */
    public static final double SIMPLIFY_M = 10;
    /** Reach rounding, m. */
    public static final double REACH_QUANTUM_M = 25;

    private static final GeometryFactory GF = new GeometryFactory();

    private final FloodParams params;
    private final Geography geo;
    private final long[] protectedFloodsFromMs;
    /** Rise rates are measured over this interval before t. */
    static final long RISE_WINDOW_MS = 3_600_000L;
    /** Broad-crested weir coefficient, m^0.5/s (SI; C_d·(2/3)^1.5·√g ≈ 1.7). */
    static final double WEIR_COEFFICIENT = 1.7;
    private final FootprintCache cache = new FootprintCache();

    public FloodModel(FloodParams params) {
        this(params, new Geography(params));
    }

    private FloodModel(FloodParams params, Geography geo) {
        this.params = params;
        this.geo = geo;
        this.protectedFloodsFromMs = new long[params.protectedAreas().size()];
        for (int i = 0; i < protectedFloodsFromMs.length; i++) {
            protectedFloodsFromMs[i] = floodsFrom(params.protectedAreas().get(i));
        }
    }

    /**
     * A new model whose stage is overridden from {@code atMs} on (see {@link FloodParams#withStageChange});
     * the water geometry and its buffers are shared.
     */
    public FloodModel withStageChange(long atMs, double stageM, long overMs) {
        return new FloodModel(params.withStageChange(atMs, stageM, overMs), geo);
    }

    /** The projected, simplified water and protected areas, their indexes and the buffer cache. */
    private static final class Geography {
        final LocalProjection projection;
        final Geometry waterM;
        final IndexedFacetDistance waterDistance;
        final IndexedPointInAreaLocator inWater;
        final List<Geometry> protectedM = new ArrayList<>();
        final List<IndexedPointInAreaLocator> protectedLocators = new ArrayList<>();
        final TreeMap<Long, Geometry> bufferCache = new TreeMap<>();
        /** Per protected area: the breach point in metres (nearest the water), or null when it never breaches. */
        final List<Coordinate> breachPointM = new ArrayList<>();

        Geography(FloodParams params) {
            Envelope env = new Envelope();
            for (Geometry g : params.waterLonLat()) {
                env.expandToInclude(g.getEnvelopeInternal());
            }
            Coordinate c = env.centre();
            this.projection = new LocalProjection(c.x, c.y);
            List<Geometry> parts = new ArrayList<>();
            for (int i = 0; i < params.waterLonLat().size(); i++) {
                Geometry g = params.waterLonLat().get(i);
                if (g.getDimension() != 2 || g.isEmpty()) {
                    throw new IllegalArgumentException("flood " + params.id() + ".water[" + i
                            + "]: expected a non-empty polygon");
                }
                Geometry m = projection.toMetres(g);
                parts.add(m.isValid() ? m : m.buffer(0));
            }
            this.waterM = TopologyPreservingSimplifier.simplify(UnaryUnionOp.union(parts), SIMPLIFY_M);
            this.waterDistance = new IndexedFacetDistance(waterM);
            this.inWater = new IndexedPointInAreaLocator(waterM);
            for (ProtectedArea p : params.protectedAreas()) {
                Geometry m = projection.toMetres(p.polygonLonLat());
                m = m.isValid() ? m : m.buffer(0);
                protectedM.add(m);
                protectedLocators.add(new IndexedPointInAreaLocator(m));
                breachPointM.add(p.breachAtMs() == null ? null : breachPoint(m, waterM));
            }
        }

        /**
         * Where a protected area's levee breaches: the middle of the stretch of its boundary that lies nearest the
         * water (within 1 m of the least distance, so a levee along a straight river breaches mid-way).
         */
        static Coordinate breachPoint(Geometry protectedM, Geometry waterM) {
            double least = protectedM.distance(waterM);
            Geometry stretch = protectedM.getBoundary().intersection(waterM.buffer(least + 1.0, 4));
            if (stretch.isEmpty()) {
                return org.locationtech.jts.operation.distance.DistanceOp.nearestPoints(protectedM, waterM)[0];
            }
            return org.locationtech.jts.operation.distance.DistanceOp.nearestPoints(stretch,
                    stretch.getCentroid())[0];
        }

        /**
         * The water and the land within {@code quanta} × REACH_QUANTUM_M of it. Built by buffering the
         * largest cached smaller band one quantum at a time: a buffer is a Minkowski sum with a disc, so
         * buffering by r1 then r2 equals buffering by r1 + r2, and each small step on an already merged shape
         * is far cheaper than one large buffer of the many-part river (Harbin: 120 chained 25 m buffers take
         * ~1 s; a single 3 km buffer takes ~3.5 s).
         */
        synchronized Geometry band(long quanta) {
            Geometry cached = bufferCache.get(quanta);
            if (cached != null) {
                return cached;
            }
            Map.Entry<Long, Geometry> floor = bufferCache.floorEntry(quanta);
            long q = floor == null ? 0 : floor.getKey();
            Geometry g = floor == null ? waterM : floor.getValue();
            while (q < quanta) {
                g = g.buffer(REACH_QUANTUM_M, 4, BufferParameters.CAP_ROUND);
                q++;
                bufferCache.put(q, g);
            }
            return g;
        }
    }

    public FloodParams params() {
        return params;
    }

    @Override
    public String id() {
        return params.id();
    }

    @Override
    public HazardKind kind() {
        return HazardKind.FLOOD;
    }

    /** River stage at t, m above normal level. */
    public double stageAt(long tMs) {
        return params.stageAt(tMs);
    }

    /**
     * Water depth (m) above the ground at (lon, lat) and time t, as the zones report it: 0 when dry or on
     * protected land whose levee still holds; inside the river/water polygons themselves the bank value
     * (stage − h0), i.e. the water's rise, not the channel depth.
     */
    public double depthAt(double lon, double lat, long tMs) {
        Coordinate p = new Coordinate(geo.projection.x(lon), geo.projection.y(lat));
        return depthAtM(p, distanceToWaterM(p), tMs);
    }

    private double distanceToWaterM(Coordinate p) {
        return geo.inWater.locate(p) != Location.EXTERIOR ? 0 : geo.waterDistance.distance(GF.createPoint(p));
    }

    private double depthAtM(Coordinate p, double distanceM, long tMs) {
        for (int i = 0; i < protectedFloodsFromMs.length; i++) {
            if (tMs < protectedFloodsFromMs[i] && geo.protectedLocators.get(i).locate(p) != Location.EXTERIOR) {
                return 0;
            }
        }
        return params.depthAt(stageAt(tMs), distanceM);
    }

    /**
     * Depth × velocity (m²/s) at (lon, lat) and t from breach outflow: Q / (π r) inside the breached protected
     * area that contains the point, 0 elsewhere or before the breach.
     */
    public double breachFlowM2s(double lon, double lat, long tMs) {
        return breachFlowM2s(new Coordinate(geo.projection.x(lon), geo.projection.y(lat)), tMs);
    }

    private double breachFlowM2s(Coordinate p, long tMs) {
        double head = stageAt(tMs) - params.bankHeightM();
        if (head <= 0) {
            return 0;
        }
        double hv = 0;
        for (int i = 0; i < protectedFloodsFromMs.length; i++) {
            Coordinate b = geo.breachPointM.get(i);
            ProtectedArea a = params.protectedAreas().get(i);
            if (b == null || tMs < a.breachAtMs() || geo.protectedLocators.get(i).locate(p) == Location.EXTERIOR) {
                continue;
            }
            double q = WEIR_COEFFICIENT * a.breachWidthM() * Math.pow(head, 1.5);
            double r = Math.max(a.breachWidthM() / 2, p.distance(b));
            hv = Math.max(hv, q / (Math.PI * r));
        }
        return hv;
    }

    /**
     * Effect on residents at (lon, lat) and t: Jonkman et al. (2008) mortality at the point's own depth, in the
     * point's zone (breach, rapidly rising, remaining).
     */
    public PeopleEffect peopleEffectAt(double lon, double lat, long tMs) {
        Coordinate p = new Coordinate(geo.projection.x(lon), geo.projection.y(lat));
        double dist = distanceToWaterM(p);
        double depth = depthAtM(p, dist, tMs);
        if (depth < HazardEffects.FLOOD_DISPLACEMENT_DEPTH_M) {
            return PeopleEffect.NONE;
        }
        double velocity = breachFlowM2s(p, tMs) / depth;
        double rise = (depth - depthAtM(p, dist, tMs - RISE_WINDOW_MS)) / (RISE_WINDOW_MS / 3_600_000.0);
        HazardEffects.FloodMortalityZone zone = HazardEffects.FloodMortalityZone.of(depth, velocity, rise);
        return HazardEffects.floodPeopleEffect(depth, zone, velocity);
    }

    /**
     * When protected area {@code index} starts to flood: the first time the stage exceeds its crest or
     * its breach time, whichever is earlier; Long.MAX_VALUE when never.
     */
    public long protectedAreaFloodsFromMs(int index) {
        return protectedFloodsFromMs[index];
    }

    @Override
    public HazardFootprint footprintAt(long tMs) {
        Check.time("t", tMs);
        return cache.get(tMs, this::compute);
    }

    private HazardFootprint compute(long tMs) {
        double stage = stageAt(tMs);
        List<HazardZone> zones = new ArrayList<>();
        Geometry held = null;
        for (int i = 0; i < protectedFloodsFromMs.length; i++) {
            if (tMs < protectedFloodsFromMs[i]) {
                Geometry g = geo.protectedM.get(i);
                held = held == null ? g : held.union(g);
            }
        }
        for (double band : params.depthBandsM()) {
            double reach = params.reachFor(stage, band);
            long q = Math.round(reach / REACH_QUANTUM_M);
            if (q < 1) {
                continue;
            }
            Geometry area = geo.band(q);
            if (held != null) {
                area = area.difference(held);
            }
            if (area.isEmpty()) {
                continue;
            }
            zones.add(new HazardZone(HazardKind.FLOOD, String.format(Locale.ROOT, "depth>=%.2fm", band), band, "m",
                    geo.projection.toLonLat(area)));
        }
        return new HazardFootprint(id(), kind(), tMs, zones, (zone, lon, lat) -> peopleEffectAt(lon, lat, tMs),
                pointEffectKey(tMs));
    }

    /**
     * What the point effects at t depend on beyond the zones: the stage now and an hour ago (to the cm) and
     * which protected areas have flooded; footprints with equal zones and keys affect people alike.
     */
    private String pointEffectKey(long tMs) {
        StringBuilder k = new StringBuilder(String.format(Locale.ROOT, "%.2f/%.2f/", stageAt(tMs),
                stageAt(tMs - RISE_WINDOW_MS)));
        for (long from : protectedFloodsFromMs) {
            k.append(tMs >= from ? '1' : '0').append(tMs - RISE_WINDOW_MS >= from ? '1' : '0');
        }
        return k.toString();
    }

    private long floodsFrom(ProtectedArea p) {
        long t = p.breachAtMs() == null ? Long.MAX_VALUE : p.breachAtMs();
        List<StagePoint> h = params.hydrograph();
        if (h.get(0).stageM() > p.crestStageM()) {
            return 0;
        }
        for (int i = 1; i < h.size(); i++) {
            StagePoint a = h.get(i - 1);
            StagePoint b = h.get(i);
            if (b.stageM() > p.crestStageM()) {
                double f = (p.crestStageM() - a.stageM()) / (b.stageM() - a.stageM());
                long over = a.tMs() + (long) Math.ceil(f * (b.tMs() - a.tMs()));
                return Math.min(t, over);
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "FloodModel[" + id() + "]";
    }
}
