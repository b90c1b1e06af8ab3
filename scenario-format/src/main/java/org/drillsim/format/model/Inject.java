package org.drillsim.format.model;

import java.util.List;

/**
 * A scripted event of the drill (MSEL entry): shown to trainees at a time, with the action they are
 * expected to take and its effect on the simulated world.
 *
 * @param id             unique inject id
 * @param atMinutes      minutes from scenario start
 * @param message        message shown to trainees
 * @param expectedAction the action the players are expected to take (for the evaluation)
 * @param effects        what changes in the world
 */
@Doc("Inject (情景注入): time, message, expected player action, effects")
public record Inject(
        @Doc("unique inject id") String id,
        @Range(min = 0, max = 525_600) @Doc("minutes from scenario start") double atMinutes,
        @Doc("message shown to trainees") LocalizedText message,
        @Opt @Doc("what the players are expected to do") LocalizedText expectedAction,
        @Opt @Doc("effects on the world; default none (message only)") List<InjectEffect> effects) {

    public Inject {
        effects = effects == null ? List.of() : List.copyOf(effects);
    }
}
