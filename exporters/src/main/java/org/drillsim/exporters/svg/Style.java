package org.drillsim.exporters.svg;

import java.awt.Color;
import java.util.List;

/**
 * How a shape is stroked and filled.
 *
 * @param stroke      outline colour, or null for none
 * @param strokeWidth outline width in drawing units
 * @param fill        fill colour, or null for none
 * @param fillOpacity fill opacity 0..1
 * @param dash        dash pattern (on, off, …) in drawing units; empty for a solid line
 */
public record Style(Color stroke, double strokeWidth, Color fill, double fillOpacity, List<Double> dash) {
    public Style {
        dash = List.copyOf(dash);
        if (strokeWidth < 0 || fillOpacity < 0 || fillOpacity > 1) {
            throw new IllegalArgumentException("bad style: stroke width " + strokeWidth + ", fill opacity " + fillOpacity);
        }
    }

    /** A solid outline. */
    public static Style stroke(Color colour, double width) {
        return new Style(colour, width, null, 1, List.of());
    }

    /** A dashed outline. */
    public static Style dashed(Color colour, double width, double on, double off) {
        return new Style(colour, width, null, 1, List.of(on, off));
    }

    /** A fill without outline. */
    public static Style fill(Color colour) {
        return new Style(null, 0, colour, 1, List.of());
    }

    /** A fill with an outline. */
    public static Style filled(Color fill, Color stroke, double strokeWidth) {
        return new Style(stroke, strokeWidth, fill, 1, List.of());
    }

    /** This style with another fill opacity. */
    public Style withFillOpacity(double opacity) {
        return new Style(stroke, strokeWidth, fill, opacity, dash);
    }
}
