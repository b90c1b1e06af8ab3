package org.drillsim.world;

import org.drillsim.routing.CacheFile;
import org.drillsim.world.log.EventLog;

import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The disk cache of population grid and hazard timeline: same site and same run, and never a stale entry. */
class SiteCacheTest {
    static Scenario small;
    static ScenarioSite computed;

    @BeforeAll
    static void computeOnce() throws Exception {
        small = ScenarioLibrary.load("synthetic-small");
        computed = SiteLoader.load(small, null, null, null, SiteCache.disabled());
    }

    @Test
    void secondLoadComesFromTheCacheWithTheSameTimelineAndTheSameRun(@TempDir Path dir) throws IOException {
        List<String> first = new ArrayList<>();
        ScenarioSite a = SiteLoader.load(small, null, null, first::add, new SiteCache(dir));
        assertFalse(first.stream().anyMatch(m -> m.contains("from the cache")), first.toString());
        assertEquals(1, files(dir).size(), "one entry written");
        List<String> second = new ArrayList<>();
        ScenarioSite b = SiteLoader.load(small, null, null, second::add, new SiteCache(dir));
        assertTrue(second.stream().anyMatch(m -> m.contains("from the cache")), second.toString());
        assertSameTimeline(computed, a);
        assertSameTimeline(computed, b);
        assertEquals(computed.cells(), b.cells());
        assertEquals(computed.notes(), b.notes());
        assertEquals(events(computed), events(b), "same seed: byte-identical event log from the cached site");
    }

    @Test
    void changedScenarioIsNotServedTheOldEntry(@TempDir Path dir) throws Exception {
        SiteLoader.load(small, null, null, null, new SiteCache(dir));
        String text = libraryText("synthetic-small").replace("{atHours: 24, stageM: 3.0}", "{atHours: 24, stageM: 3.5}");
        Scenario higher = ScenarioLoader.parse(text, "synthetic-small.yaml");
        List<String> said = new ArrayList<>();
        ScenarioSite h = SiteLoader.load(higher, null, null, said::add, new SiteCache(dir));
        assertFalse(said.stream().anyMatch(m -> m.contains("from the cache")), "a higher peak is another key");
        assertEquals(2, files(dir).size());
        int peak = h.timeline().indexAt(24 * 3_600_000L);
        assertTrue(h.timeline().ticks().get(peak).cells().size() > computed.timeline().ticks().get(peak).cells().size(),
                "the higher peak floods more cells: the timeline was computed for it");
    }

