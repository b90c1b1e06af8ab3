package org.drillsim.world;

/** Kinds of fixed facilities in the world. */
public enum FacilityKind {
    HOSPITAL, FIRE_STATION, POLICE_STATION, DEPOT, SHELTER, HELICOPTER_BASE, OTHER
}
