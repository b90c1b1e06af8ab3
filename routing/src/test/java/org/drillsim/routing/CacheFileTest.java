package org.drillsim.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cache container: every kind of damage is a miss with one zh/en notice line, never bad data or a crash. */
class CacheFileTest {
    @TempDir
    Path dir;

    private final List<String> notices = new ArrayList<>();

    private static final CacheFile.Decoder<List<Long>> LONGS = in -> {
        int n = in.count(8);
        List<Long> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(in.readLong());
        return l;
    };

    private Path written(boolean deflate) {
        Path f = dir.resolve("x.cache");
        assertTrue(CacheFile.write(f, "test", 3, "k1", deflate, out -> {
            out.writeInt(100);
            for (long i = 0; i < 100; i++) out.writeLong(i * i);
        }, notices::add));
        return f;
    }

    private List<Long> read(Path f, int version, String key) {
        return CacheFile.read(f, "test", version, key, LONGS, notices::add);
    }

    @Test
    void aSoundEntryReadsBackQuietlyPlainOrDeflated() {
        for (boolean deflate : new boolean[]{false, true}) {
            List<Long> l = read(written(deflate), 3, "k1");
            assertEquals(100, l.size());
            assertEquals(99L * 99L, l.get(99));
        }
        assertNull(read(dir.resolve("absent.cache"), 3, "k1"), "no file: a miss");
        assertEquals(List.of(), notices, "neither a hit nor an absent file says anything");
    }

    @Test
    void everyFlippedByteIsCaught() throws IOException {
        for (boolean deflate : new boolean[]{false, true}) {
            Path f = written(deflate);
            byte[] good = Files.readAllBytes(f);
            for (int i = 0; i < good.length; i++) {
                byte[] bad = good.clone();
                bad[i] ^= 0x10;
                Files.write(f, bad);
                notices.clear();
                assertNull(read(f, 3, "k1"), "flip at byte " + i);
                assertEquals(1, notices.size(), "one notice for the flip at " + i);
                assertOneLine(notices.get(0));
            }
        }
    }

    @Test
    void truncationAndTrailingBytesAreCaught() throws IOException {
        Path f = written(true);
        byte[] good = Files.readAllBytes(f);
        for (int len : new int[]{0, 5, 20, good.length / 2, good.length - 1}) {
            Files.write(f, Arrays.copyOf(good, len));
            notices.clear();
            assertNull(read(f, 3, "k1"));
            assertEquals(1, notices.size());
            assertTrue(len < 8 || notices.get(0).contains("truncated"), notices.get(0));
        }
        Files.write(f, Arrays.copyOf(good, good.length + 3));
        notices.clear();
        assertNull(read(f, 3, "k1"));
        assertTrue(notices.get(0).contains("after its end"), notices.get(0));
    }

    @Test
    void anotherVersionKindOrKeyIsNotUsed() {
        Path f = written(false);
        assertNull(read(f, 4, "k1"));
        assertTrue(notices.get(0).contains("format version 3, this DrillSim uses 4"), notices.get(0));
        assertTrue(notices.get(0).contains("格式版本"), notices.get(0));
        assertNull(read(f, 3, "k2"));
        assertTrue(notices.get(1).contains("other input"), notices.get(1));
        assertNull(CacheFile.read(f, "other", 3, "k1", LONGS, notices::add));
        assertTrue(notices.get(2).contains("is a test cache, not other"), notices.get(2));
    }

    @Test
    void aCountBeyondTheBytesLeftIsRejectedBeforeAllocating() {
        Path f = dir.resolve("huge.cache");
        // a sound checksum over a payload whose count promises two billion items: a bug, not a disk error
        CacheFile.write(f, "test", 3, "k1", false, out -> out.writeInt(Integer.MAX_VALUE - 1), notices::add);
        assertNull(read(f, 3, "k1"));
        assertTrue(notices.get(0).contains("unreadable payload") && notices.get(0).contains("exceeds"), notices.get(0));
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesTheDataInMemoryWithANotice() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-folder"), "x");
        Path f = blocker.resolve("sub").resolve("x.cache");
        assertFalse(CacheFile.write(f, "test", 3, "k1", false, out -> out.writeInt(0), notices::add));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("not writable, built in memory only") && notices.get(0).contains("不可写"), notices.get(0));
        try (var s = Files.list(dir)) {
            assertEquals(1, s.count(), "no temporary file left behind");
        }
    }

    static void assertOneLine(String notice) {
        assertFalse(notice.contains("\n"), notice);
        assertTrue(notice.startsWith("drillsim: 缓存 ") && notice.contains(" / cache ") && notice.endsWith(": rebuilding"), notice);
    }
}
