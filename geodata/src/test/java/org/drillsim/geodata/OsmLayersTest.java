package org.drillsim.geodata;

import org.drillsim.routing.CacheFile;
import org.drillsim.routing.MapLocator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction from the real Harbin extract (counts from DESIGN.md), the cache, and bad files. */
class OsmLayersTest {
    /** Found like the program finds it ($DRILLSIM_MAPS, ./maps, ../shared/maps): CI may check out anywhere. */
    static final Path HARBIN = MapLocator.locate("harbin.osm.pbf", null);
    static Path cacheDir;
    static OsmLayers harbin;

    @BeforeAll
    static void extractOnce() throws IOException {
        cacheDir = Files.createTempDirectory("drillsim-osm-cache");
        harbin = new OsmLayerCache(cacheDir).layers(HARBIN);
    }

    @Test
    void facilitiesMatchTheExtract() {
        assertEquals(78, harbin.hospitals().size(), "DESIGN.md: 78 hospitals");
        assertEquals(9, harbin.fireStations().size(), "DESIGN.md: 9 fire stations");
        assertTrue(harbin.hospitals().stream().anyMatch(h -> h.name().equals("哈尔滨市第一医院")));
        assertTrue(harbin.police().size() > 0);
    }

    @Test
    void theSonghuaIsOneLargeAssembledMultipolygon() {
        OsmArea river = harbin.water().stream().filter(w -> w.osmId() == 2244973L).findFirst().orElseThrow();
        assertTrue(river.polygon().isValid());
        assertTrue(river.areaM2() > 10e6 && river.areaM2() < 20e6, "river area " + river.areaM2());
        // it runs west–east through the whole extract
        var env = river.polygon().getEnvelopeInternal();
        assertTrue(env.getWidth() > 0.15, "spans > 0.15° of longitude");
        assertTrue(harbin.water().size() > 150);
    }

    @Test
    void harbinsDistrictsAreAssembledFromTheirCutBoundaries() {
        List<String> names = harbin.districts().stream().map(OsmArea::name).toList();
        assertEquals(List.of("道里区", "道外区", "南岗区", "松北区", "香坊区"), names, "admin_level=6 relations, by id");
        // 太阳岛 and the north bank are Songbei; the old centre (中央大街) is Daoli; 哈尔滨站 is Nangang
        Districts d = Districts.fromOsm(harbin.districts());
        assertEquals("松北区", d.all().get(d.indexAt(126.570, 45.790)).name());
        assertEquals("道里区", d.all().get(d.indexAt(126.6168, 45.7745)).name());
        assertEquals("南岗区", d.all().get(d.indexAt(126.6325, 45.7605)).name());
        // the districts do not overlap and each is a real area
        for (OsmArea a : harbin.districts()) {
            assertTrue(a.polygon().isValid() && a.areaM2() > 5e6, a.name() + " " + a.areaM2());
            for (OsmArea b : harbin.districts()) {
                if (a != b) {
                    assertTrue(a.polygon().intersection(b.polygon()).getArea() < 1e-9, a.name() + " overlaps " + b.name());
                }
            }
        }
    }

    @Test
    void shelterCandidatesFuelAndIndustry() {
        assertTrue(harbin.shelterCandidates().stream().anyMatch(a -> a.name().equals("太阳岛公园") && a.kind().equals("park")));
        assertTrue(harbin.shelterCandidates().stream().allMatch(a -> a.areaM2() > 0 && a.polygon().isValid()));
        assertTrue(harbin.fuel().stream().filter(a -> a.kind().equals("forest")).count() > 300);
        assertTrue(harbin.industrial().stream().anyMatch(a -> a.name().contains("哈尔滨石化")));
        assertTrue(harbin.buildings().size() > 10_000);
        assertTrue(harbin.residential().size() > 1_000);
    }

