package org.drillsim.runformat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Run directories: staged beside the final name, renamed when complete, checked against their manifest. */
class RunDirectoryIntegrityTest {

    private static Path complete(Path out, boolean force, String seed) throws IOException {
        try (StagedRunDirectory staged = StagedRunDirectory.open(out, force)) {
            Files.writeString(staged.dir().resolve(RunFiles.RUN), "{\"seed\": " + seed + "}\n");
            Files.createDirectories(staged.dir().resolve(RunFiles.MAP_DIR));
            Files.writeString(staged.dir().resolve(RunFiles.MAP_DIR).resolve(RunFiles.ROADS), "{}\n");
            return staged.commit();
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void completeDirectoryHasAManifestOfEveryFileAndPassesTheCheck(@TempDir Path tmp) throws IOException {
        Path dir = complete(tmp.resolve("run"), false, "1");
        assertEquals(List.of("run"), names(tmp), "no partial directory left beside it");
        List<RunManifest.Entry> listed = RunManifest.entries(dir);
        assertEquals(List.of("map/roads.geojson", "run.json"), listed.stream().map(RunManifest.Entry::path).toList());
        assertEquals(3, listed.get(0).size());
        // SHA-256 of "{}\n"
        assertEquals("ca3d163bab055381827226140568f3bef7eaac187cebd76878e0b63e9e442356", listed.get(0).sha256());
        RunManifest.verify(dir);
    }

    @Test
    void noManifestMissingFileSizeAndChecksumAreNamed(@TempDir Path tmp) throws IOException {
        Path dir = complete(tmp.resolve("run"), false, "1");
        Path roads = dir.resolve("map/roads.geojson");

        Files.writeString(roads, "{ }\n");
        String size = assertThrows(OutputRefusedException.class, () -> RunManifest.verify(dir)).getMessage();
        assertTrue(size.contains("altered run directory: map/roads.geojson is 4 bytes, the manifest says 3"), size);

        Files.writeString(roads, "[]\n");
        String sum = assertThrows(OutputRefusedException.class, () -> RunManifest.verify(dir)).getMessage();
        assertTrue(sum.contains("map/roads.geojson SHA-256 checksum differs"), sum);

        Files.delete(roads);
        String missing = assertThrows(OutputRefusedException.class, () -> RunManifest.verify(dir)).getMessage();
        assertTrue(missing.contains("缺少文件 / incomplete run directory: missing file map/roads.geojson"), missing);

        Files.delete(dir.resolve(RunManifest.FILE));
        String none = assertThrows(OutputRefusedException.class, () -> RunManifest.verify(dir)).getMessage();
        assertTrue(none.contains("no manifest.json"), none);
        assertFalse(none.contains("\n"), "one line");
    }

    @Test
    void manifestEntriesCannotPointOutsideTheDirectory(@TempDir Path tmp) throws IOException {
        Path dir = complete(tmp.resolve("run"), false, "1");
        Files.writeString(tmp.resolve("secret"), "x");
        Files.writeString(dir.resolve(RunManifest.FILE), "{\"format\": 1, \"files\": [{\"path\": \"../secret\", \"size\": 1,"
                + " \"sha256\": \"" + "0".repeat(64) + "\"}]}");
        String msg = assertThrows(OutputRefusedException.class, () -> RunManifest.verify(dir)).getMessage();
        assertTrue(msg.contains("invalid entry \"../secret\""), msg);
        Files.writeString(dir.resolve(RunManifest.FILE), "{\"format\": 2, \"files\": []}");
        assertTrue(assertThrows(OutputRefusedException.class, () -> RunManifest.verify(dir)).getMessage()
                .contains("format version is not 1"));
    }

    @Test
    void existingNonEmptyOutIsRefusedUnlessForcedAndThenReplacedWhole(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("run");
        Files.createDirectories(out);
        Files.writeString(out.resolve("events.jsonl"), "from another seed\n");
        String msg = assertThrows(OutputRefusedException.class, () -> StagedRunDirectory.open(out, false)).getMessage();
        assertTrue(msg.contains("--force"), msg);
        assertEquals(List.of("run"), names(tmp), "nothing written on refusal");

        complete(out, true, "2");
        assertEquals(List.of("manifest.json", "map", "run.json"), names(out), "the old files are gone, not mixed in");
        assertEquals("{\"seed\": 2}\n", Files.readString(out.resolve(RunFiles.RUN)));
        assertEquals(List.of("run"), names(tmp), "neither the partial nor the old directory is left");
        RunManifest.verify(out);
    }

    @Test
    void emptyOutAndAFileAtOutAreRefused(@TempDir Path tmp) throws IOException {
        assertTrue(assertThrows(OutputRefusedException.class, () -> StagedRunDirectory.open(Path.of(""), false))
                .getMessage().contains("--out must name a directory"));
        Path file = Files.writeString(tmp.resolve("file"), "x");
        assertTrue(assertThrows(OutputRefusedException.class, () -> StagedRunDirectory.open(file, true))
                .getMessage().contains("not a directory"));
        Files.createDirectories(tmp.resolve("real"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real"));
        assertTrue(assertThrows(OutputRefusedException.class, () -> StagedRunDirectory.open(link, true))
                .getMessage().contains("symbolic link"));
        // an existing empty directory is fine
        Files.createDirectories(tmp.resolve("empty"));
        RunManifest.verify(complete(tmp.resolve("empty"), false, "1"));
    }

    @Test
    void failureWhileWritingLeavesNothingUnderEitherName(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("run");
        FileSystemException full = new FileSystemException(out.resolve("events.jsonl").toString(), null, "No space left on device");
        IOException thrown = assertThrows(IOException.class, () -> {
            try (StagedRunDirectory staged = StagedRunDirectory.open(out, false)) {
                Files.writeString(staged.dir().resolve(RunFiles.RUN), "{}");
                throw full; // as the disk filling up would, half-way through the run
            }
        });
        assertEquals(List.of(), names(tmp), "no partial directory and no final one");
        assertEquals("无法写入：磁盘已满 / cannot write: disk full: " + out.resolve("events.jsonl"), OutputFiles.describe(thrown));
        assertEquals("无法写入：磁盘已满 / cannot write: disk full: " + out.resolve("events.jsonl"),
                OutputFiles.describe(new java.io.UncheckedIOException("cannot write x", full)));
    }

    @Test
    void readOnlyParentGivesOneLineAndNoDirectory(@TempDir Path tmp) throws IOException {
        Path parent = Files.createDirectories(tmp.resolve("ro"));
        assumeTrue(parent.toFile().setWritable(false, false));
        try {
            assumeTrue(!Files.isWritable(parent), "root may write anywhere");
            IOException e = assertThrows(IOException.class, () -> StagedRunDirectory.open(parent.resolve("run"), false));
            assertTrue(OutputFiles.describe(e).startsWith("无法写入：没有权限 / cannot write: permission denied: "),
                    OutputFiles.describe(e));
            assertEquals(List.of(), names(parent));
        } finally {
            parent.toFile().setWritable(true, false);
        }
    }

    @Test
    void outputsOnlyReplaceRegularFiles(@TempDir Path tmp) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("dir"));
        assertTrue(assertThrows(OutputRefusedException.class, () -> OutputFiles.writeString(dir, "x")).getMessage()
                .contains("is a directory"));
        Path linkToDir = Files.createSymbolicLink(tmp.resolve("to-dir"), dir);
        assertThrows(OutputRefusedException.class, () -> OutputFiles.writeString(linkToDir, "x"));
        assertTrue(Files.isSymbolicLink(linkToDir));

        Path fifo = tmp.resolve("fifo");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            made = false;
        }
        if (made) { // a named pipe stands for any special file, as a device node would (which needs root to make)
            String msg = assertThrows(OutputRefusedException.class, () -> OutputFiles.writeString(fifo, "x")).getMessage();
            assertTrue(msg.contains("is not a regular file"), msg);
            assertTrue(Files.exists(fifo) && !Files.isRegularFile(fifo), "the special file is left as it was");
        }

        Path regular = tmp.resolve("out.geojson");
        Files.writeString(regular, "old");
        OutputFiles.writeString(regular, "新");
        assertEquals("新", Files.readString(regular, StandardCharsets.UTF_8));
    }
}
