package org.drillsim.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Import, disk cache and bad input, on the small Monaco and Andorra extracts and hand-made files. */
class RoadNetworkLoaderTest {
    @TempDir
    Path tmp;

    private Path copyOfShared(String name, String as) throws IOException {
        Path target = tmp.resolve(as);
        Files.copy(MapLocator.locate(name, null), target);
        return target;
    }

    @Test
    void secondLoadComesFromTheCacheAndEqualsTheImport() throws IOException {
        Path osm = copyOfShared("monaco", "monaco.osm.gz");
        Path cache = tmp.resolve("cache");
        RoadNetworkLoader loader = new RoadNetworkLoader(cache);
        RoadNetwork imported = loader.loadNetwork(osm);
        assertFalse(loader.lastLoadFromCache());
        assertTrue(Files.isRegularFile(loader.cacheFileFor(osm)));
        RoadNetwork cached = loader.loadNetwork(osm);
        assertTrue(loader.lastLoadFromCache());
        assertSameNetwork(imported, cached);
        try (Stream<Path> files = Files.list(cache)) {
            assertEquals(1, files.count(), "only the cache file, no temporary files");
        }
    }

    @Test
    void aChangedSourceIsReimported() throws IOException {
        Path osm = copyOfShared("monaco", "map.osm.pbf");
        RoadNetworkLoader loader = new RoadNetworkLoader(tmp.resolve("cache"));
        Files.delete(osm);
        Files.copy(MapLocator.locate("monaco", null), tmp.resolve("map.osm.gz"));
        RoadNetwork monaco = loader.loadNetwork(tmp.resolve("map.osm.gz"));
        Path firstCache = loader.cacheFileFor(tmp.resolve("map.osm.gz"));
        // same file name, different bytes
        Files.delete(tmp.resolve("map.osm.gz"));
        Files.copy(MapLocator.locate("andorra", null), tmp.resolve("map.osm.gz"));
        RoadNetwork andorra = loader.loadNetwork(tmp.resolve("map.osm.gz"));
        assertFalse(loader.lastLoadFromCache());
        assertNotEquals(firstCache, loader.cacheFileFor(tmp.resolve("map.osm.gz")));
        assertNotEquals(monaco.nodeCount(), andorra.nodeCount());
    }

    @Test
    void aDamagedCacheFileIsRebuiltWithANoticeAndTheSameNetwork() throws IOException {
        Path osm = copyOfShared("monaco", "monaco.osm.gz");
        java.util.List<String> notices = new java.util.ArrayList<>();
        RoadNetworkLoader loader = new RoadNetworkLoader(tmp.resolve("cache"), notices::add);
        RoadNetwork imported = loader.loadNetwork(osm);
        Path cacheFile = loader.cacheFileFor(osm);
        byte[] bytes = Files.readAllBytes(cacheFile);
        Files.write(cacheFile, Arrays.copyOf(bytes, bytes.length / 2));
        RoadNetwork again = loader.loadNetwork(osm);
        assertFalse(loader.lastLoadFromCache());
        assertSameNetwork(imported, again);
        assertTrue(notices.size() == 1 && notices.get(0).contains("truncated"), notices.toString());
        bytes[bytes.length / 2] ^= 0x55; // flipped byte: checksum must catch it
        Files.write(cacheFile, bytes);
        assertSameNetwork(imported, loader.loadNetwork(osm));
        assertFalse(loader.lastLoadFromCache());
        assertTrue(notices.size() == 2 && notices.get(1).contains("checksum"), notices.toString());
        assertSameNetwork(imported, loader.loadNetwork(osm));
        assertTrue(loader.lastLoadFromCache(), "the rewritten cache is valid");
        assertEquals(2, notices.size(), "a sound entry is read quietly");
    }

    @Test
    void aTruncatedPbfGivesAClearErrorAndNoCache() throws IOException {
        byte[] full = Files.readAllBytes(MapLocator.locate("harbin", null));
        Path truncated = tmp.resolve("truncated.osm.pbf");
        Files.write(truncated, Arrays.copyOf(full, full.length / 3));
        assertFailsWithoutCache(truncated, "truncated.osm.pbf");
    }

    @Test
    void aGarbagePbfGivesAClearErrorAndNoCache() throws IOException {
        Path garbage = tmp.resolve("garbage.osm.pbf");
        Files.write(garbage, "this is not a protobuf file at all".repeat(100).getBytes(StandardCharsets.UTF_8));
        assertFailsWithoutCache(garbage, "garbage.osm.pbf");
    }

    @Test
    void anEmptyExtractGivesAClearErrorAndNoCache() throws IOException {
        Path empty = tmp.resolve("empty.osm");
        Files.writeString(empty, "<?xml version='1.0' encoding='UTF-8'?>\n<osm version='0.6' generator='test'>\n</osm>\n");
        MapImportException e = assertFailsWithoutCache(empty, "empty.osm");
        assertTrue(e.getMessage().contains("no car roads"), e.getMessage());
    }

