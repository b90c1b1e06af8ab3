package org.drillsim.hazards;

/**
 * A hazard whose model says how severe its injuries are at each place (an earthquake's Hazus severities 1–3 by
 * shaking and building stock), instead of the medical capability's fixed triage mix. Severity 3 (life-threatening)
 * is triage T1, severity 2 (hospital care) T2, severity 1 (basic medical aid) T3.
 */
public interface TriageMix extends Hazard {

    /**
     * Shares of T1, T2 and T3 among the people this hazard injures at (lon, lat): three numbers ≥ 0 adding up to 1,
     * or null where the hazard injures nobody (then the capability's own mix applies).
     */
    double[] triageSharesAt(double lon, double lat);
}
