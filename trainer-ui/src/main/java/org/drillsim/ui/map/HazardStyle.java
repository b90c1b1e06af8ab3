package org.drillsim.ui.map;

import javafx.scene.paint.Color;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardLook;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.hazards.HazardZone;

/** Fill colours of hazard zones, read from each hazard type's look in the registry. */
public final class HazardStyle {
    private HazardStyle() {
    }

    /** The translucent fill of {@code zone}; {@code rank} 0 is the outermost (mildest) band of its footprint. */
    public static Color fill(HazardZone zone, int rank, int bands) {
        return color(look(zone.kind()).fill(zone, rank, bands));
    }

    /** Outline colour for a hazard kind. */
    public static Color outline(HazardKind kind) {
        return color(look(kind).outline());
    }

    /** A colour of the registry's looks in JavaFX. */
    public static Color color(HazardLook.Rgba c) {
        return Color.rgb(c.red(), c.green(), c.blue(), c.opacity());
    }

    private static HazardLook look(HazardKind kind) {
        return HazardTypes.installed().forKind(kind).look();
    }
}
