package org.drillsim.routing;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic city for tests, scaling benchmarks and as the fallback map: a street grid
 * (200 m blocks) with arterials, a river running east–west crossed by a few bridges, and named
 * districts (south bank 道里区, 南岗区 …; north bank 松北区 …). Same seed and size give the same network.
 * Placed near Harbin (45.70 N, 126.55 E) so it looks familiar on a map; it is not real data.
 */
public final class SyntheticCity {
    /** The {@link RoadNetwork#source()} of generated networks. */
    public static final String SOURCE = "DrillSim 合成城市 / synthetic city (generated, not real data)";

    private static final double LAT0 = 45.70;
    private static final double LON0 = 126.55;
    private static final double BLOCK_M = 200;
    private static final double RIVER_M = 600;
    private static final String[] SOUTH = {"道里区", "南岗区", "道外区", "香坊区", "平房区", "阿城区"};
    private static final String[] NORTH = {"松北区", "呼兰区"};
    private static final String[] BRIDGES = {"松花江公路大桥", "阳明滩大桥", "松浦大桥", "四方台大桥", "文化大桥", "滨江大桥"};

    private SyntheticCity() {
    }

    /**
     * Generates a city of about {@code approxNodes} intersections (at least 16).
     *
     * @param seed        random seed (coordinates jitter, removed side streets, bridge placement)
     * @param approxNodes target node count; the result keeps the largest strongly connected component
     */
    public static RoadNetwork generate(long seed, int approxNodes) {
        if (approxNodes < 16) throw new IllegalArgumentException("synthetic city needs at least 16 nodes, asked for " + approxNodes);
        SplittableRandom rnd = new SplittableRandom(seed);
        int cols = (int) Math.ceil(Math.sqrt(approxNodes));
        int rows = (int) Math.ceil(approxNodes / (double) cols);
        int riverRow = Math.max(1, (int) (rows * 0.6) - 1); // the river runs between riverRow and riverRow + 1
        double dLat = BLOCK_M / Geo.metresPerDegreeLat();
        double dLon = BLOCK_M / Geo.metresPerDegreeLon(LAT0);
        double riverLat = RIVER_M / Geo.metresPerDegreeLat();

        RoadNetwork.Builder b = RoadNetwork.builder(SOURCE);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double lat = LAT0 + r * dLat + (r > riverRow ? riverLat : 0) + (rnd.nextDouble() - 0.5) * 0.3 * dLat;
                double lon = LON0 + c * dLon + (rnd.nextDouble() - 0.5) * 0.3 * dLon;
                b.addNode(lat, lon);
            }
        }
        int bridgeCount = Math.max(2, Math.min(BRIDGES.length, cols / 12));
        boolean[] bridgeAt = new boolean[cols];
        String[] bridgeName = new String[cols];
        for (int k = 0; k < bridgeCount; k++) {
            int slot = cols / bridgeCount;
            int c = Math.min(cols - 1, k * slot + slot / 2 + (slot > 4 ? rnd.nextInt(slot / 2) - slot / 4 : 0));
            bridgeAt[c] = true;
            bridgeName[c] = BRIDGES[k];
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int u = r * cols + c;
                if (c + 1 < cols) addStreet(b, rnd, u, u + 1, streetClass(r), "第" + (r + 1) + "街", false);
                if (r + 1 < rows) {
                    if (r == riverRow) {
                        if (bridgeAt[c]) addStreet(b, rnd, u, u + cols, RoadClass.PRIMARY, bridgeName[c], true);
                    } else {
                        addStreet(b, rnd, u, u + cols, streetClass(c), "第" + (c + 1) + "路", false);
                    }
                }
            }
        }
        b.districts(districts(rows, cols, riverRow, dLat, dLon, riverLat));
        RoadNetwork grid = b.build();
        return grid.restrictTo(Components.largestStrongComponent(grid));
    }

    private static RoadClass streetClass(int index) {
        if (index % 8 == 0) return RoadClass.PRIMARY;
        if (index % 4 == 0) return RoadClass.SECONDARY;
        return RoadClass.RESIDENTIAL;
    }

    private static void addStreet(RoadNetwork.Builder b, SplittableRandom rnd, int u, int v, RoadClass cls, String name, boolean bridge) {
        // a few side streets are missing, so the grid is not perfectly regular
        if (cls == RoadClass.RESIDENTIAL && rnd.nextDouble() < 0.06) return;
        double kmh = switch (cls) {
            case PRIMARY -> bridge ? 50 : 60;
            case SECONDARY -> 40;
            default -> 30;
        };
        double len = Geo.distanceM(latOf(b, u), lonOf(b, u), latOf(b, v), lonOf(b, v));
        long ms = Math.round(len / (kmh / 3.6) * 1000);
        if (cls == RoadClass.PRIMARY && !bridge) name = name.replace("街", "大街").replace("路", "大道");
        b.addRoad(u, v, len, ms, ms, cls, name, bridge, false, null);
    }

    private static double latOf(RoadNetwork.Builder b, int node) {
        return b.lat(node);
    }

    private static double lonOf(RoadNetwork.Builder b, int node) {
        return b.lon(node);
    }

    private static List<District> districts(int rows, int cols, int riverRow, double dLat, double dLon, double riverLat) {
        List<District> out = new ArrayList<>();
        double south0 = LAT0 - dLat;
        double south1 = LAT0 + riverRow * dLat + (dLat + riverLat) / 2; // middle of the river
        double north1 = LAT0 + (rows - 1) * dLat + riverLat + dLat;
        double west = LON0 - dLon;
        double east = LON0 + cols * dLon;
        int southCols = 3;
        double lonStep = (east - west) / southCols;
        double latMid = (south0 + south1) / 2;
        for (int i = 0; i < southCols; i++) {
            out.add(new District(SOUTH[i], box(west + i * lonStep, latMid, west + (i + 1) * lonStep, south1)));
            out.add(new District(SOUTH[i + 3], box(west + i * lonStep, south0, west + (i + 1) * lonStep, latMid)));
        }
        double lonHalf = (west + east) / 2;
        out.add(new District(NORTH[0], box(west, south1, lonHalf, north1)));
        out.add(new District(NORTH[1], box(lonHalf, south1, east, north1)));
        return out;
    }

    private static Polygon box(double x0, double y0, double x1, double y1) {
        return RoadNetwork.geometryFactory().createPolygon(new Coordinate[]{
                new Coordinate(x0, y0), new Coordinate(x1, y0), new Coordinate(x1, y1), new Coordinate(x0, y1), new Coordinate(x0, y0)});
    }
}
