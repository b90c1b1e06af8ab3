package org.drillsim.ui.session;

/**
 * One decision in the log: when, who, what, and whether the command bus accepted it.
 *
 * @param seq       order of application
 * @param timeMs    simulated time
 * @param drillRole {@code trainee}, {@code controller} or {@code plan}
 * @param postRole  command-post role id (e.g. {@code medical})
 * @param issuer    name of the person or {@code plan}
 * @param type      command type id, e.g. {@code dispatch}
 * @param summary   the command's arguments, short
 * @param accepted  accepted by the command bus
 * @param reason    rejection reason (zh / en), empty when accepted
 * @param command   the command itself (for display)
 */
public record DecisionLine(long seq, long timeMs, String drillRole, String postRole, String issuer, String type,
                           String summary, boolean accepted, String reason, org.drillsim.world.command.Command command) {
}
