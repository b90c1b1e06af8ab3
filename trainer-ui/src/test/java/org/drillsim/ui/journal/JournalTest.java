package org.drillsim.ui.journal;

import org.drillsim.world.command.Command;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.library.ScenarioLibrary;
import org.drillsim.format.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {
    private static final Issuer TRAINEE = new Issuer(Role.MEDICAL, "张三");
    private static final Scenario SMALL = library("synthetic-small");
    private static final JournalHeader HEADER = new JournalHeader(JournalHeader.FORMAT, "synthetic-small", "synthetic-small",
            JournalHeader.hashOf(SMALL), 42, List.of("shelter"), "2026-01-01T08:00:00Z");

    @TempDir
    Path dir;

    private static List<JournalEntry> sample() {
        return List.of(
                new JournalEntry.CommandMade(60_000, "trainee", new Command.Dispatch(TRAINEE, "amb-1", "cas-3"), true),
                new JournalEntry.CommandMade(60_000, "trainee", new Command.AllocateSupplies(new Issuer(Role.LOGISTICS, null), "depot-1", "shelter-2", ReliefItem.WATER_LITRES, 3000), false),
                new JournalEntry.CommandMade(90_000, "trainee", new Command.EvacuateZone(TRAINEE, "zone-1",
                        List.of(List.of(126.6, 45.7), List.of(126.61, 45.7), List.of(126.61, 45.71), List.of(126.6, 45.7)), null), true),
                new JournalEntry.CommandMade(95_000, "controller", new Command.CloseRoad(TRAINEE, new GeoPoint(45.75, 126.62), 50, "友谊路"), true),
                new JournalEntry.InjectFired(120_000, new Inject("adhoc-1", 2, new LocalizedText("大桥坍塌", "Bridge collapses"), null,
                        List.of(new InjectEffect.CloseRoad(new GeoPoint(45.78, 126.6), 100.0, null, true, null)))),
                new JournalEntry.CommandMade(150_000, "trainee", new Command.CallReserve(TRAINEE, "water-supermarket"), true),
                new JournalEntry.CommandMade(160_000, "trainee", new Command.RequestMutualAid(TRAINEE, "ambulance", 3, "h-south", 1.5), true),
                new JournalEntry.ClockReached(180_000));
    }

    @Test
    void entriesSurviveAWriteAndReopen() {
        Path file = dir.resolve("drill.journal.jsonl");
        try (Journal j = Journal.create(file, HEADER)) {
            sample().forEach(j::append);
        }
        try (Journal j = Journal.open(file)) {
            assertEquals(HEADER, j.header());
            assertEquals(sample(), j.entries());
            assertFalse(j.tornTailDropped());
        }
    }

    @Test
    void aLineCutShortByACrashIsDroppedAndAppendingContinuesCleanly() throws Exception {
        Path file = dir.resolve("drill.journal.jsonl");
        try (Journal j = Journal.create(file, HEADER)) {
            sample().subList(0, 2).forEach(j::append);
        }
        String torn = Journal.toJson(sample().get(2));
        Files.writeString(file, torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        try (Journal j = Journal.open(file)) {
            assertTrue(j.tornTailDropped());
            assertEquals(file + ":4: 最后一行不完整（写入时中断），已舍弃 / the last line was cut short by a crash and is dropped", j.tornTailNotice());
            assertEquals(sample().subList(0, 2), j.entries());
            j.append(sample().get(3));
        }
        try (Journal j = Journal.open(file)) {
            assertFalse(j.tornTailDropped());
            assertEquals(List.of(sample().get(0), sample().get(1), sample().get(3)), j.entries());
        }
    }

    @Test
    void aCorruptCompleteLineIsReportedWithItsLineNumber() throws Exception {
        Path file = dir.resolve("bad.jsonl");
        try (Journal j = Journal.create(file, HEADER)) {
            j.append(sample().get(0));
        }
        Files.writeString(file, "{\"kind\":\"command\",\"timeMs\":\"soon\"}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertRefused(file, 3, "line has no checksum");
    }

    @Test
    void aCompleteLastLineIsKeptWithoutItsNewlineAndAppendingContinuesOnANewLine() throws Exception {
        Path file = written(4);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length - 1)); // the final newline lost
        try (Journal j = Journal.open(file)) {
            assertFalse(j.tornTailDropped());
            assertNull(j.tornTailNotice());
            assertEquals(sample().subList(0, 4), j.entries());
            j.append(sample().get(4));
        }
        try (Journal j = Journal.open(file)) {
            assertEquals(sample().subList(0, 5), j.entries());
            assertEquals(6, Files.readAllLines(file).size());
        }
    }

    @Test
    void aChangedLineIsRefusedWithItsLineNumber() throws Exception {
        Path file = written(4);
        replace(file, "\"amb-1\"", "\"amb-2\"");
        assertRefused(file, 2, "checksum mismatch");
    }

    @Test
    void aChangedSeedIsRefusedAtTheHeader() throws Exception {
        Path file = written(2);
        replace(file, "\"seed\":42", "\"seed\":43");
        assertRefused(file, 1, "checksum mismatch");
    }

    @Test
    void aDuplicatedLineIsRefusedWithBothLineNumbers() throws Exception {
        Path file = written(3);
        List<String> lines = Files.readAllLines(file);
        lines.add(3, lines.get(2)); // line 3 again as line 4
        Files.write(file, lines);
        assertRefused(file, 4, "duplicates line 3");
    }

    @Test
    void aLineRemovedFromTheMiddleOrMovedIsRefused() throws Exception {
        Path file = written(4);
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
        lines.remove(2);
        Files.write(file, lines);
        assertRefused(file, 3, "checksum mismatch");
        Path moved = written(3);
        lines = new java.util.ArrayList<>(Files.readAllLines(moved));
        java.util.Collections.swap(lines, 2, 3);
        Files.write(moved, lines);
        assertRefused(moved, 3, "checksum mismatch");
    }

    @Test
    void timesOutOfOrderAreRefused() {
        Path file = dir.resolve("order.jsonl");
        try (Journal j = Journal.create(file, HEADER)) {
            j.append(sample().get(2)); // T+90 s
            j.append(sample().get(0)); // T+60 s: a valid checksum, but earlier than the line before
        }
        assertRefused(file, 3, "out of order: T+00:01 is before line 2's T+00:01");
    }

    @Test
    void aTimeAfterTheScenariosEndIsRefusedWithItsLineNumber() {
        Path file = dir.resolve("future.jsonl");
        try (Journal j = Journal.create(file, HEADER)) {
            j.append(sample().get(0));
            j.append(new JournalEntry.ClockReached(SMALL.horizonMs() + 60_000));
        }
        Journal.Contents c = Journal.read(file); // a sound chain in order: only the scenario shows the time is too late
        JournalException e = assertThrows(JournalException.class, () -> Journal.checkAgainst(c, SMALL, 42L));
        assertOneLine(e, file, 3, "is after the scenario's end");
    }

    @Test
    void anotherOrChangedScenarioOrAnotherSeedIsRefused() throws Exception {
        Path file = written(1);
        Journal.Contents c = Journal.read(file);
        Journal.checkAgainst(c, SMALL, null);
        JournalException other = assertThrows(JournalException.class,
                () -> Journal.checkAgainst(c, library("harbin-chlorine-leak"), null));
        assertOneLine(other, file, 1, "the journal is for scenario synthetic-small, not harbin-chlorine-leak");
        Scenario edited = ScenarioLoader.parse(ScenarioLibrary.text("synthetic-small").replace("totalPeople: 60000", "totalPeople: 60001"),
                "synthetic-small.yaml");
        JournalException changed = assertThrows(JournalException.class, () -> Journal.checkAgainst(c, edited, null));
        assertOneLine(changed, file, 1, "changed since the drill began");
        JournalException seed = assertThrows(JournalException.class, () -> Journal.checkAgainst(c, SMALL, 7L));
        assertOneLine(seed, file, 1, "seed 7 differs from the journal's seed 42");
    }

    @Test
    void aJournalOfAnotherFormatIsRefused() throws Exception {
        Path file = dir.resolve("old.jsonl");
        Files.writeString(file, "{\"format\":1,\"scenario\":\"synthetic-small\",\"seed\":42}\n", StandardCharsets.UTF_8);
        assertRefused(file, 1, "journal format 1, this DrillSim reads format 2");
    }

    private static Scenario library(String id) {
        try {
            return ScenarioLibrary.load(id);
        } catch (org.drillsim.format.io.ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }

    private Path written(int entries) {
        Path file = dir.resolve("drill-" + entries + ".jsonl");
        try (Journal j = Journal.create(file, HEADER)) {
            sample().subList(0, entries).forEach(j::append);
        }
        return file;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    /** Refused, by read and by open, before the file is touched. */
    private static void assertRefused(Path file, int line, String what) {
        byte[] before = readBytes(file);
        assertOneLine(assertThrows(JournalException.class, () -> Journal.read(file)), file, line, what);
        assertOneLine(assertThrows(JournalException.class, () -> Journal.open(file)), file, line, what);
        assertArrayEquals(before, readBytes(file), "a refused journal is left as it was");
    }

    private static void assertOneLine(JournalException e, Path file, int line, String what) {
        String m = e.getMessage();
        assertTrue(m.startsWith(file + ":" + line + ": "), m);
        assertEquals(line, e.line());
        assertTrue(m.contains(what), m);
        assertTrue(m.contains(" / ") && m.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), "zh / en: " + m);
        assertFalse(m.contains("\n") || m.contains("Exception"), m);
        assertEquals(0, e.getStackTrace().length, "a message, not a stack trace");
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyCommandTypeIsWrittenWithItsOwnTypeId() {
        assertEquals("request-mutual-aid", CommandJson.typeId(Command.RequestMutualAid.class));
        assertEquals("pre-position", CommandJson.typeId(Command.PrePosition.class));
        String json = Journal.toJson(sample().get(0));
        assertTrue(json.contains("\"type\":\"dispatch\""), json);
        assertTrue(json.contains("\"kind\":\"command\""), json);
    }

    @Test
    void creatingOverAnExistingJournalIsRefused() {
        Path file = dir.resolve("drill.jsonl");
        Journal.create(file, HEADER).close();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Journal.create(file, HEADER));
        assertTrue(e.getMessage().contains("already exists"));
    }
}
