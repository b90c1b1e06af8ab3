package org.drillsim.hazards;

/** The protective action recommended for people in a hazard zone. */
public enum ProtectiveAction {
    /** No action needed. */
    NONE,
    /** Stay indoors, close windows and ventilation (就地避险). */
    SHELTER_IN_PLACE,
    /** Leave the zone (紧急转移). */
    EVACUATE
}
