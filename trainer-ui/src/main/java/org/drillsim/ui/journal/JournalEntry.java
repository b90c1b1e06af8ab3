package org.drillsim.ui.journal;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.drillsim.world.command.Command;
import org.drillsim.format.model.Inject;

/**
 * One line of a drill journal, after the header. Replaying a journal means: run the simulation to each
 * entry's time, then apply the entry (in file order) — the drill applied it live at exactly that point.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = JournalEntry.CommandMade.class, name = "command"),
        @JsonSubTypes.Type(value = JournalEntry.InjectFired.class, name = "inject"),
        @JsonSubTypes.Type(value = JournalEntry.ClockReached.class, name = "clock")})
public sealed interface JournalEntry {
    /** Simulated time, ms, at which the entry was applied. */
    long timeMs();

    /**
     * A decision, with the drill role of whoever made it ({@code trainee} / {@code controller}).
     *
     * @param accepted whether the command bus accepted it live (a replay must agree)
     */
    record CommandMade(long timeMs, String drillRole, Command command, boolean accepted) implements JournalEntry {
    }

    /** An ad-hoc inject fired by the controller. */
    record InjectFired(long timeMs, Inject inject) implements JournalEntry {
    }

    /** The drill clock got this far (so that a resume re-simulates up to where the drill was). */
    record ClockReached(long timeMs) implements JournalEntry {
    }
}
