package org.drillsim.ui.map;

import javafx.scene.paint.Color;
import org.drillsim.format.model.FloodSpec;
import org.drillsim.format.model.HazardSpec;
import org.drillsim.hazards.Hazard;
import org.drillsim.hazards.flood.FloodModel;
import org.drillsim.world.ScenarioSite;
import org.locationtech.jts.geom.Geometry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A river or lake drawn under the roads from the start of the drill, with its name (blank: unnamed). The map and its
 * legend take their colours from here.
 *
 * @param polygon lon/lat polygon or multipolygon
 * @param name    label, e.g. 松花江, or ""
 */
public record WaterArea(Geometry polygon, String name) {
    /** Fill of rivers and lakes (the blue of OSM maps, opaque, so a flood's translucent blue reads as extra water). */
    public static final Color FILL = Color.web("#aad3df");
    /** Outline of rivers and lakes. */
    public static final Color OUTLINE = Color.web("#6fa8bd");
    /** Colour of the water names. */
    public static final Color LABEL = Color.web("#1f5f7a");

    public WaterArea {
        name = name == null ? "" : name;
    }

    /**
     * The site's water: every polygon of {@link ScenarioSite#water()}, named from OSM ({@code userData}) or, for a
     * flood's own river, from the scenario's {@code riverNames} (the Songhua in the Harbin extract is an unnamed
     * relation).
     */
    public static List<WaterArea> of(ScenarioSite site) {
        Map<Geometry, String> riverNames = new IdentityHashMap<>();
        for (Hazard h : site.hazards()) {
            if (!(h instanceof FloodModel f)) continue;
            String name = "";
            for (HazardSpec spec : site.scenario().hazards()) {
                if (spec instanceof FloodSpec fs && fs.id().equals(h.id()) && !fs.riverNames().isEmpty()) name = fs.riverNames().get(0);
            }
            for (Geometry g : f.params().waterLonLat()) riverNames.put(g, name);
        }
        List<WaterArea> out = new ArrayList<>();
        for (Geometry g : site.water()) {
            String name = riverNames.get(g);
            if ((name == null || name.isBlank()) && g.getUserData() instanceof String s) name = s;
            out.add(new WaterArea(g, name));
        }
        return out;
    }
}
