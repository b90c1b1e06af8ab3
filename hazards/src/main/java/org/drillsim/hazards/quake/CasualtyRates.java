package org.drillsim.hazards.quake;

/**
 * Hazus indoor casualty rates: the share of the occupants of a building in a given structural damage state who
 * suffer each injury severity, from Hazus-MH MR4 Earthquake Technical Manual Tables 13.3–13.7.
 * <ul>
 *   <li>Severity 1: injuries needing basic medical aid, no hospital stay;</li>
 *   <li>severity 2: hospital care, not life-threatening;</li>
 *   <li>severity 3: life-threatening if not treated promptly;</li>
 *   <li>severity 4: instantly killed or mortally injured.</li>
 * </ul>
 * The manual's rows are the same for most model building types; the one difference kept here is the lower
 * severity-3/4 rates in collapsed light wood frames (W1). Outdoor casualties (falling debris) are left out.
 */
public final class CasualtyRates {

    /** Per damage state (slight, moderate, extensive, complete without collapse), severities 1–4. */
    private static final double[][] BY_STATE = {
            {0.0005, 0, 0, 0},
            {0.002, 0.00025, 0, 0},
            {0.01, 0.001, 0.00001, 0.00001},
            {0.05, 0.01, 0.0001, 0.0001}};
    /** Collapsed buildings, severities 1–4 (Table 13.7). */
    private static final double[] COLLAPSE = {0.40, 0.20, 0.05, 0.10};
    private static final double[] COLLAPSE_WOOD = {0.40, 0.20, 0.03, 0.05};

    private CasualtyRates() {
    }

    /**
     * Expected share of the occupants of buildings of {@code type} at {@code pgaG} in each severity 1–4 (index 0–3):
     * the damage-state shares weighted by the rates, complete damage split by the type's collapse share.
     */
    public static double[] severityShares(BuildingType type, double pgaG) {
        double[] states = type.stateShares(pgaG);
        double[] out = new double[4];
        double[] collapse = type.hazusClass().equals("W1") ? COLLAPSE_WOOD : COLLAPSE;
        for (int s = 0; s < 4; s++) {
            for (int d = 0; d < 3; d++) {
                out[s] += states[d + 1] * BY_STATE[d][s];
            }
            double complete = states[4];
            out[s] += complete * ((1 - type.collapseShare()) * BY_STATE[3][s] + type.collapseShare() * collapse[s]);
        }
        return out;
    }
}
