package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writtenFileGetsTheSamePermissionsAsAnyOrdinaryNewFile(@TempDir Path dir) throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path ordinary = dir.resolve("ordinary.txt");
        Files.writeString(ordinary, "x");
        Path report = dir.resolve("report.html");
        AtomicFiles.write(report, out -> out.write("<p>报告</p>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(report));
        assertEquals("<p>报告</p>", Files.readString(report));
    }

    @Test
    void failureKeepsTheEarlierFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("report.csv");
        Files.writeString(report, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(report, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("old", Files.readString(report));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(report), files.toList());
        }
    }
}
