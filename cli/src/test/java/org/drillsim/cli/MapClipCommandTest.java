package org.drillsim.cli;

import org.drillsim.geodata.OsmExtractor;
import org.drillsim.geodata.OsmLayers;
import org.drillsim.geodata.OsmPoi;
import org.drillsim.routing.MapLocator;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.routing.RoadNetworkLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code drillsim map clip}: a box of central Harbin cut from the extract, read back with the project's own loaders (integrity: OsmClipTest). */
class MapClipCommandTest {
    static final Path HARBIN = MapLocator.locate("harbin.osm.pbf", null);
    /** Around 中央大街 and 哈尔滨站 (WGS-84). */
    static final double[] BOX = {126.60, 45.74, 126.65, 45.78};

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new MapCommand.Clip(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static boolean inBox(double lon, double lat) {
        return lon >= BOX[0] && lon <= BOX[2] && lat >= BOX[1] && lat <= BOX[3];
    }

    @Test
    void aBoxOfHarbinReadsBackWithTheProjectsLoaders(@TempDir Path dir) throws Exception {
        Path clipped = dir.resolve("centre.osm.pbf");
        Result r = run("--bbox", BOX[0] + "," + BOX[1] + "," + BOX[2] + "," + BOX[3], "--in", HARBIN.toString(),
                "--out", clipped.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(clipped) < Files.size(HARBIN));

        assertTrue(r.out().contains("ways") && r.out().contains("ODbL"), r.out());

        // the project's loaders read it: roads, and every hospital mapped as a node inside the box
        RoadNetwork net = RoadNetworkLoader.load(clipped);
        assertTrue(net.nodeCount() > 1000, "routable nodes: " + net.nodeCount());
        OsmLayers full = OsmExtractor.extract(HARBIN);
        OsmLayers part = OsmExtractor.extract(clipped);
        Set<Long> partIds = new HashSet<>(part.hospitals().stream().map(OsmPoi::osmId).toList());
        long expected = 0;
        for (OsmPoi h : full.hospitals()) {
            if (inBox(h.lon(), h.lat())) {
                expected++;
                assertTrue(partIds.contains(h.osmId()), "hospital " + h.name() + " inside the box");
            }
        }
        assertTrue(expected > 5, "hospitals in the box: " + expected);
        assertTrue(part.hospitals().size() < full.hospitals().size());
        assertFalse(part.districts().isEmpty(), "district boundaries crossing the box are kept");
    }

    @Test
    void badBoxesExitTwoAndWriteNothing(@TempDir Path dir) {
        Path out = dir.resolve("x.osm.pbf");
        Result r = run("--bbox", "126.7,45.7,126.6,45.8", "--in", HARBIN.toString(), "--out", out.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("minLon < maxLon"), r.err());
        assertEquals(2, run("--in", HARBIN.toString(), "--out", out.toString()).exit());
        assertFalse(Files.exists(out));
    }
}
