package org.drillsim.ui.journal;

import java.util.List;

/**
 * The first line of a drill journal: what to rebuild the world from.
 *
 * @param format       journal format version (1)
 * @param scenario     the scenario as given on the command line (library id or file path)
 * @param scenarioId   the scenario's id
 * @param seed         master seed
 * @param manualAreas  plan areas the trainees run (the plan runs the others), lower case
 * @param createdAt    wall-clock creation time (ISO-8601), for people only — never used by the simulation
 */
public record JournalHeader(int format, String scenario, String scenarioId, long seed, List<String> manualAreas, String createdAt) {
    /** The current format version. */
    public static final int FORMAT = 1;

    public JournalHeader {
        manualAreas = List.copyOf(manualAreas);
    }
}
