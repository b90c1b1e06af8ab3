package org.drillsim.ui.map;

import javafx.scene.paint.Color;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardLook;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.hazards.HazardZone;

import java.util.ArrayList;
import java.util.List;

/** Fill colours of hazard zones, read from each hazard type's look in the registry. */
public final class HazardStyle {
    private HazardStyle() {
    }

    /** The translucent fill of {@code zone}; {@code rank} 0 is the outermost (mildest) band of its footprint. */
    public static Color fill(HazardZone zone, int rank, int bands) {
        return color(look(zone.kind()).fill(zone, rank, bands));
    }

    /**
     * The colours a footprint of {@code kind} is drawn with, from the mildest zone to the most severe, for the legend:
     * computed by the same {@link HazardLook} as {@link #fill}, so the key shows the colours on the map (a ramp in
     * {@code max(3, looks)} steps, otherwise one colour per zone level).
     */
    public static List<Color> swatch(HazardKind kind) {
        HazardLook look = look(kind);
        List<Color> out = new ArrayList<>();
        if (look.ramp()) {
            int bands = Math.max(3, look.zones().size());
            for (int i = 0; i < bands; i++) out.add(color(look.fill(null, i, bands)));
        } else {
            for (HazardLook.ZoneLook z : look.zones()) out.add(color(z.fill()));
        }
        return out;
    }

    /** The name of a hazard kind, in English or Chinese. */
    public static String name(HazardKind kind, boolean english) {
        return english ? look(kind).nameEn() : look(kind).nameZh();
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
