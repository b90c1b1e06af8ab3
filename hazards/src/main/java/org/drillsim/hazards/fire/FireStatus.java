package org.drillsim.hazards.fire;

/** State of a fire at a time (for the forest-fire 24 h extinction target and reports). */
public enum FireStatus {
    /** Not yet ignited. */
    NOT_IGNITED,
    /** Spreading: cells are still igniting. */
    ACTIVE,
    /** No further spread (suppression lines and fuel breaks hold); cells inside still burn out. */
    CONTAINED,
    /** Nothing burns any more. */
    EXTINGUISHED
}
