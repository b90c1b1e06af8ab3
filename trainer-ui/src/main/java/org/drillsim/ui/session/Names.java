package org.drillsim.ui.session;

import org.drillsim.format.model.LocalizedText;

import java.util.Map;

/**
 * What the model calls the things commands refer to, so the decision panel and the logs can show names
 * instead of ids: units (by base and type), facilities, and casualty tasks (people and triage).
 * Built on the simulation thread with the snapshot; read-only afterwards.
 *
 * @param units      unit id → its name parts
 * @param facilities facility id → name
 * @param tasks      task id → what it is (every casualty task seen so far, open or closed)
 */
public record Names(Map<String, UnitName> units, Map<String, LocalizedText> facilities, Map<String, TaskName> tasks) {
    /** No names (ids shown as they are). */
    public static final Names NONE = new Names(Map.of(), Map.of(), Map.of());

    public Names {
        units = Map.copyOf(units);
        facilities = Map.copyOf(facilities);
        tasks = Map.copyOf(tasks);
    }

    /**
     * A unit's name parts: a team the scenario names (南岸医疗队) keeps its name, numbered when several share
     * it; a vehicle the model names after its id reads by base, type and number (南岸医院 救护车 3).
     *
     * @param id      unit id
     * @param type    unit type id (e.g. {@code ambulance})
     * @param base    name of its base facility, or null when it has none (mutual aid, buses)
     * @param ordinal its number among the units of the same name (or of its type at that base), from 1
     * @param of      how many units share that name (or type and base)
     * @param name    the scenario's name of the unit when it has one of its own (not built from the id), else null
     */
    public record UnitName(String id, String type, LocalizedText base, int ordinal, int of, LocalizedText name) {
    }

    /**
     * A task's description.
     *
     * @param id     task id (e.g. {@code cas-1})
     * @param kind   task kind (e.g. {@code casualty})
     * @param people people in the casualty group (0 when not a casualty task)
     * @param triage triage category {@code t1}, {@code t2}, {@code t3}, or empty
     */
    public record TaskName(String id, String kind, int people, String triage) {
    }
}
