package org.drillsim.exporters.svg;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.drillsim.exporters.text.Text;

/**
 * The drawing primitives. Charts and maps are lists of these; {@link SvgRenderer} and
 * {@link Java2DRenderer} each render every kind, so the vector and raster pictures match.
 */
public sealed interface Shape permits Shape.Polyline, Shape.Polygon, Shape.Circle, Shape.Rect, Shape.Label {

    /** An open line through the points. */
    record Polyline(List<Pt> points, Style style) implements Shape {
        public Polyline {
            points = List.copyOf(points);
            Objects.requireNonNull(style, "style");
            if (points.size() < 2) {
                throw new IllegalArgumentException("a polyline needs 2 points, got " + points.size());
            }
        }

        /** A straight line segment. */
        public static Polyline line(double x1, double y1, double x2, double y2, Style style) {
            return new Polyline(List.of(new Pt(x1, y1), new Pt(x2, y2)), style);
        }
    }

    /** A closed area: outer ring, then holes (filled by the even-odd rule). */
    record Polygon(List<List<Pt>> rings, Style style) implements Shape {
        public Polygon {
            List<List<Pt>> copy = new ArrayList<>();
            for (List<Pt> ring : rings) {
                if (ring.size() < 3) {
                    throw new IllegalArgumentException("a polygon ring needs 3 points, got " + ring.size());
                }
                copy.add(List.copyOf(ring));
            }
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("a polygon needs a ring");
            }
            rings = List.copyOf(copy);
            Objects.requireNonNull(style, "style");
        }

        /** A polygon without holes. */
        public static Polygon of(List<Pt> ring, Style style) {
            return new Polygon(List.of(ring), style);
        }
    }

    /** A circle. */
    record Circle(Pt centre, double radius, Style style) implements Shape {
        public Circle {
            Objects.requireNonNull(centre, "centre");
            Objects.requireNonNull(style, "style");
            if (!(radius >= 0)) {
                throw new IllegalArgumentException("circle radius must be >= 0, got " + radius);
            }
        }
    }

    /** An axis-aligned rectangle from its top-left corner. */
    record Rect(double x, double y, double width, double height, Style style) implements Shape {
        public Rect {
            Objects.requireNonNull(style, "style");
            if (!(width >= 0) || !(height >= 0)) {
                throw new IllegalArgumentException("rectangle size must be >= 0, got " + width + " x " + height);
            }
        }
    }

    /**
     * Text on the drawing.
     *
     * @param at       the anchor point; y is the text baseline
     * @param text     the wording in both languages
     * @param size     font size in drawing units
     * @param anchor   which part of the text sits on {@code at}
     * @param bold     bold face
     * @param colour   text colour
     * @param rotation clockwise rotation in degrees around {@code at} (-90 for a y-axis title)
     * @param halo     a white outline so the text reads over a map
     */
    record Label(Pt at, Text text, double size, Anchor anchor, boolean bold, Color colour, double rotation, boolean halo)
            implements Shape {
        public Label {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(colour, "colour");
            if (!(size > 0)) {
                throw new IllegalArgumentException("label size must be > 0, got " + size);
            }
        }

        /** Plain dark text, not rotated. */
        public static Label of(double x, double y, Text text, double size, Anchor anchor) {
            return new Label(new Pt(x, y), text, size, anchor, false, Palette.INK, 0, false);
        }
    }

    /** Horizontal alignment of a label on its anchor point. */
    enum Anchor {
        /** Text starts at the point. */
        START,
        /** Text is centred on the point. */
        MIDDLE,
        /** Text ends at the point. */
        END
    }
}
