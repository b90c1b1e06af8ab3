package org.drillsim.hazards.fire;

import org.drillsim.routing.LocalProjection;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * A square grid in local metres with a fuel class per cell (0 = no fuel, k = {@code classes.get(k − 1)}),
 * rasterised from fuel polygons by cell centre. Also turns sets of cells back into polygons (row strips, unioned).
 */
final class FuelGrid {

    /** Upper bound on cells, to keep memory and time bounded (≈ 4 M cells, tens of MB). */
    static final int MAX_CELLS = 4_000_000;
    private static final GeometryFactory GF = new GeometryFactory();

    final LocalProjection projection;
    final double cell;
    final double x0;
    final double y0;
    final int nx;
    final int ny;
    final byte[] fuel;
    /** The distinct fuel classes (model and canopy), in order of first appearance. */
    final List<FuelArea.FuelClass> classes = new ArrayList<>();

    FuelGrid(LocalProjection projection, double cell, double radiusM, List<FuelArea> fuels, String where) {
        this.projection = projection;
        this.cell = cell;
        List<Geometry> fuelM = new ArrayList<>();
        Envelope fuelEnv = new Envelope();
        for (FuelArea f : fuels) {
            Geometry m = projection.toMetres(f.polygonLonLat());
            m = m.isValid() ? m : m.buffer(0);
            fuelM.add(m);
            fuelEnv.expandToInclude(m.getEnvelopeInternal());
        }
        Envelope box = new Envelope(-radiusM, radiusM, -radiusM, radiusM).intersection(fuelEnv);
        box.expandToInclude(0, 0);
        this.x0 = Math.floor(box.getMinX() / cell) * cell - cell;
        this.y0 = Math.floor(box.getMinY() / cell) * cell - cell;
        this.nx = (int) Math.ceil((box.getMaxX() - x0) / cell) + 1;
        this.ny = (int) Math.ceil((box.getMaxY() - y0) / cell) + 1;
        if ((long) nx * ny > MAX_CELLS) {
            throw new IllegalArgumentException(where + ": the fire grid would have " + (long) nx * ny
                    + " cells (more than " + MAX_CELLS + "): increase cellSizeM or reduce maxRadiusKm");
        }
        this.fuel = new byte[nx * ny];
        for (int k = 0; k < fuels.size(); k++) {
            FuelArea.FuelClass fc = fuels.get(k).fuelClass();
            int c = classes.indexOf(fc);
            if (c < 0) {
                if (classes.size() >= Byte.MAX_VALUE) {
                    throw new IllegalArgumentException(where + ": more than " + Byte.MAX_VALUE
                            + " distinct fuel model and canopy combinations");
                }
                classes.add(fc);
                c = classes.size() - 1;
            }
            rasterise(fuelM.get(k), (byte) (c + 1), fuel);
        }
    }

    /** Sets {@code value} in every cell whose centre lies in {@code areaM}. */
    void rasterise(Geometry areaM, byte value, byte[] target) {
        forCellsIn(areaM, idx -> target[idx] = value);
    }

    /** The cells whose centres lie in a lon/lat area. */
    BitSet cellsIn(Geometry areaLonLat) {
        Geometry m = projection.toMetres(areaLonLat);
        BitSet bits = new BitSet(nx * ny);
        forCellsIn(m.isValid() ? m : m.buffer(0), bits::set);
        return bits;
    }

    private void forCellsIn(Geometry areaM, java.util.function.IntConsumer action) {
        Envelope e = areaM.getEnvelopeInternal();
        int i0 = Math.max(0, (int) Math.floor((e.getMinX() - x0) / cell));
        int i1 = Math.min(nx - 1, (int) Math.floor((e.getMaxX() - x0) / cell));
        int j0 = Math.max(0, (int) Math.floor((e.getMinY() - y0) / cell));
        int j1 = Math.min(ny - 1, (int) Math.floor((e.getMaxY() - y0) / cell));
        if (i0 > i1 || j0 > j1) {
            return;
        }
        IndexedPointInAreaLocator loc = new IndexedPointInAreaLocator(areaM);
        Coordinate c = new Coordinate();
        for (int j = j0; j <= j1; j++) {
            c.y = y0 + (j + 0.5) * cell;
            for (int i = i0; i <= i1; i++) {
                c.x = x0 + (i + 0.5) * cell;
                if (loc.locate(c) != Location.EXTERIOR) {
                    action.accept(j * nx + i);
                }
            }
        }
    }

    int index(double xM, double yM) {
        int i = (int) Math.floor((xM - x0) / cell);
        int j = (int) Math.floor((yM - y0) / cell);
        return i < 0 || j < 0 || i >= nx || j >= ny ? -1 : j * nx + i;
    }

    int indexOfLonLat(double lon, double lat) {
        return index(projection.x(lon), projection.y(lat));
    }

    boolean onBorder(int idx) {
        int i = idx % nx;
        int j = idx / nx;
        return i == 0 || j == 0 || i == nx - 1 || j == ny - 1;
    }

    /** The union of the selected cells as a polygon in local metres (empty geometry when none). */
    Geometry polygonMetres(BitSet cells) {
        List<Geometry> strips = new ArrayList<>();
        for (int j = 0; j < ny; j++) {
            int i = 0;
            while (i < nx) {
                if (!cells.get(j * nx + i)) {
                    i++;
                    continue;
                }
                int start = i;
                while (i < nx && cells.get(j * nx + i)) {
                    i++;
                }
                strips.add(rectangle(x0 + start * cell, y0 + j * cell, x0 + i * cell, y0 + (j + 1) * cell));
            }
        }
        if (strips.isEmpty()) {
            return GF.createPolygon();
        }
        return UnaryUnionOp.union(strips);
    }

    private static Polygon rectangle(double minX, double minY, double maxX, double maxY) {
        return GF.createPolygon(new Coordinate[] {new Coordinate(minX, minY), new Coordinate(maxX, minY),
                new Coordinate(maxX, maxY), new Coordinate(minX, maxY), new Coordinate(minX, minY)});
    }
}
