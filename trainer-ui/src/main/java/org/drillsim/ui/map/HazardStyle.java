package org.drillsim.ui.map;

import javafx.scene.paint.Color;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardZone;

/** Fill colours of hazard zones: a hue per hazard kind, darker for more severe zones. */
public final class HazardStyle {
    private HazardStyle() {
    }

    /** The translucent fill of {@code zone}; {@code rank} 0 is the outermost (mildest) band of its footprint. */
    public static Color fill(HazardZone zone, int rank, int bands) {
        double severity = bands <= 1 ? 1 : (double) rank / (bands - 1);
        return switch (zone.kind()) {
            case FLOOD -> Color.hsb(210, 0.35 + 0.6 * severity, 0.95 - 0.4 * severity, 0.45);
            case CHEMICAL -> Color.hsb(60 - 55 * severity, 0.8, 0.95, 0.35 + 0.15 * severity);
            case FIRE -> fireFill(zone);
        };
    }

    private static Color fireFill(HazardZone zone) {
        return switch (zone.level()) {
            case "front" -> Color.rgb(230, 40, 0, 0.75);
            case "burned" -> Color.rgb(60, 40, 30, 0.55);
            default -> Color.rgb(255, 140, 0, 0.22); // evacuation buffer
        };
    }

    /** Outline colour for a hazard kind. */
    public static Color outline(HazardKind kind) {
        return switch (kind) {
            case FLOOD -> Color.web("#0d47a1");
            case CHEMICAL -> Color.web("#9e7c00");
            case FIRE -> Color.web("#b71c1c");
        };
    }
}