    @Test
    void anExtractWithoutCarRoadsGivesAClearErrorAndNoCache() throws IOException {
        Path footways = tmp.resolve("footways.osm");
        Files.writeString(footways, """
                <?xml version='1.0' encoding='UTF-8'?>
                <osm version='0.6' generator='test'>
                  <node id='1' lat='45.70' lon='126.60'/>
                  <node id='2' lat='45.701' lon='126.60'/>
                  <node id='3' lat='45.702' lon='126.601'/>
                  <way id='10'><nd ref='1'/><nd ref='2'/><nd ref='3'/><tag k='highway' v='footway'/><tag k='name' v='滨江步道'/></way>
                  <way id='11'><nd ref='1'/><nd ref='3'/><tag k='waterway' v='river'/></way>
                </osm>
                """);
        MapImportException e = assertFailsWithoutCache(footways, "footways.osm");
        assertTrue(e.getMessage().contains("no car roads"), e.getMessage());
    }

    @Test
    void aTinyValidExtractImportsWithItsChineseName() throws IOException {
        Path tiny = tmp.resolve("tiny.osm");
        Files.writeString(tiny, """
                <?xml version='1.0' encoding='UTF-8'?>
                <osm version='0.6' generator='test'>
                  <node id='1' lat='45.70' lon='126.60'/>
                  <node id='2' lat='45.71' lon='126.60'/>
                  <way id='10'><nd ref='1'/><nd ref='2'/><tag k='highway' v='primary'/><tag k='maxspeed' v='60'/>
                    <tag k='name' v='Zhongshan Road'/><tag k='name:zh' v='中山路'/><tag k='bridge' v='yes'/><tag k='layer' v='1'/></way>
                </osm>
                """);
        RoadNetwork net = new RoadNetworkLoader(null).loadNetwork(tiny);
        assertEquals(2, net.nodeCount());
        assertEquals(2, net.edgeCount());
        assertEquals("中山路", net.name(0));
        assertEquals(RoadClass.PRIMARY, net.roadClass(0));
        assertTrue(net.isBridge(0));
        assertEquals(1, net.reverseEdge(0));
        double length = Geo.distanceM(45.70, 126.60, 45.71, 126.60);
        assertEquals(length, net.lengthM(0), 1.0);
        // free-flow time follows GraphHopper's car speed for a 60 km/h primary road (somewhat below the limit)
        double kmh = net.lengthM(0) / (net.freeFlowTimeMs(0) / 1000.0) * 3.6;
        assertTrue(kmh > 30 && kmh <= 60, "speed " + kmh);
    }

    @Test
    void mapLocatorSaysWhereItLookedAndHowToGetAnExtract() {
        MapImportException notFound = assertThrows(MapImportException.class, () -> MapLocator.locate("atlantis", null));
        assertTrue(notFound.getMessage().contains("atlantis") && notFound.getMessage().contains("geofabrik")
                && notFound.getMessage().contains("maps"), notFound.getMessage());
        assertEquals(1, notFound.getMessage().lines().count(), "one line");
        MapImportException explicit = assertThrows(MapImportException.class, () -> MapLocator.locate(null, tmp.resolve("nope.osm.pbf")));
        assertTrue(explicit.getMessage().contains("nope.osm.pbf"));
        assertTrue(MapLocator.find("harbin").orElseThrow().getFileName().toString().equals("harbin.osm.pbf"));
        assertEquals(tmp.resolve("x.osm"), MapLocator.locate("ignored", writeFile(tmp.resolve("x.osm"))));
    }

    private static Path writeFile(Path p) {
        try {
            Files.writeString(p, "x");
            return p;
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private MapImportException assertFailsWithoutCache(Path osm, String fileName) throws IOException {
        Path cache = tmp.resolve("cache-" + fileName);
        RoadNetworkLoader loader = new RoadNetworkLoader(cache);
        MapImportException e = assertThrows(MapImportException.class, () -> loader.loadNetwork(osm));
        assertTrue(e.getMessage().contains(fileName), e.getMessage());
        if (Files.exists(cache)) {
            try (Stream<Path> files = Files.list(cache)) {
                assertEquals(0, files.count(), "nothing cached for a bad extract");
            }
        }
        return e;
    }

    static void assertSameNetwork(RoadNetwork a, RoadNetwork b) {
        assertEquals(a.source(), b.source());
        assertArrayEquals(a.lat, b.lat);
        assertArrayEquals(a.lon, b.lon);
        assertArrayEquals(a.outStart, b.outStart);
        assertArrayEquals(a.edgeFrom, b.edgeFrom);
        assertArrayEquals(a.edgeTo, b.edgeTo);
        assertArrayEquals(a.edgeTimeMs, b.edgeTimeMs);
        assertArrayEquals(a.edgeLength, b.edgeLength);
        assertArrayEquals(a.edgeClass, b.edgeClass);
        assertArrayEquals(a.edgeFlags, b.edgeFlags);
        assertArrayEquals(a.edgeRoad, b.edgeRoad);
        assertArrayEquals(a.geomStart, b.geomStart);
        assertArrayEquals(a.geomLat, b.geomLat);
        assertArrayEquals(a.geomLon, b.geomLon);
        for (int e = 0; e < a.edgeCount(); e++) assertEquals(a.name(e), b.name(e));
    }
}
