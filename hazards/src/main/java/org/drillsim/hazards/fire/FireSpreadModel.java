package org.drillsim.hazards.fire;

import org.drillsim.hazards.HazardFootprint;
import org.drillsim.routing.LocalProjection;
import org.drillsim.hazards.Check;
import org.drillsim.hazards.HazardEffects;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;
import org.drillsim.hazards.FootprintCache;
import org.drillsim.hazards.Hazard;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Wildland fire spread on a square grid over the fuel polygons (cellular minimum-travel-time model).
 *
 * <p>Each cell carries a fuel model (0 = no fuel: built-up land, water, roads wider than a cell, bare
 * ground — nothing spreads there). The surface rate of spread comes from {@link Rothermel} for the
 * cell's fuel with the wind of the period in force (midflame wind from the 10-m wind, per fuel model and
 * canopy: {@link WindAdjustment})
 * and the uniform slope; the rate in any direction follows the fire ellipse with the ignition at the rear
 * focus, R(θ) = R_head(1 − e)/(1 − e cos θ), e from Anderson's (1983) length-to-breadth ratio. Arrival
 * times are found by Dijkstra's algorithm from the ignition cell over a 16-neighbour stencil (the 8
 * neighbours and the 8 knight moves, which keeps the shape error of a grid small): the time to go from
 * cell a to cell b over distance L in direction θ is L/2 / R_a(θ) + L/2 / R_b(θ), evaluated with the wind
 * and suppression in force when the fire leaves a. A diagonal or knight move needs burnable, unheld
 * cells under its path, so fire cannot jump a one-cell fuel break or control line.
 *
 * <p>Suppression ({@link Suppression}) multiplies the rate of spread into the cells of its area during its
 * time window; a factor of 0 holds the line. The model is pure: {@link #withSuppression(Suppression)}
 * returns a new model with the effort added and recomputed (about 10⁵–10⁶ cell relaxations, well
 * under a second on the default grid).
 *
 * <p>Footprint levels: {@code front} — cells ignited within the last {@code burnoutMinutes}, intensity
 * = the highest Byram fireline intensity among them (H_A × rate of spread into the cell); {@code burned}
 * — all cells ignited so far; {@code evacuation} — the front buffered by {@code evacuationBufferM}.
 * Status: ACTIVE while cells ignite; CONTAINED from the last ignition on (if the fire did not reach the
 * edge of the grid, where it is assumed to run on); EXTINGUISHED {@code burnoutMinutes} after the last
 * ignition.
 *
 * <p>Limits: surface fire only (no crown fire, no spotting); uniform slope and moisture; wind constant
 * over a period and over the whole area; weather changes while a cell is crossed take effect at the
 * next cell; staircase polygons at the cell size. The simulation runs at most {@value #MAX_DAYS} days
 * after ignition.
 */
public final class FireSpreadModel implements Hazard {

    /** The fire is simulated this many days after ignition at most. */
    public static final int MAX_DAYS = 7;

    private static final int[][] STENCIL = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}, {1, 1}, {1, -1}, {-1, 1}, {-1, -1},
            {1, 2}, {2, 1}, {-1, 2}, {-2, 1}, {1, -2}, {2, -1}, {-1, -2}, {-2, -1}};

    private final FireParams params;
    private final FuelGrid grid;
    private final SpreadResult[][] spread; // [wind period][fuel class in the grid, 0 = none]
    private final List<BitSet> suppressionCells;
    private final double[] arrivalMs;       // +inf = never
    private final float[] intensityKWm;
    private final int ignitionCell;
    private final long lastIgnitionMs;
    private final boolean reachedGridEdge;
    private final FootprintCache cache = new FootprintCache();

    /**
     * @throws IllegalArgumentException when there is no fuel at the ignition point or the grid is too large
     */
    public FireSpreadModel(FireParams params) {
        this(params, new FuelGrid(new LocalProjection(params.ignitionLon(), params.ignitionLat()), params.cellSizeM(),
                params.maxRadiusKm() * 1000.0, params.fuels(), "fire " + params.id()), null);
    }

    private FireSpreadModel(FireParams params, FuelGrid grid, SpreadResult[][] spreadTable) {
        this.params = params;
        this.grid = grid;
        this.spread = spreadTable != null ? spreadTable : spreadTable(params, grid);
        this.suppressionCells = new ArrayList<>();
        for (Suppression s : params.suppression()) {
            suppressionCells.add(grid.cellsIn(s.areaLonLat()));
        }
        this.ignitionCell = grid.indexOfLonLat(params.ignitionLon(), params.ignitionLat());
        if (ignitionCell < 0 || grid.fuel[ignitionCell] == 0) {
            throw new IllegalArgumentException("fire " + params.id() + ".ignition: no fuel at the ignition point ("
                    + params.ignitionLon() + ", " + params.ignitionLat() + "); it must lie inside a fuel area");
        }
        this.arrivalMs = new double[grid.nx * grid.ny];
        this.intensityKWm = new float[grid.nx * grid.ny];
        Arrays.fill(arrivalMs, Double.POSITIVE_INFINITY);
        this.lastIgnitionMs = propagate();
        boolean edge = false;
        for (int i = 0; i < arrivalMs.length && !edge; i++) {
            edge = arrivalMs[i] < Double.POSITIVE_INFINITY && grid.onBorder(i) && grid.fuel[i] != 0;
        }
        this.reachedGridEdge = edge;
    }

    /** A new model with one more suppression effort (the fuel grid is shared, the spread recomputed). */
    public FireSpreadModel withSuppression(Suppression s) {
        return new FireSpreadModel(params.withSuppression(s), grid, spread);
    }

    /** A new model with new wind from {@code w.fromMs()} on; see {@link FireParams#withWindFrom(FireWind)}. */
    public FireSpreadModel withWindFrom(FireWind w) {
        return new FireSpreadModel(params.withWindFrom(w), grid, null);
    }

    public FireParams params() {
        return params;
    }

    @Override
    public String id() {
        return params.id();
    }

    @Override
    public HazardKind kind() {
        return HazardKind.FIRE;
    }

    /**
     * Fire behaviour of fuel model {@code fuelModel} (in the first fuel area that has it, with that area's canopy)
     * under the wind in force at t (no suppression).
     *
     * @throws IllegalArgumentException when no fuel area on the grid has that model
     */
    public SpreadResult spreadAt(int fuelModel, long tMs) {
        for (int k = 0; k < grid.classes.size(); k++) {
            if (grid.classes.get(k).fuelModel() == fuelModel) {
                return spread[windIndex(tMs)][k + 1];
            }
        }
        throw new IllegalArgumentException("fire " + id() + ": no fuel area with fuel model " + fuelModel);
    }

    /** When the fire reaches (lon, lat), ms from scenario start; Long.MAX_VALUE when it never does. */
    public long arrivalTimeMs(double lon, double lat) {
        int idx = grid.indexOfLonLat(lon, lat);
        if (idx < 0 || arrivalMs[idx] == Double.POSITIVE_INFINITY) {
            return Long.MAX_VALUE;
        }
        return (long) Math.ceil(arrivalMs[idx]);
    }

    /** Burned area at t, m². */
    public double burnedAreaM2At(long tMs) {
        long n = 0;
        for (double a : arrivalMs) {
            if (a <= tMs) {
                n++;
            }
        }
        return n * params.cellSizeM() * params.cellSizeM();
    }

    /** Time of the last cell ignition (no spread afterwards), or Long.MAX_VALUE while the fire is still running
     *  at the grid edge or the simulation limit. */
    public long containedAtMs() {
        return reachedGridEdge || lastIgnitionMs >= horizonMs() ? Long.MAX_VALUE : lastIgnitionMs;
    }

    /** When nothing burns any more, or Long.MAX_VALUE. */
    public long extinguishedAtMs() {
        long c = containedAtMs();
        return c == Long.MAX_VALUE ? c : c + Math.round(params.burnoutMinutes() * 60_000.0);
    }

    /** True when the fire ran to the edge of the grid (it would spread further than {@code maxRadiusKm}). */
    public boolean reachedGridEdge() {
        return reachedGridEdge;
    }

    /** The fire's state at t. */
    public FireStatus statusAt(long tMs) {
        if (tMs < params.ignitionMs()) {
            return FireStatus.NOT_IGNITED;
        }
        if (tMs >= extinguishedAtMs()) {
            return FireStatus.EXTINGUISHED;
        }
        if (tMs >= containedAtMs()) {
            return FireStatus.CONTAINED;
        }
        return FireStatus.ACTIVE;
    }

    @Override
    public HazardFootprint footprintAt(long tMs) {
        Check.time("t", tMs);
        return cache.get(tMs, this::compute);
    }

    private HazardFootprint compute(long tMs) {
        if (tMs < params.ignitionMs()) {
            return HazardFootprint.empty(id(), kind(), tMs);
        }
        double burnoutMs = params.burnoutMinutes() * 60_000.0;
        BitSet burned = new BitSet(arrivalMs.length);
        BitSet front = new BitSet(arrivalMs.length);
        double maxIntensity = 0;
        for (int i = 0; i < arrivalMs.length; i++) {
            double a = arrivalMs[i];
            if (a <= tMs) {
                burned.set(i);
                if (tMs - a < burnoutMs) {
                    front.set(i);
                    maxIntensity = Math.max(maxIntensity, intensityKWm[i]);
                }
            }
        }
        List<HazardZone> zones = new ArrayList<>();
        Geometry frontM = front.isEmpty() ? null : grid.polygonMetres(front);
        if (frontM != null && params.evacuationBufferM() > 0) {
            Geometry evac = frontM.buffer(params.evacuationBufferM(), 4, BufferParameters.CAP_ROUND);
            zones.add(new HazardZone(HazardKind.FIRE, HazardEffects.FIRE_EVACUATION, 0, "kW/m",
                    grid.projection.toLonLat(evac)));
        }
        if (!burned.isEmpty()) {
            zones.add(new HazardZone(HazardKind.FIRE, HazardEffects.FIRE_BURNED, 0, "kW/m",
                    grid.projection.toLonLat(grid.polygonMetres(burned))));
        }
        if (frontM != null) {
            zones.add(new HazardZone(HazardKind.FIRE, HazardEffects.FIRE_FRONT, maxIntensity, "kW/m",
                    grid.projection.toLonLat(frontM)));
        }
        return new HazardFootprint(id(), kind(), tMs, zones);
    }

    private long horizonMs() {
        return params.ignitionMs() + MAX_DAYS * 86_400_000L;
    }

    private int windIndex(long tMs) {
        List<FireWind> ws = params.wind();
        int k = 0;
        for (int i = 0; i < ws.size(); i++) {
            if (ws.get(i).fromMs() <= tMs) {
                k = i;
            }
        }
        return k;
    }

    private static SpreadResult[][] spreadTable(FireParams p, FuelGrid grid) {
        SpreadResult[][] t = new SpreadResult[p.wind().size()][grid.classes.size() + 1];
        for (int w = 0; w < p.wind().size(); w++) {
            FireWind wind = p.wind().get(w);
            double to = (wind.windFromDeg() + 180) % 360;
            t[w][0] = SpreadResult.NONE;
            for (int k = 0; k < grid.classes.size(); k++) {
                FuelArea.FuelClass fc = grid.classes.get(k);
                double midflame = p.midflameWind(wind.speed10mMs(), fc);
                t[w][k + 1] = Rothermel.spread(FuelModels.get(fc.fuelModel()), p.moisture(), midflame, to,
                        p.slopePercent(), p.upslopeDeg(), p.windLimit());
            }
        }
        return t;
    }

    /** Suppression factor on spread into cell {@code idx} at time t (1 = none, 0 = held). */
    private double suppressionFactor(int idx, double tMs) {
        double f = 1;
        List<Suppression> ss = params.suppression();
        for (int k = 0; k < ss.size(); k++) {
            Suppression s = ss.get(k);
            if (tMs >= s.fromMs() && tMs < s.toMs() && suppressionCells.get(k).get(idx)) {
                f = Math.min(f, s.rosFactor());
            }
        }
        return f;
    }

    private boolean passable(int i, int j, double tMs) {
        if (i < 0 || j < 0 || i >= grid.nx || j >= grid.ny) {
            return false;
        }
        int idx = j * grid.nx + i;
        return grid.fuel[idx] != 0 && suppressionFactor(idx, tMs) > 0;
    }

    /** Dijkstra over the grid; returns the time of the last ignition. */
    private long propagate() {
        int n = arrivalMs.length;
        MinHeap heap = new MinHeap(n);
        boolean[] done = new boolean[n];
        double horizon = horizonMs();
        double cell = params.cellSizeM();
        arrivalMs[ignitionCell] = params.ignitionMs();
        heap.push(ignitionCell, params.ignitionMs());
        double last = params.ignitionMs();
        double[] stepLen = new double[STENCIL.length];
        double[] stepDir = new double[STENCIL.length];
        for (int k = 0; k < STENCIL.length; k++) {
            stepLen[k] = cell * Math.hypot(STENCIL[k][0], STENCIL[k][1]);
            stepDir[k] = (Math.toDegrees(Math.atan2(STENCIL[k][0], STENCIL[k][1])) + 360) % 360;
        }
        while (!heap.isEmpty()) {
            int a = heap.pop();
            if (done[a]) {
                continue;
            }
            done[a] = true;
            double ta = arrivalMs[a];
            last = Math.max(last, ta);
            int ai = a % grid.nx;
            int aj = a / grid.nx;
            SpreadResult[] table = spread[windIndex((long) ta)];
            double fa = suppressionFactor(a, ta);
            SpreadResult sa = table[grid.fuel[a]];
            for (int k = 0; k < STENCIL.length; k++) {
                int dx = STENCIL[k][0];
                int dy = STENCIL[k][1];
                int bi = ai + dx;
                int bj = aj + dy;
                if (bi < 0 || bj < 0 || bi >= grid.nx || bj >= grid.ny) {
                    continue;
                }
                int b = bj * grid.nx + bi;
                if (done[b] || grid.fuel[b] == 0 || !pathClear(ai, aj, dx, dy, ta)) {
                    continue;
                }
                double fb = suppressionFactor(b, ta);
                double ra = sa.rosInDirection(stepDir[k]) * fa;
                SpreadResult sb = table[grid.fuel[b]];
                double rb = sb.rosInDirection(stepDir[k]) * fb;
                if (ra <= 0 || rb <= 0) {
                    continue;
                }
                double tb = ta + 1000.0 * (stepLen[k] / 2 / ra + stepLen[k] / 2 / rb);
                if (tb < arrivalMs[b] && tb <= horizon) {
                    arrivalMs[b] = tb;
                    intensityKWm[b] = (float) sb.intensityAt(rb);
                    heap.push(b, tb);
                }
            }
        }
        return (long) Math.ceil(last);
    }

    /** Cells a diagonal or knight move passes over must carry fire (no jumping fuel breaks or lines). */
    private boolean pathClear(int ai, int aj, int dx, int dy, double t) {
        if (Math.abs(dx) + Math.abs(dy) == 1) {
            return true;
        }
        if (Math.abs(dx) == 1 && Math.abs(dy) == 1) {
            return passable(ai + dx, aj, t) || passable(ai, aj + dy, t);
        }
        // Knight move: the two cells the segment crosses.
        if (Math.abs(dx) == 2) {
            int sx = Integer.signum(dx);
            return passable(ai + sx, aj, t) && passable(ai + sx, aj + dy, t);
        }
        int sy = Integer.signum(dy);
        return passable(ai, aj + sy, t) && passable(ai + dx, aj + sy, t);
    }

    /** A binary min-heap of (cell, time) with lazy deletion. */
    private static final class MinHeap {
        private int[] cells;
        private double[] keys;
        private int size;

        MinHeap(int capacity) {
            cells = new int[Math.max(16, capacity)];
            keys = new double[cells.length];
        }

        boolean isEmpty() {
            return size == 0;
        }

        void push(int cell, double key) {
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, size * 2);
                keys = Arrays.copyOf(keys, size * 2);
            }
            int i = size++;
            while (i > 0) {
                int p = (i - 1) >>> 1;
                if (keys[p] <= key) {
                    break;
                }
                cells[i] = cells[p];
                keys[i] = keys[p];
                i = p;
            }
            cells[i] = cell;
            keys[i] = key;
        }

        int pop() {
            int top = cells[0];
            int lastCell = cells[--size];
            double lastKey = keys[size];
            int i = 0;
            while (true) {
                int l = 2 * i + 1;
                if (l >= size) {
                    break;
                }
                int c = l + 1 < size && keys[l + 1] < keys[l] ? l + 1 : l;
                if (keys[c] >= lastKey) {
                    break;
                }
                cells[i] = cells[c];
                keys[i] = keys[c];
                i = c;
            }
            cells[i] = lastCell;
            keys[i] = lastKey;
            return top;
        }
    }
}
