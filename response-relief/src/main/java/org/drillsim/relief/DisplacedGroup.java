package org.drillsim.relief;

import org.drillsim.world.DelayCause;
import org.drillsim.world.TargetClock;

/**
 * People of one cell displaced at the same time and moving together, with their two clocks: displaced →
 * sheltered, and displaced → sheltered with water and food (living-12h / living-10h). A group splits when only
 * part of it fits a shelter or a bus.
 */
final class DisplacedGroup {
    /** Where the group is in the evacuation. */
    enum Phase {
        /** Trapped in the cell, waiting for a rescue team. */
        TRAPPED,
        /** In the cell (DISPLACED), waiting for an order, a shelter with room or an open road. */
        WAITING,
        /** Left the cell, waiting for a bus at the assembly point (EVACUATING). */
        AT_ASSEMBLY,
        /** Walking or riding to its shelter (EVACUATING). */
        MOVING,
        /** At the shelter's door while it is being opened (EVACUATING). */
        AT_DOOR,
        /** Admitted to a shelter (SHELTERED). */
        SHELTERED
    }

    final String id;
    final int cell;
    final long displacedMs;
    long people;
    Phase phase;
    TargetClock living;
    TargetClock sheltered;
    ShelterState shelter;
    int assemblyNode = -1;
    /** Road node where a rescue team landed the group (they start from there, no wading), or -1. */
    int landedAt = -1;
    long readyAtAssemblyMs;
    String hazardId;

    DisplacedGroup(String id, int cell, long displacedMs, long people, Phase phase, TargetClock living,
                   TargetClock sheltered) {
        this.id = id;
        this.cell = cell;
        this.displacedMs = displacedMs;
        this.people = people;
        this.phase = phase;
        this.living = living;
        this.sheltered = sheltered;
    }

    /** Splits {@code part} people off into a new group in the same phase (clocks split with them). */
    DisplacedGroup split(long part, String newId) {
        DisplacedGroup g = new DisplacedGroup(newId, cell, displacedMs, part, phase,
                living.split(part, newId), sheltered.split(part, newId));
        g.shelter = shelter;
        g.assemblyNode = assemblyNode;
        g.landedAt = landedAt;
        g.readyAtAssemblyMs = readyAtAssemblyMs;
        g.hazardId = hazardId;
        people -= part;
        return g;
    }

    /** Sets the cause of both clocks (the sheltered clock only while it runs). */
    void cause(DelayCause c, long nowMs) {
        living.cause(c, nowMs);
        sheltered.cause(c, nowMs);
    }

    @Override
    public String toString() {
        return id + " (" + people + ", " + phase + ")";
    }
}