    /** A flipped byte, a truncation, another format version: each computed again, with one notice, as a fresh load. */
    @Test
    void damagedOrOutdatedEntryIsComputedAgainWithANoticeAndRewritten(@TempDir Path dir) throws IOException {
        SiteLoader.load(small, null, null, null, new SiteCache(dir));
        Path entry = files(dir).get(0);
        byte[] good = Files.readAllBytes(entry);

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x04;
        Files.write(entry, flipped);
        assertComputedAgain(dir, "fails its checksum");
        assertTrue(Arrays.equals(good, Files.readAllBytes(entry)), "rewritten whole");

        Files.write(entry, Arrays.copyOf(good, good.length / 2));
        assertComputedAgain(dir, "is truncated");

        String key = SiteCache.key(small, null, null, computed.network(), HazardTimeline.DEFAULT_TICK_MS);
        CacheFile.write(entry, SiteCache.KIND, SiteCache.FORMAT + 1, key, false, out -> out.writeLong(4_000_000L), m -> { });
        assertComputedAgain(dir, "has format version " + (SiteCache.FORMAT + 1));

        List<String> fourth = new ArrayList<>();
        ScenarioSite cached = SiteLoader.load(small, null, null, fourth::add, new SiteCache(dir));
        assertTrue(fourth.stream().anyMatch(m -> m.contains("from the cache")));
        assertFalse(fourth.stream().anyMatch(m -> m.contains("rebuilding")), fourth.toString());
        assertSameTimeline(computed, cached);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenStillLoadsAndSaysSo(@TempDir Path dir) throws IOException {
        Path blocked = Files.writeString(dir.resolve("a-file"), "x").resolve("sites");
        List<String> said = new ArrayList<>();
        ScenarioSite site = SiteLoader.load(small, null, null, said::add, new SiteCache(blocked));
        assertEquals(1, said.stream().filter(m -> m.contains("built in memory only")).count(), said.toString());
        assertSameTimeline(computed, site);
        assertEquals(computed.cells(), site.cells());
    }

    private static void assertComputedAgain(Path dir, String why) {
        List<String> said = new ArrayList<>();
        ScenarioSite again = SiteLoader.load(small, null, null, said::add, new SiteCache(dir));
        assertFalse(said.stream().anyMatch(m -> m.contains("from the cache")), said.toString());
        List<String> notices = said.stream().filter(m -> m.endsWith(": rebuilding")).toList();
        assertEquals(1, notices.size(), said.toString());
        assertTrue(notices.get(0).contains(why) && notices.get(0).startsWith("drillsim: 缓存 "), notices.get(0));
        assertSameTimeline(computed, again);
        assertEquals(computed.cells(), again.cells());
        assertEquals(computed.notes(), again.notes());
        assertEquals(events(computed), events(again), "same seed: the same event log as a fresh build");
    }

    @Test
    void keyCoversScenarioAndNetworkAndOnlyTheNewestEntriesAreKept(@TempDir Path dir) throws Exception {
        String k = SiteCache.key(small, null, null, computed.network(), HazardTimeline.DEFAULT_TICK_MS);
        assertEquals(k, SiteCache.key(ScenarioLibrary.load("synthetic-small"), null, null, computed.network(),
                HazardTimeline.DEFAULT_TICK_MS), "same content, same key");
        assertNotEquals(k, SiteCache.key(small, null, null, computed.network(), 5 * 60_000L), "tick is part of the key");
        Scenario other = ScenarioLoader.parse(libraryText("synthetic-small").replace("totalPeople: 60000", "totalPeople: 60001"),
                "synthetic-small.yaml");
        assertNotEquals(k, SiteCache.key(other, null, null, computed.network(), HazardTimeline.DEFAULT_TICK_MS));
        SiteCache cache = new SiteCache(dir);
        SiteCache.Entry e = new SiteCache.Entry(List.of(), 0, "x", 0, HazardTimeline.empty(3_600_000L, 900_000L));
        for (int i = 0; i < 5; i++) {
            String key = key(i);
            cache.write("s", key, e);
            Files.setLastModifiedTime(cache.file("s", key), java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        cache.write("s", key(9), e);
        assertEquals(SiteCache.KEEP_PER_SCENARIO, files(dir).size(), "older entries of the scenario pruned");
        assertTrue(Files.exists(cache.file("s", key(9))));
        assertTrue(Files.exists(cache.file("s", key(4))));
        assertFalse(Files.exists(cache.file("s", key(0))));
        assertEquals(5, cache.read("s", key(9)).timeline().ticks().size(), "ticks at 0, 15 … 60 min");
    }

    static void assertSameTimeline(ScenarioSite x, ScenarioSite y) {
        List<HazardTick> p = x.timeline().ticks();
        List<HazardTick> q = y.timeline().ticks();
        assertEquals(p.size(), q.size());
        assertEquals(x.timeline().tickMs(), y.timeline().tickMs());
        for (int k = 0; k < p.size(); k++) {
            HazardTick a = p.get(k);
            HazardTick b = q.get(k);
            assertEquals(a.timeMs(), b.timeMs());
            assertTrue(Arrays.equals(a.edges(), b.edges()) && Arrays.equals(a.factors(), b.factors())
                    && Arrays.equals(a.closedToPublic(), b.closedToPublic()), "roads at tick " + k);
            assertEquals(a.cells(), b.cells(), "cells at tick " + k);
            if (k > 0) {
                // listeners rely on identical consecutive ticks sharing their lists
                assertEquals(a.cells() == p.get(k - 1).cells(), b.cells() == q.get(k - 1).cells(), "sharing at tick " + k);
            }
        }
    }

    static List<String> events(ScenarioSite site) {
        EventLog log = EventLog.inMemory();
        World.create(site, 11, 1, WorldOptions.baseline(log)).run();
        return log.lines();
    }

    /** A made-up key whose file name differs by its first digit. */
    static String key(int digit) {
        return Integer.toString(digit).repeat(64);
    }

    static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".site")).sorted().toList();
        }
    }

    static String libraryText(String id) {
        return ScenarioLibrary.text(id);
    }
}
