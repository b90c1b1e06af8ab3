package org.drillsim.ui.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.drillsim.format.model.Scenario;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The first line of a drill journal: what to rebuild the world from, and what a resume must find unchanged.
 *
 * @param format       journal format version ({@value #FORMAT})
 * @param scenario     the scenario as given on the command line (library id or file path)
 * @param scenarioId   the scenario's id
 * @param scenarioHash {@link #hashOf} the scenario when the drill began: a resume refuses a scenario that changed
 * @param seed         master seed
 * @param manualAreas  plan areas the trainees run (the plan runs the others), lower case
 * @param createdAt    wall-clock creation time (ISO-8601), for people only — never used by the simulation
 */
public record JournalHeader(int format, String scenario, String scenarioId, String scenarioHash, long seed,
                            List<String> manualAreas, String createdAt) {
    /** The current format version: 2 added the scenario hash and the per-line checksums. */
    public static final int FORMAT = 2;

    public JournalHeader {
        manualAreas = List.copyOf(manualAreas);
    }

    /** SHA-256 (hex) of the scenario's content as canonical JSON: equal for a library id and a file with the same content. */
    public static String hashOf(Scenario s) {
        try {
            byte[] json = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsBytes(s);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("scenario " + s.id() + " cannot be written as JSON: " + e.getOriginalMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from this JVM", e);
        }
    }
}
