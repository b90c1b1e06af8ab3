package org.drillsim.format.model;

import java.util.List;

/**
 * What the plan does at one response level (I highest … IV lowest): when the automatic plan starts it and what
 * follows. A trainee may start a level earlier or later by command; the level's actions follow the command.
 *
 * @param level                  1 = I (一级, highest) … 4 = IV (四级)
 * @param triggerDisplacedPeople the automatic plan starts this level when this many people have been displaced
 * @param triggerAtHours         … or at this time, hours from the start (whichever comes first)
 * @param relocatePeople         people the plan expects to relocate at this level (the relief-level2 need)
 * @param openShelters           shelters opened when the level starts (the largest first); default 0
 * @param callReserves           agreement reserves called when the level starts
 * @param mobiliseTeams          team ids mobilised (logged; the model's teams are on call from the start)
 */
@Doc("One response level (响应级别) of the plan")
public record ResponseLevelPlan(
        @Range(min = 1, max = 4) @Doc("1 = I (highest) … 4 = IV") int level,
        @Opt @Range(min = 0, max = 1e9) @Doc("start when this many people are displaced") Long triggerDisplacedPeople,
        @Opt @Range(min = 0, max = 720) @Doc("start at this hour at the latest") Double triggerAtHours,
        @Opt @Range(min = 0, max = 1e9) @Doc("people to relocate at this level (relief-level2)") Long relocatePeople,
        @Opt @Range(min = 0, max = 10000) @Doc("shelters opened at the start, largest first; default 0") Integer openShelters,
        @Opt @Doc("agreement reserve ids called at the start") List<String> callReserves,
        @Opt @Doc("team ids mobilised at the start") List<String> mobiliseTeams) {

    public ResponseLevelPlan {
        openShelters = openShelters == null ? 0 : openShelters;
        callReserves = callReserves == null ? List.of() : List.copyOf(callReserves);
        mobiliseTeams = mobiliseTeams == null ? List.of() : List.copyOf(mobiliseTeams);
    }

    /** Roman numeral of a level, I–IV. */
    public static String roman(int level) {
        return switch (level) {
            case 1 -> "I";
            case 2 -> "II";
            case 3 -> "III";
            case 4 -> "IV";
            default -> throw new IllegalArgumentException("response level: expected 1–4, got " + level);
        };
    }
}
