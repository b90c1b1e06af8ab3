package org.drillsim.drill;

import org.drillsim.world.Task;
import org.drillsim.world.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Casualty tasks picked the way a player picks them: from the medical seat's own view of open tasks, keeping only
 * those the model would let the unit take now (the unit is free and the task's owner has no refusal: not being
 * ferried, in reach, still needing a unit). The tests then do not depend on which casualty ids the flood model
 * happens to create, nor on which of them are cut off at a given minute (used by the drill tests and the trainer's
 * drill-window test). Drill thread only (a server test calls it
 * through {@code server().call}).
 */
public final class OpenCasualties {
    private OpenCasualties() {
    }

    /**
     * One distinct task for each unit, in the view's order (priority, then age), whose place lies in {@code area}
     * (null for anywhere) and that accepts that unit now; null when not every unit gets one.
     */
    public static List<String> pick(DrillEngine e, Seat seat, Area area, List<String> unitIds) {
        List<String> out = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (String unitId : unitIds) {
            Unit u = e.world().units().get(unitId);
            String found = null;
            for (SeatView.TaskLine line : e.view(seat, false, 1, List.of()).tasks()) {
                if (!line.kind().equals("casualty") || taken.contains(line.id())) continue;
                if (area != null && !area.contains(line.lat(), line.lon())) continue;
                Task t = e.world().tasks().get(line.id());
                if (u.isAvailable() && t.owner().refusal(u, t) == null) {
                    found = line.id();
                    break;
                }
            }
            if (found == null) return null;
            taken.add(found);
            out.add(found);
        }
        return out;
    }

    /** The area of the scripted expected action with this id. */
    public static Area areaOf(DrillScript script, String expectedActionId) {
        return script.items().stream().flatMap(i -> i.expect().stream())
                .filter(a -> a.id().equals(expectedActionId)).findFirst().orElseThrow().area();
    }
}
