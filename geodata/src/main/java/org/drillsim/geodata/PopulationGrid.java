package org.drillsim.geodata;

import org.drillsim.routing.LocalProjection;
import org.drillsim.format.model.BBox;
import org.drillsim.format.model.PopulationMethod;
import org.drillsim.format.model.PopulationModel;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Residents on a square grid over the area of interest, scaled to the scenario's stated total.
 *
 * <p>Method {@code osm-buildings}: a cell's weight is the larger of (a) the floor area of its
 * residential buildings (footprint × {@code building:levels}; types apartments, residential, house,
 * detached, semidetached_house, terrace, dormitory, bungalow, plus {@code building=yes} whose centroid
 * lies in residential land use; untagged levels default to {@value #DEFAULT_LEVELS_FLATS} for flats —
 * ASSUMPTION: Harbin's typical walk-up blocks — and {@value #DEFAULT_LEVELS_HOUSE} for houses) and
 * (b) its residential land-use area × a floor-area ratio of {@value #LANDUSE_FLOOR_AREA_RATIO}
 * (ASSUMPTION, covers residential land where OSM lacks buildings). Taking the larger avoids counting the
 * same homes twice. Method {@code osm-landuse}: (b) only. Method {@code uniform}: equal weight for every
 * cell holding a road node (synthetic maps). People are whole numbers, allocated by largest remainder,
 * so the grid's total equals the stated total exactly.
 */
public final class PopulationGrid {
    static final double DEFAULT_LEVELS_FLATS = 6;
    static final double DEFAULT_LEVELS_HOUSE = 2;
    static final double LANDUSE_FLOOR_AREA_RATIO = 1.0;
    private static final Set<String> RESIDENTIAL_TYPES = Set.of("apartments", "residential", "house", "detached",
            "semidetached_house", "terrace", "dormitory", "bungalow");
    private static final Set<String> HOUSE_TYPES = Set.of("house", "detached", "semidetached_house", "bungalow");
    private static final GeometryFactory GF = new GeometryFactory();

    /** A populated cell. */
    public record Cell(int index, int col, int row, double lat, double lon, long people) {
    }

    private final LocalProjection proj;
    private final double cellM;
    private final int cols;
    private final int rows;
    private final double minX;
    private final double minY;
    private final long[] people;
    private final String source;
    private final PopulationMethod method;

    private PopulationGrid(LocalProjection proj, double cellM, int cols, int rows, double minX, double minY,
                           long[] people, String source, PopulationMethod method) {
        this.proj = proj;
        this.cellM = cellM;
        this.cols = cols;
        this.rows = rows;
        this.minX = minX;
        this.minY = minY;
        this.people = people;
        this.source = source;
        this.method = method;
    }

    /** The grid from OSM land use and buildings ({@code osm-buildings} or {@code osm-landuse}). */
    public static PopulationGrid fromOsm(PopulationModel spec, BBox aoi, OsmLayers layers) {
        if (spec.method() == PopulationMethod.UNIFORM) {
            throw new IllegalArgumentException("population method uniform needs road nodes; use uniform(...)");
        }
        Frame f = new Frame(aoi, spec.gridCellM());
        double[] landuse = new double[f.cols * f.rows];
        double[] floor = new double[f.cols * f.rows];
        STRtree residentialIndex = new STRtree();
        for (OsmArea a : layers.residential()) {
            Geometry m = f.proj.toMetres(a.polygon());
            addCoverage(f, m, landuse);
            residentialIndex.insert(a.polygon().getEnvelopeInternal(), PreparedGeometryFactory.prepare(a.polygon()));
        }
        if (spec.method() == PopulationMethod.OSM_BUILDINGS) {
            for (OsmBuilding b : layers.buildings()) {
                int cell = f.cellOf(b.lat(), b.lon());
                if (cell < 0) {
                    continue;
                }
                boolean residential = RESIDENTIAL_TYPES.contains(b.type())
                        || ("yes".equals(b.type()) && inAny(residentialIndex, b.lon(), b.lat()));
                if (!residential) {
                    continue;
                }
                double levels = b.levels() > 0 ? b.levels()
                        : HOUSE_TYPES.contains(b.type()) ? DEFAULT_LEVELS_HOUSE : DEFAULT_LEVELS_FLATS;
                floor[cell] += b.footprintM2() * levels;
            }
        }
        double[] weight = new double[landuse.length];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = Math.max(floor[i], landuse[i] * LANDUSE_FLOOR_AREA_RATIO);
        }
        return f.grid(weight, spec, layers.source());
    }

    /** Equal people in every cell holding at least one of the given points (road nodes). */
    public static PopulationGrid uniform(PopulationModel spec, BBox aoi, double[] lats, double[] lons) {
        return uniform(spec, aoi, lats, lons, List.of());
    }

    /**
     * Equal people in every cell holding at least one of the given points (road nodes), except cells whose centre
     * lies in one of {@code uninhabitedLonLat} (e.g. a river: its bridges are road nodes, but nobody lives there).
     */
    public static PopulationGrid uniform(PopulationModel spec, BBox aoi, double[] lats, double[] lons,
                                         List<? extends Geometry> uninhabitedLonLat) {
        Frame f = new Frame(aoi, spec.gridCellM());
        double[] weight = new double[f.cols * f.rows];
        for (int i = 0; i < lats.length; i++) {
            int cell = f.cellOf(lats[i], lons[i]);
            if (cell >= 0) {
                weight[cell] = 1;
            }
        }
        if (!uninhabitedLonLat.isEmpty()) {
            STRtree index = new STRtree();
            for (Geometry g : uninhabitedLonLat) {
                index.insert(g.getEnvelopeInternal(), PreparedGeometryFactory.prepare(g));
            }
            for (int cell = 0; cell < weight.length; cell++) {
                int c = cell % f.cols;
                int r = cell / f.cols;
                double lon = f.proj.lon(f.minX + (c + 0.5) * f.cellM);
                double lat = f.proj.lat(f.minY + (r + 0.5) * f.cellM);
                if (weight[cell] > 0 && inAny(index, lon, lat)) {
                    weight[cell] = 0;
                }
            }
        }
        return f.grid(weight, spec, "uniform over road cells");
    }

    private static boolean inAny(STRtree index, double lon, double lat) {
        var pt = GF.createPoint(new Coordinate(lon, lat));
        for (Object o : index.query(new Envelope(lon, lon, lat, lat))) {
            if (((PreparedGeometry) o).contains(pt)) {
                return true;
            }
        }
        return false;
    }

    /** Adds the area (m²) of a metre-geometry falling in each cell. */
    private static void addCoverage(Frame f, Geometry m, double[] acc) {
        Envelope e = m.getEnvelopeInternal();
        int c0 = Math.max(0, (int) Math.floor((e.getMinX() - f.minX) / f.cellM));
        int c1 = Math.min(f.cols - 1, (int) Math.floor((e.getMaxX() - f.minX) / f.cellM));
        int r0 = Math.max(0, (int) Math.floor((e.getMinY() - f.minY) / f.cellM));
        int r1 = Math.min(f.rows - 1, (int) Math.floor((e.getMaxY() - f.minY) / f.cellM));
        if (c0 > c1 || r0 > r1) {
            return;
        }
        PreparedGeometry pm = PreparedGeometryFactory.prepare(m);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Polygon box = f.boxMetres(c, r);
                if (pm.containsProperly(box)) {
                    acc[r * f.cols + c] += f.cellM * f.cellM;
                } else if (pm.intersects(box)) {
                    acc[r * f.cols + c] += m.intersection(box).getArea();
                }
            }
        }
    }

    /** The grid's geometry: origin, cell size, extent. */
    private static final class Frame {
        final LocalProjection proj;
        final double cellM;
        final double minX;
        final double minY;
        final int cols;
        final int rows;

        Frame(BBox aoi, double cellM) {
            this.proj = new LocalProjection((aoi.minLon() + aoi.maxLon()) / 2, (aoi.minLat() + aoi.maxLat()) / 2);
            this.cellM = cellM;
            this.minX = proj.x(aoi.minLon());
            this.minY = proj.y(aoi.minLat());
            this.cols = Math.max(1, (int) Math.ceil((proj.x(aoi.maxLon()) - minX) / cellM));
            this.rows = Math.max(1, (int) Math.ceil((proj.y(aoi.maxLat()) - minY) / cellM));
        }

        int cellOf(double lat, double lon) {
            int c = (int) Math.floor((proj.x(lon) - minX) / cellM);
            int r = (int) Math.floor((proj.y(lat) - minY) / cellM);
            return c < 0 || r < 0 || c >= cols || r >= rows ? -1 : r * cols + c;
        }

        Polygon boxMetres(int c, int r) {
            return square(minX + c * cellM, minY + r * cellM, cellM);
        }

        PopulationGrid grid(double[] weight, PopulationModel spec, String what) {
            double sum = Arrays.stream(weight).sum();
            if (sum <= 0) {
                throw new IllegalArgumentException("population: no " + (spec.method() == PopulationMethod.UNIFORM
                        ? "road nodes" : "residential land use or buildings") + " inside the area of interest (" + what
                        + "); expected some to spread " + spec.totalPeople() + " people over");
            }
            return new PopulationGrid(proj, cellM, cols, rows, minX, minY,
                    largestRemainder(weight, sum, spec.totalPeople()), spec.source(), spec.method());
        }
    }

    /** Whole people per cell proportional to weight, summing exactly to {@code total}; ties to the lower index. */
    static long[] largestRemainder(double[] weight, double sum, long total) {
        long[] out = new long[weight.length];
        double[] rem = new double[weight.length];
        long assigned = 0;
        for (int i = 0; i < weight.length; i++) {
            double exact = total * (weight[i] / sum);
            out[i] = (long) Math.floor(exact);
            rem[i] = exact - out[i];
            assigned += out[i];
        }
        Integer[] order = new Integer[weight.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> rem[a] != rem[b] ? Double.compare(rem[b], rem[a]) : Integer.compare(a, b));
        for (int k = 0; assigned < total; k++) {
            out[order[k % order.length]]++;
            assigned++;
        }
        return out;
    }

    /** Total residents (equals the scenario's stated total). */
    public long total() {
        return Arrays.stream(people).sum();
    }

    /** Cell side, m. */
    public double cellM() {
        return cellM;
    }

    /** Columns (west → east). */
    public int cols() {
        return cols;
    }

    /** Rows (south → north). */
    public int rows() {
        return rows;
    }

    /** The stated source of the total. */
    public String source() {
        return source;
    }

    /** The method that spread the people. */
    public PopulationMethod method() {
        return method;
    }

    /** Residents of cell (col, row). */
    public long people(int col, int row) {
        return people[row * cols + col];
    }

    /** Residents of the cell containing the point, 0 outside the grid. */
    public long peopleAt(double lat, double lon) {
        int c = (int) Math.floor((proj.x(lon) - minX) / cellM);
        int r = (int) Math.floor((proj.y(lat) - minY) / cellM);
        return c < 0 || r < 0 || c >= cols || r >= rows ? 0 : people[r * cols + c];
    }

    /** Centre latitude of a cell. */
    public double centerLat(int row) {
        return proj.lat(minY + (row + 0.5) * cellM);
    }

    /** Centre longitude of a cell. */
    public double centerLon(int col) {
        return proj.lon(minX + (col + 0.5) * cellM);
    }

    /** The cell outline in lon/lat. */
    public Polygon cellPolygon(int col, int row) {
        return (Polygon) proj.toLonLat(square(minX + col * cellM, minY + row * cellM, cellM));
    }

    private static Polygon square(double x0, double y0, double side) {
        return GF.createPolygon(new Coordinate[]{new Coordinate(x0, y0), new Coordinate(x0 + side, y0),
                new Coordinate(x0 + side, y0 + side), new Coordinate(x0, y0 + side), new Coordinate(x0, y0)});
    }

    /** The cells with residents, in index order (south-west first, row by row). */
    public List<Cell> populatedCells() {
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                long p = people[r * cols + c];
                if (p > 0) {
                    out.add(new Cell(r * cols + c, c, r, centerLat(r), centerLon(c), p));
                }
            }
        }
        return out;
    }

    /** Residents of the cells whose centre lies in the lon/lat geometry. */
    public long peopleIn(Geometry lonLat) {
        PreparedGeometry pg = PreparedGeometryFactory.prepare(lonLat);
        long sum = 0;
        for (Cell cell : populatedCells()) {
            if (pg.contains(GF.createPoint(new Coordinate(cell.lon(), cell.lat())))) {
                sum += cell.people();
            }
        }
        return sum;
    }
}
