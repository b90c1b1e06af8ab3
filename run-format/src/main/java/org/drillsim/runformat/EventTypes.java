package org.drillsim.runformat;

import java.util.Set;

/**
 * Event type ids of {@code events.jsonl} that a reader of the run directory relies on. The model emits them
 * through these constants, and a test checks that every one is emitted, so a report never waits for an event
 * that nothing writes.
 */
public final class EventTypes {
    private EventTypes() {
    }

    public static final String WORLD = "world";
    public static final String INJECT = "inject";
    /** Prefix of a scripted inject's effects, e.g. {@code inject-road-closed}. */
    public static final String INJECT_PREFIX = "inject-";
    public static final String COMMAND = "command";
    public static final String HOSPITAL_FULL = "hospital-full";
    public static final String SURGE_BEDS = "surge-beds";
    public static final String NO_HOSPITAL_REACHABLE = "no-hospital-reachable";
    public static final String PREVENTABLE_DEATH = "preventable-death";
    public static final String CLOCK_FAILED = "clock-failed";
    public static final String DETERIORATED = "deteriorated";
    public static final String SHELTER_OPEN = "shelter-open";
    public static final String SHELTER_OPENING = "shelter-opening";
    public static final String SHELTER_CLOSED = "shelter-closed";
    public static final String SHELTER_REOPENED = "shelter-reopened";
    /** A shelter turned someone away because it was full. */
    public static final String SHELTER_FULL = "shelter-full";
    /** A depot could not fill a shelter's request because an item ran out. */
    public static final String STOCK_OUT = "stock-out";
    public static final String HAZARD_REPLACED = "hazard-replaced";
    public static final String ROAD_REOPENED = "road-reopened";
    public static final String HOSPITAL_POWER_LOSS = "hospital-power-loss";
    public static final String BEDS_LIMITED = "beds-limited";
    public static final String END = "end";
    /** A warning issued (level, area, channels). */
    public static final String WARNING_ISSUED = "warning-issued";
    /** A response level started (level 1–4). */
    public static final String RESPONSE_LEVEL = "response-level";
    /** Base stations of a zone went silent (power lost, batteries empty). */
    public static final String COMMS_OUTAGE = "comms-outage";
    /** Priority communications restored in a zone. */
    public static final String COMMS_RESTORED = "comms-restored";
    /** A team mobilised by a started response level (team, level). */
    public static final String TEAM_MOBILISED = "team-mobilised";

    /** The types the report's timeline shows (besides {@code inject-…}). */
    public static final Set<String> KEY = Set.of(WORLD, INJECT, COMMAND, HOSPITAL_FULL, SURGE_BEDS,
            NO_HOSPITAL_REACHABLE, PREVENTABLE_DEATH, CLOCK_FAILED, DETERIORATED, SHELTER_OPEN, SHELTER_OPENING,
            SHELTER_CLOSED, SHELTER_REOPENED, SHELTER_FULL, STOCK_OUT, HAZARD_REPLACED, ROAD_REOPENED,
            HOSPITAL_POWER_LOSS, BEDS_LIMITED, WARNING_ISSUED, RESPONSE_LEVEL, TEAM_MOBILISED, COMMS_OUTAGE, COMMS_RESTORED, END);
}
