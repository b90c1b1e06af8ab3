package org.drillsim.world.command;

/**
 * Applies one command type to the world. Registered with {@link CommandBus#register(Class, CommandHandler)}
 * by the module that owns the affected part of the world.
 *
 * @param <C> the command type
 */
public interface CommandHandler<C extends Command> {

    /**
     * Checks the command against the current world without changing anything.
     *
     * @throws CommandRejectedException naming what is wrong (unknown id, unit busy, no room …)
     */
    void validate(C command) throws CommandRejectedException;

    /** Applies a validated command at the current simulated time. */
    void apply(C command);
}