    @Test
    void secondLoadComesFromTheCacheWithEqualLayers() {
        List<String> notices = new ArrayList<>();
        OsmLayerCache cache = new OsmLayerCache(cacheDir, notices::add);
        OsmLayers again = cache.layers(HARBIN);
        assertTrue(cache.lastLoadFromCache());
        assertEquals(harbin, again, "every facility, polygon and building as extracted");
        assertEquals(List.of(), notices);
    }

    /** A flipped byte, a truncation and another format version: each rebuilt with one notice, equal to a fresh extraction. */
    @Test
    void aDamagedOrOutdatedCacheIsRebuiltWithANotice(@TempDir Path dir) throws IOException {
        List<String> notices = new ArrayList<>();
        OsmLayerCache cache = new OsmLayerCache(dir, notices::add);
        Path monaco = MapLocator.locate("monaco.osm.gz", null);
        OsmLayers fresh = OsmExtractor.extract(monaco);
        assertEquals(fresh, cache.layers(monaco));
        Path file = cache.cacheFile(monaco);
        byte[] good = Files.readAllBytes(file);

        byte[] flipped = good.clone();
        flipped[good.length * 2 / 3] ^= 0x01;
        Files.write(file, flipped);
        assertRebuilt(cache, monaco, fresh, notices, "checksum");
        assertArrayEquals(good, Files.readAllBytes(file), "rewritten whole");

        Files.write(file, Arrays.copyOf(good, good.length / 3));
        assertRebuilt(cache, monaco, fresh, notices, "truncated");

        CacheFile.write(file, OsmLayerCache.KIND, OsmLayerCache.FORMAT + 1, OsmLayerCache.key(monaco), false,
                out -> out.writeUTF("written by a newer DrillSim"), notices::add);
        assertRebuilt(cache, monaco, fresh, notices, "format version " + (OsmLayerCache.FORMAT + 1));

        Files.write(file, new byte[]{(byte) 0xAC, (byte) 0xED, 0, 5}); // what the Java-serialization cache began with
        assertRebuilt(cache, monaco, fresh, notices, "not in this DrillSim's cache format");

        assertEquals(fresh, cache.layers(monaco));
        assertTrue(cache.lastLoadFromCache());
        assertEquals(List.of(), notices, "the rebuilt entry is read quietly");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenStillGivesTheLayers(@TempDir Path dir) throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("cache");
        List<String> notices = new ArrayList<>();
        OsmLayerCache cache = new OsmLayerCache(blocked, notices::add);
        Path monaco = MapLocator.locate("monaco.osm.gz", null);
        assertEquals(OsmExtractor.extract(monaco), cache.layers(monaco));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("built in memory only"), notices.get(0));
    }

    private static void assertRebuilt(OsmLayerCache cache, Path osm, OsmLayers fresh, List<String> notices, String why) {
        OsmLayers l = cache.layers(osm);
        assertFalse(cache.lastLoadFromCache());
        assertEquals(fresh, l);
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains(why) && notices.get(0).endsWith("rebuilding") && !notices.get(0).contains("\n"), notices.get(0));
        notices.clear();
    }

    @Test
    void gzippedXmlExtractReads() {
        OsmLayers monaco = OsmExtractor.extract(MapLocator.locate("monaco.osm.gz", null));
        assertTrue(monaco.hospitals().size() >= 1, monaco.summary());
        assertTrue(monaco.buildings().size() > 100);
    }

    @Test
    void badFilesGiveOneLine(@TempDir Path dir) throws IOException {
        Path garbage = dir.resolve("garbage.osm.pbf");
        Files.write(garbage, new byte[]{0, 0, 0, 9, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        OsmExtractException e = assertThrows(OsmExtractException.class, () -> OsmExtractor.extract(garbage));
        assertTrue(e.getMessage().startsWith("cannot read OSM file " + garbage), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
        OsmExtractException missing = assertThrows(OsmExtractException.class,
                () -> new OsmLayerCache(dir).layers(dir.resolve("none.osm.pbf")));
        assertTrue(missing.getMessage().startsWith("OSM file not found"));
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(1, s.count(), "no cache file left behind");
        }
    }
}
