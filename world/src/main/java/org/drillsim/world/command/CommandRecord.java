package org.drillsim.world.command;

/**
 * One journal entry: a command, when it was applied and whether it was accepted.
 *
 * @param seq      order of application, from 1
 * @param timeMs   simulated time of application
 * @param command  the command
 * @param accepted whether it was applied
 * @param reason   rejection reason (zh / en), empty when accepted
 */
public record CommandRecord(long seq, long timeMs, Command command, boolean accepted, String reason) {
}
