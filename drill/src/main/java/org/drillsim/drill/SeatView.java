package org.drillsim.drill;

import java.util.List;

/**
 * What one seat sees: its own units, the tasks its calls and units report, its facilities, its inbox, its decisions
 * and its expected actions; the controller sees everything. Double-blind: nothing here shows the hazard itself, so a
 * seat learns of the disaster through injects and its units' reports.
 */
public record SeatView(String seat, long timeMs, long horizonMs, boolean running, double speed, boolean ended,
                       List<UnitLine> units, List<TaskLine> tasks, List<FacilityLine> facilities,
                       List<InboxMessage> inbox, List<Decision> decisions, List<Outcome> expected, List<String> online) {

    /** A unit: id, name, type, status ({@code available}, {@code busy} …), current task or null. */
    public record UnitLine(String id, String name, String type, String status, String taskId) {
    }

    /** An open task: id, kind, priority (lower first), place. */
    public record TaskLine(String id, String kind, int priority, double lat, double lon, long createdMs) {
    }

    /** A facility: id, kind, name. */
    public record FacilityLine(String id, String kind, String name) {
    }
}
