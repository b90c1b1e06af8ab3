package org.drillsim.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HazardCommandTest {
    record Result(int exit, String out, String err) {
    }

    static Result hazard(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CommandLine(new HazardCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8))).execute(args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void parsesTimes() {
        assertEquals(6 * 3_600_000L, HazardCommand.parseTime("6h"));
        assertEquals(90 * 60_000L, HazardCommand.parseTime("90m"));
        assertEquals(5_400_000L, HazardCommand.parseTime("1.5h"));
        assertEquals(2 * 86_400_000L, HazardCommand.parseTime("2d"));
        assertEquals((6 * 60 + 30) * 60_000L, HazardCommand.parseTime("T+06:30"));
        assertEquals(3 * 3_600_000L, HazardCommand.parseTime("3"));
    }

    @Test
    void writesGeoJsonAndPngForTheSyntheticScenario(@TempDir Path dir) throws Exception {
        Path geo = dir.resolve("out.geojson");
        Path png = dir.resolve("out.png");
        Result r = hazard("synthetic-small", "--at", "24h", "--geojson", geo.toString(), "--png", png.toString());
        assertEquals(0, r.exit, r.err);
        assertTrue(Files.readString(geo).contains("\"FeatureCollection\""));
        byte[] head = Files.readAllBytes(png);
        assertTrue(head.length > 1000 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G', "a PNG");
        assertTrue(r.out.contains("synthetic-small T+24:00"), r.out);
    }

    @Test
    void warnsBeyondTheHorizonAndStillWritesWithTheUmask(@TempDir Path dir) throws Exception {
        Path geo = dir.resolve("late.geojson");
        Path png = dir.resolve("late.png");
        Result r = hazard("synthetic-small", "--at", "60h", "--geojson", geo.toString(), "--png", png.toString());
        assertEquals(0, r.exit, r.err);
        assertEquals("警告：T+60:00 超出情景时长 T+48:00，推演不会到达该时刻 / warning: T+60:00 is beyond the"
                + " scenario horizon T+48:00; a run never reaches it", r.err.strip());
        assertTrue(Files.readString(geo).contains("\"FeatureCollection\""));
        // An ordinary file in the same directory shows what the umask grants; the outputs must match it.
        Path plain = Files.createFile(dir.resolve("plain"));
        if (Files.getFileStore(dir).supportsFileAttributeView("posix")) {
            var expected = Files.getPosixFilePermissions(plain);
            assertEquals(expected, Files.getPosixFilePermissions(geo));
            assertEquals(expected, Files.getPosixFilePermissions(png));
        }
        Result inside = hazard("synthetic-small", "--at", "48h", "--geojson", geo.toString());
        assertEquals("", inside.err, "no warning at the horizon itself");
    }

    @Test
    void badInputExitsTwoWithOneLine(@TempDir Path dir) {
        Result badTime = hazard("synthetic-small", "--at", "soon", "--geojson", dir.resolve("x.geojson").toString());
        assertEquals(2, badTime.exit);
        assertEquals("--at soon: expected a time such as 6h, 90m, 2d or T+06:30", badTime.err.strip());
        Result unknown = hazard("no-such-scenario", "--geojson", dir.resolve("x.geojson").toString());
        assertEquals(2, unknown.exit);
        assertTrue(unknown.err.startsWith("no-such-scenario:0:0: (document): no such file"), unknown.err);
        Result noOutput = hazard("synthetic-small");
        assertEquals(2, noOutput.exit);
    }

    @Test
    void outputsOnlyReplaceRegularFiles(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("folder"));
        Path geo = dir.resolve("out.geojson");
        Result r = hazard("synthetic-small", "--at", "6h", "--geojson", geo.toString(), "--png", folder.toString());
        assertEquals(2, r.exit, r.err);
        assertTrue(r.err.contains("refusing to replace " + folder + ": 是目录 / is a directory"), r.err);
        assertTrue(Files.notExists(geo), "checked before writing anything");
        assertTrue(Files.isDirectory(folder));
    }
}
