package org.drillsim.hazards.flood;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.routing.LocalProjection;
import org.drillsim.hazards.Check;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.FootprintCache;
import org.drillsim.hazards.Hazard;

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
            }
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
        for (int i = 0; i < protectedFloodsFromMs.length; i++) {
            if (tMs < protectedFloodsFromMs[i] && geo.protectedLocators.get(i).locate(p) != Location.EXTERIOR) {
                return 0;
            }
        }
        double d = geo.inWater.locate(p) != Location.EXTERIOR ? 0 : geo.waterDistance.distance(GF.createPoint(p));
        return params.depthAt(stageAt(tMs), d);
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
        return new HazardFootprint(id(), kind(), tMs, zones);
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
