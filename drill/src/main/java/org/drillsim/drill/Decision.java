package org.drillsim.drill;

/**
 * One seat's command as the drill applied it: who, when, what, on which unit and task, and the answer.
 *
 * @param seq      global order of application in the drill, from 1 (the journal's order)
 * @param seat     the seat (Chinese name)
 * @param name     the person at the seat
 * @param seatSeq  the seat's own numbering of its commands, from 1
 * @param timeMs   simulated time of application
 * @param type     command type
 * @param unitId   unit named by the command, or null
 * @param unitType that unit's type, or null
 * @param taskId   task named by the command, or null
 * @param taskLat  where: the task's latitude when applied (a road order: its point), or null
 * @param taskLon  where: the task's longitude when applied (a road order: its point), or null
 * @param accepted whether the command bus applied it
 * @param reason   why it was refused (zh / en, whole), empty when accepted
 */
public record Decision(long seq, String seat, String name, long seatSeq, long timeMs, String type, String unitId,
                       String unitType, String taskId, Double taskLat, Double taskLon, boolean accepted, String reason) {
}
