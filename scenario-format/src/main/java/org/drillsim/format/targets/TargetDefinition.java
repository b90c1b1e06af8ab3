package org.drillsim.format.targets;

import org.drillsim.format.model.ClockEvent;
import org.drillsim.format.model.LocalizedText;

/**
 * A target from the catalogue (TARGETS.md), with its source so a planner can cite it.
 *
 * @param id                   catalogue id, e.g. {@code medical-2h}
 * @param kind                 {@code response-time} (a clock per person / unit) or {@code capacity} (per scenario / area)
 * @param label                short label, zh and en
 * @param threshold            the plan's threshold, in {@code unit}
 * @param unit                 unit of the threshold ({@code h}, {@code m2/person}, {@code km}, {@code d}, {@code %}, {@code people})
 * @param comparison           how a value meets it: {@code <=}, {@code <} or {@code >=}
 * @param source               source file, document, clause and line in the seed text
 * @param wording              the plan's original wording (原文)
 * @param clockStart           default clock start (response-time targets), else null
 * @param clockStop            default clock stop (response-time targets), else null
 * @param defaultRequiredShare share that must meet the threshold to pass, null for capacity targets without one
 * @param note                 how the target is read, and which parts are assumptions
 */
public record TargetDefinition(String id, String kind, LocalizedText label, double threshold, String unit,
                               String comparison, Source source, String wording, ClockEvent clockStart,
                               ClockEvent clockStop, Double defaultRequiredShare, LocalizedText note) {

    /**
     * Where a target comes from.
     *
     * @param file     seed file number ({@code 000} … {@code 004})
     * @param document document title
     * @param clause   clause or goal number
     * @param line     line of the wording in the seed text file
     */
    public record Source(String file, String document, String clause, int line) {
        /** e.g. {@code 000 环翠区…规划, 2025 goal #7 (line 67)}; line 0 (a scenario's own plan) is left out. */
        @Override
        public String toString() {
            return (file.isEmpty() ? "" : file + " ") + document + ", " + clause + (line > 0 ? " (line " + line + ")" : "");
        }
    }

    public TargetDefinition {
        if (!comparison.equals("<=") && !comparison.equals("<") && !comparison.equals(">=")) {
            throw new IllegalArgumentException("target " + id + ": comparison must be <=, < or >=, got " + comparison);
        }
        if (note == null) {
            note = new LocalizedText("", "");
        }
    }

    /** Whether a measured value meets the threshold ({@code threshold} may be overridden by the scenario). */
    public boolean meets(double value, double thresholdInUse) {
        return switch (comparison) {
            case "<=" -> value <= thresholdInUse;
            case "<" -> value < thresholdInUse;
            default -> value >= thresholdInUse;
        };
    }

    /** Whether the target times a clock per person or unit. */
    public boolean isResponseTime() {
        return "response-time".equals(kind);
    }
}
