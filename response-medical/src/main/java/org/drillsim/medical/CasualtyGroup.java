package org.drillsim.medical;

import org.drillsim.format.model.HospitalCapability;
import org.drillsim.world.Task;
import org.drillsim.world.TargetClock;

import java.util.ArrayList;
import java.util.List;

/**
 * Casualties of one triage category injured in one population cell at one hazard tick (aggregated: they share
 * the injury time and place). Patients move through: waiting (no unit coming) → covered (a unit on its way)
 * → first treatment → (T1/T2) transport → hospital.
 */
final class CasualtyGroup {
    final String id;
    final long seq;
    final int cell;
    final String hazardId;
    final HospitalCapability need;
    final long injuryMs;
    final long callableMs;
    final int injured;
    Triage triage;
    long t1SinceMs;
    int node;
    Task task;
    /** Clocks of the untreated patients no unit is coming for; their weights sum to {@link #uncovered()}. */
    final List<TargetClock> waiting = new ArrayList<>();
    /** Trips bringing first treatment. */
    final List<Trip> coming = new ArrayList<>();
    /** T1/T2 patients treated on scene by a medical team, waiting for transport. */
    int awaitingTransport;
    /** Of those, patients an ambulance is coming for. */
    int transportComing;
    boolean ferrying;
    long deathHandle = -1;
    long upgradeHandle = -1;

    CasualtyGroup(String id, long seq, int cell, int node, String hazardId, Triage triage, HospitalCapability need,
                  long injuryMs, long callableMs, int injured) {
        this.id = id;
        this.seq = seq;
        this.cell = cell;
        this.node = node;
        this.hazardId = hazardId;
        this.triage = triage;
        this.need = need;
        this.injuryMs = injuryMs;
        this.callableMs = callableMs;
        this.injured = injured;
        this.t1SinceMs = injuryMs;
    }

    /** Untreated patients no unit is coming for. */
    int uncovered() {
        int n = 0;
        for (TargetClock c : waiting) {
            n += (int) c.weight();
        }
        return n;
    }

    /** Untreated patients, covered or not. */
    int untreated() {
        int n = uncovered();
        for (Trip t : coming) {
            n += t.patients;
        }
        return n;
    }

    /** Whether nothing is left to do for it. */
    boolean done() {
        return untreated() == 0 && awaitingTransport == 0;
    }
}
