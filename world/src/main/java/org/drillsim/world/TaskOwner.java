package org.drillsim.world;

/**
 * The module that knows how units work on its tasks (the medical chain for casualty tasks, the road module
 * for blockages …). The command bus calls it for {@code dispatch} and {@code reassign} commands.
 */
public interface TaskOwner {

    /**
     * Why {@code unit} cannot serve {@code task} (zh / en), or null when it can.
     */
    String refusal(Unit unit, Task task);

    /** Starts the unit's work on the task (the unit is available and accepted by {@link #refusal}). */
    void dispatch(Unit unit, Task task);

    /**
     * Why {@code unit} cannot be taken off {@code task} now (zh / en), or null when it can (checked by
     * the reassign command before {@link #withdraw}).
     */
    default String withdrawRefusal(Unit unit, Task task) {
        return null;
    }

    /**
     * Takes the unit off the task (a reassign command): stop its work, put the task's remaining demand back,
     * and leave the unit available at its current node.
     */
    void withdraw(Unit unit, Task task);
}
