package org.drillsim.analysis.site;

import org.drillsim.analysis.siting.SitingObjective;
import org.drillsim.analysis.siting.SitingSettings;

/**
 * What to site.
 *
 * @param kind          depot, shelter or ambulance base
 * @param add           how many new sites (≥ 1)
 * @param objective     {@link SitingObjective#MAX_COVERING} (demand within {@code withinMinutes}) or
 *                      {@link SitingObjective#P_MEDIAN} (demand-weighted travel time)
 * @param withinMinutes covering radius in travel minutes (also reported for the median)
 * @param limits        candidate search limits
 * @param settings      solver settings (seeded, iteration limits only: reproducible)
 */
public record SitingRequest(SiteKind kind, int add, SitingObjective objective, double withinMinutes,
                            CandidateFinder.Limits limits, SitingSettings settings) {
    public SitingRequest {
        if (add < 1) {
            throw new IllegalArgumentException("--add must be >= 1, got " + add);
        }
        if (objective == SitingObjective.P_CENTER) {
            throw new IllegalArgumentException("objective must be coverage or median");
        }
        if (!(withinMinutes > 0) || Double.isInfinite(withinMinutes)) {
            throw new IllegalArgumentException("covering time must be a positive number of minutes, got " + withinMinutes);
        }
    }

    /**
     * Default covering time per kind, in travel minutes (assumptions, change them with {@code --within}):
     * ambulance bases 15 min (the 2020 national guidance on pre-hospital emergency care asks for an urban service
     * radius of at most 5 km); shelters 30 min (evacuees reach a shelter well before the 12-hour living target
     * needs them fed); depots 60 min (a truck round leaves most of the 10-hour supplies target for loading and
     * waiting).
     */
    public static double defaultWithinMinutes(SiteKind kind) {
        return switch (kind) {
            case AMBULANCE_BASE -> 15;
            case SHELTER -> 30;
            case DEPOT -> 60;
        };
    }
}
