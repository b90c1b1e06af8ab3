package org.drillsim.medical;

/**
 * A casualty group's state for maps and panels (read on the simulation thread).
 *
 * @param taskId            the task id that {@code Dispatch} commands target
 * @param node              road node where the casualties are now
 * @param lon               longitude
 * @param lat               latitude
 * @param triage            triage now ({@code t1}, {@code t2}, {@code t3})
 * @param injured           people injured in the group
 * @param waiting           untreated, no unit coming
 * @param covered           untreated, a unit on its way
 * @param awaitingTransport treated on scene, waiting for an ambulance
 * @param ferrying          being carried out of a cut-off area
 * @param injuryMs          injury time
 * @param open              still needs something
 */
public record CasualtyView(String taskId, int node, double lon, double lat, String triage, int injured, int waiting,
                           int covered, int awaitingTransport, boolean ferrying, long injuryMs, boolean open) {
}
