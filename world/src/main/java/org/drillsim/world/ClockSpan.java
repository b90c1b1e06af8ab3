package org.drillsim.world;

import org.drillsim.format.model.ClockEvent;

import java.util.Objects;

/**
 * What a target clock measures: from a start event to a stop event (TARGETS.md defaults, or a scenario's
 * own choice). Targets with the same span share the same measurements, e.g. {@code living-12h} and
 * {@code living-10h}.
 *
 * @param start event starting the clock
 * @param stop  event stopping it
 */
public record ClockSpan(ClockEvent start, ClockEvent stop) {
    /** Injury → first treatment by a medical team (medical-2h). */
    public static final ClockSpan MEDICAL = new ClockSpan(ClockEvent.INJURY, ClockEvent.FIRST_TREATMENT);
    /** Displaced → has shelter, drinking water and food (living-12h, living-10h). */
    public static final ClockSpan LIVING = new ClockSpan(ClockEvent.DISPLACED, ClockEvent.SHELTERED_WITH_WATER_AND_FOOD);
    /** Displaced → reached a shelter. */
    public static final ClockSpan SHELTERED = new ClockSpan(ClockEvent.DISPLACED, ClockEvent.SHELTERED);
    /** Supply request → delivery at the shelter (supplies-10h). */
    public static final ClockSpan SUPPLIES = new ClockSpan(ClockEvent.REQUEST, ClockEvent.DELIVERED);
    /** Road blocked → reopened (road-24h). */
    public static final ClockSpan ROAD = new ClockSpan(ClockEvent.BLOCKED, ClockEvent.REOPENED);
    /** Fire ignition → extinguished (forestfire-24h). */
    public static final ClockSpan FIRE = new ClockSpan(ClockEvent.IGNITION, ClockEvent.EXTINGUISHED);
    /** Network outage → priority communications restored (comms-24h). */
    public static final ClockSpan COMMS = new ClockSpan(ClockEvent.OUTAGE, ClockEvent.RESTORED);

    public ClockSpan {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
    }

    /** e.g. {@code injury->first-treatment}. */
    public String id() {
        return ClockEvents.id(start) + "->" + ClockEvents.id(stop);
    }
}
