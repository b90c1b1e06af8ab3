package org.drillsim.hazards;

/** The kinds of hazard model DrillSim plays. {@link #id()} is the name used in scenario files and exports. */
public enum HazardKind {
    /** River flood: zones are water-depth bands, intensity in metres. */
    FLOOD("flood"),
    /** Continuous toxic release (Gaussian plume): zones are AEGL threat zones, intensity in ppm. */
    CHEMICAL("chemical"),
    /** Forest / grass fire: zones are the burned area and the active front, intensity in kW/m. */
    FIRE("fire"),
    /** Earthquake: zones are bands of peak ground acceleration, intensity in g. */
    EARTHQUAKE("earthquake");

    private final String id;

    HazardKind(String id) {
        this.id = id;
    }

    /** Lower-case identifier used in files ("flood", "chemical", "fire", "earthquake"). */
    public String id() {
        return id;
    }
}
