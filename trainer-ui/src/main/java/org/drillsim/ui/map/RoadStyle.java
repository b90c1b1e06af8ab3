package org.drillsim.ui.map;

import javafx.scene.paint.Color;
import org.drillsim.routing.RoadClass;

/**
 * How a road class is drawn: colour, line width in pixels, and the zoom (pixels per metre) below which the
 * class is left out so that a whole-city view stays legible on a projector and cheap to draw.
 */
public record RoadStyle(Color colour, double widthPx, double minScale) {

    /** The style of a road class; major roads are drawn wider and at every zoom. */
    public static RoadStyle of(RoadClass roadClass) {
        return switch (roadClass) {
            case MOTORWAY -> new RoadStyle(Color.web("#d9534f"), 3.2, 0);
            case TRUNK -> new RoadStyle(Color.web("#e8833a"), 3.0, 0);
            case PRIMARY -> new RoadStyle(Color.web("#f0ad4e"), 2.6, 0);
            case SECONDARY -> new RoadStyle(Color.web("#c9b458"), 2.0, 0);
            case TERTIARY -> new RoadStyle(Color.web("#9a9a9a"), 1.5, 0.03);
            case UNCLASSIFIED, ROAD -> new RoadStyle(Color.web("#aaaaaa"), 1.1, 0.06);
            case RESIDENTIAL, LIVING_STREET -> new RoadStyle(Color.web("#bbbbbb"), 1.0, 0.08);
            case SERVICE, TRACK, OTHER -> new RoadStyle(Color.web("#cccccc"), 0.8, 0.15);
        };
    }

    /** Road classes in drawing order: minor roads first so that major roads lie on top. */
    public static RoadClass[] drawingOrder() {
        RoadClass[] all = RoadClass.values();
        RoadClass[] order = new RoadClass[all.length];
        for (int i = 0; i < all.length; i++) order[i] = all[all.length - 1 - i];
        return order;
    }
}
