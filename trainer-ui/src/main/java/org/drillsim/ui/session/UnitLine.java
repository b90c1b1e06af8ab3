package org.drillsim.ui.session;

/**
 * A unit as the decision panel lists it.
 *
 * @param id     unit id
 * @param type   unit type id
 * @param name   display name
 * @param status {@code available}, {@code busy}, {@code out}
 * @param task   current task id, or empty
 */
public record UnitLine(String id, String type, String name, String status, String task) {
    /** Whether it can be dispatched now. */
    public boolean isAvailable() {
        return status.equals("available");
    }
}
