package org.drillsim.world;

/** What a unit is doing. */
public enum UnitStatus {
    /** Free at its current node, can be dispatched. */
    AVAILABLE,
    /** Working on a task (driving, on scene, transporting, returning to base counts as available). */
    BUSY,
    /** Requested as mutual aid, not yet arrived. */
    EN_ROUTE_TO_AREA,
    /** Out of service (e.g. its base is unavailable). */
    OUT_OF_SERVICE
}
