package org.drillsim.cli;

import org.drillsim.geodata.Districts;
import org.drillsim.geodata.OsmClip;
import org.drillsim.geodata.OsmExtractException;
import org.drillsim.world.DistrictLoader;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code drillsim map clip}: a district's own map cut from a larger OSM extract. */
@Command(name = "map", mixinStandardHelpOptions = true,
        description = "地图工具 / map tools",
        subcommands = {MapCommand.Clip.class})
public final class MapCommand implements Runnable {
    @Override
    public void run() {
        System.err.println("map: 需要子命令 clip / expected a subcommand: clip");
    }

    /** Cuts an extract to a box or a boundary. */
    @Command(name = "clip", mixinStandardHelpOptions = true,
            description = {"从较大的 OSM 文件裁出本区地图（完整保留跨界道路与面）/ cut an OSM extract to a box or boundary (ways crossing the edge kept whole)",
                    "Exit code 0 = written, 2 = bad input (nothing written)."})
    public static final class Clip implements Callable<Integer> {
        @Option(names = "--bbox", paramLabel = "minLon,minLat,maxLon,maxLat", description = "经纬度范围（WGS-84）/ box in WGS-84 degrees")
        String bbox;

        @Option(names = "--boundary", paramLabel = "FILE", description = "区界 GeoJSON（Polygon/MultiPolygon，WGS-84）/ boundary GeoJSON")
        Path boundary;

        @Option(names = "--in", required = true, paramLabel = "FILE", description = "输入 OSM 文件（.osm.pbf/.osm/.osm.gz）/ input OSM file")
        Path in;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出 .osm.pbf / output PBF file")
        Path out;

        private final PrintStream stdout;
        private final PrintStream stderr;

        public Clip() {
            this(System.out, System.err);
        }

        Clip(PrintStream out, PrintStream err) {
            this.stdout = out;
            this.stderr = err;
        }

        @Override
        public Integer call() {
            if ((bbox == null) == (boundary == null)) {
                stderr.println("map clip: 需要 --bbox 或 --boundary 之一 / expected exactly one of --bbox and --boundary");
                return ValidateCommand.EXIT_INVALID;
            }
            Geometry area;
            try {
                area = bbox != null ? box(bbox) : boundaryArea(boundary);
            } catch (IllegalArgumentException e) {
                stderr.println("map clip: " + e.getMessage());
                return ValidateCommand.EXIT_INVALID;
            }
            try {
                OsmClip.Counts c = OsmClip.clip(in, area, out);
                stdout.printf("✓ %s: %,d 节点 nodes, %,d 路 ways, %,d 关系 relations — %s%n", out, c.nodes(), c.ways(),
                        c.relations(), org.drillsim.geodata.OsmLayers.ATTRIBUTION);
                return 0;
            } catch (OsmExtractException e) {
                stderr.println("map clip: " + e.getMessage());
                return ValidateCommand.EXIT_INVALID;
            } catch (IOException | java.io.UncheckedIOException e) {
                stderr.println("map clip: 无法写出 / cannot write " + out + ": " + e.getMessage());
                return ValidateCommand.EXIT_INVALID;
            }
        }

        static Geometry box(String text) {
            String[] p = text.split(",");
            if (p.length != 4) {
                throw new IllegalArgumentException("--bbox: 需要 4 个数 / expected minLon,minLat,maxLon,maxLat, got '" + text + "'");
            }
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                try {
                    v[i] = Double.parseDouble(p[i].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--bbox: '" + p[i].trim() + "' 不是数字 / is not a number");
                }
            }
            if (!(v[0] < v[2] && v[1] < v[3]) || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
                throw new IllegalArgumentException("--bbox: 需要 minLon < maxLon、minLat < maxLat（度）/ expected minLon < maxLon and minLat < maxLat in degrees, got " + text);
            }
            return new GeometryFactory().toGeometry(new Envelope(v[0], v[2], v[1], v[3]));
        }

        /** Every polygon of the boundary file, united (names do not matter here). */
        static Geometry boundaryArea(Path file) {
            Districts d = DistrictLoader.fromGeoJson(file, null);
            return UnaryUnionOp.union(d.all().stream().map(Districts.District::area).toList());
        }
    }
}
