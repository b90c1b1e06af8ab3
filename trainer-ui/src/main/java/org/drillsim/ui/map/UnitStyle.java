package org.drillsim.ui.map;

import javafx.scene.paint.Color;

import java.util.Locale;

/** Colour of a unit symbol by unit kind id; unknown kinds are grey so that nothing is ever invisible. */
public final class UnitStyle {
    private UnitStyle() {
    }

    /** The colour of units of {@code kind}. */
    public static Color colour(String kind) {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        if (k.contains("ambulance") || k.contains("medical") || k.contains("helicopter")) return Color.web("#d32f2f");
        if (k.contains("fire")) return Color.web("#ef6c00");
        if (k.contains("bus") || k.contains("evacuation")) return Color.web("#1976d2");
        if (k.contains("truck") || k.contains("logistics") || k.contains("supply")) return Color.web("#7b1fa2");
        if (k.contains("repair") || k.contains("engineering")) return Color.web("#5d4037");
        if (k.contains("hazmat")) return Color.web("#f9a825");
        if (k.contains("rescue") || k.contains("boat")) return Color.web("#00897b");
        if (k.contains("police")) return Color.web("#283593");
        return Color.web("#546e7a");
    }
}
