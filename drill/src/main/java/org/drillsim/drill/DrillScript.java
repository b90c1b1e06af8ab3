package org.drillsim.drill;

import com.fasterxml.jackson.core.type.TypeReference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;

/**
 * The control cell's scripted injects for a scenario (the MSEL of the drill): each reaches one seat (or 全体) at a
 * time through a channel, with the actions expected of the seat as conditions on the command log. Built-in scripts
 * are {@code drill-scripts/<scenario id>.json} on the class path; a scenario without one is driven by free-text
 * injects from the controller and by the scenario's own injects (sent to every seat as 情况通报).
 */
public record DrillScript(List<Item> items) {

    /** One scripted inject. */
    public record Item(String id, double atMinutes, String to, Channel channel, String from, String text,
                       List<ExpectedAction> expect) {
        public Item {
            expect = expect == null ? List.of() : List.copyOf(expect);
        }

        long atMs() {
            return Math.round(atMinutes * 60_000);
        }
    }

    public DrillScript {
        items = items.stream().sorted(Comparator.comparingDouble(Item::atMinutes).thenComparing(Item::id)).toList();
    }

    /** No scripted inject. */
    public static DrillScript empty() {
        return new DrillScript(List.of());
    }

    /** The built-in script of a scenario, or an empty one. */
    public static DrillScript builtIn(String scenarioId) {
        try (InputStream in = DrillScript.class.getResourceAsStream("/drill-scripts/" + scenarioId + ".json")) {
            if (in == null) return empty();
            return new DrillScript(Wire.mapper().readValue(in, new TypeReference<List<Item>>() { }));
        } catch (IOException e) {
            throw new UncheckedIOException("drill script of " + scenarioId + ": " + e.getMessage(), e);
        }
    }
}
