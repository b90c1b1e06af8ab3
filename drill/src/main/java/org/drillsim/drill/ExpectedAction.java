package org.drillsim.drill;

import java.util.Set;

/**
 * What a seat is expected to do after an inject, as a condition on the command log (HSEEP MSEL "expected player
 * action"): at least {@code minCount} accepted {@code command}s by {@code seat} — counting distinct units when the
 * command names one — of the given unit types, whose task lies in {@code area}, within {@code withinMinutes} of the
 * inject. Example: dispatch ≥ 2 ambulances into the breach area within 30 min.
 *
 * @param id            id, unique in the drill
 * @param seat          the seat expected to act (its Chinese name)
 * @param command       command type, e.g. {@code dispatch}
 * @param unitTypes     unit types that count; empty for any
 * @param minCount      how many
 * @param area          where the task must lie; null for anywhere
 * @param withinMinutes time allowed from the inject
 * @param text          the expectation in words (zh)
 */
public record ExpectedAction(String id, String seat, String command, Set<String> unitTypes, int minCount, Area area,
                             double withinMinutes, String text) {
    public ExpectedAction {
        unitTypes = unitTypes == null ? Set.of() : Set.copyOf(unitTypes);
        if (minCount < 1) minCount = 1;
    }
}
