package org.drillsim.relief;

import org.drillsim.world.PlanArea;
import org.drillsim.world.Task;
import org.drillsim.world.TaskOwner;
import org.drillsim.world.Unit;

/**
 * A kind of team work (road repair, rescue, hazmat, fire fighting): the tasks it owns and what the plan's
 * dispatcher ({@link CrewPlan}) needs to send teams to them.
 */
interface CrewWork extends TaskOwner {

    /** The plan area that dispatches to these tasks. */
    PlanArea area();

    /** Task kind, e.g. {@code blockage}. */
    String taskKind();

    /** Whether the plan should send one more unit to {@code task} now. */
    boolean wantsUnit(Task task);

    /** Time for {@code unit} to reach {@code task} now, ms, or Long.MAX_VALUE when it cannot. */
    long etaMs(Unit unit, Task task);

    /** Whether the unit can do this kind of work at all (its capabilities). */
    boolean accepts(Unit unit);

    /**
     * Whether the plan as written sends this unit to the task (the plan's own limits, e.g. how many fire stations
     * go to a forest fire); trainees are not bound by it. Default: yes.
     */
    default boolean planSends(Unit unit, Task task) {
        return true;
    }

    /** Road node a unit heads for, used to rank units by distance before the exact checks. */
    int targetNode(Task task);
}
