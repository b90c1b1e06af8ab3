package org.drillsim.ui.journal;

import org.drillsim.world.command.Command;
import org.drillsim.world.command.Issuer;
import org.drillsim.world.command.Role;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.format.model.Inject;
import org.drillsim.format.model.InjectEffect;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.format.model.ReliefItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JournalTest {
    private static final Issuer TRAINEE = new Issuer(Role.MEDICAL, "张三");
    private static final JournalHeader HEADER = new JournalHeader(1, "synthetic-small", "synthetic-small", 42, List.of("shelter"), "2026-01-01T08:00:00Z");

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
        JournalException e = assertThrows(JournalException.class, () -> Journal.open(file));
        assertTrue(e.getMessage().startsWith(file + ":3: "), e.getMessage());
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
