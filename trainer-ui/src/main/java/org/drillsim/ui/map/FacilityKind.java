package org.drillsim.ui.map;

import javafx.scene.paint.Color;

/** Kinds of facility the map shows, with their symbol colour; labels come from the message bundles. */
public enum FacilityKind {
    HOSPITAL(Color.web("#c62828")),
    FIRE_STATION(Color.web("#e65100")),
    POLICE_STATION(Color.web("#1565c0")),
    DEPOT(Color.web("#6a1b9a")),
    SHELTER(Color.web("#2e7d32")),
    HELICOPTER_BASE(Color.web("#00838f")),
    OTHER(Color.web("#455a64"));

    private final Color colour;

    FacilityKind(Color colour) {
        this.colour = colour;
    }

    /** Symbol colour. */
    public Color colour() {
        return colour;
    }

    /** Message-bundle key of the label, e.g. {@code facility.hospital}. */
    public String messageKey() {
        return "facility." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
