package org.drillsim.exporters.svg;

/**
 * A point on a drawing, in drawing units (pixels at scale 1), y pointing down.
 *
 * @param x distance from the left edge
 * @param y distance from the top edge
 */
public record Pt(double x, double y) {
    public Pt {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("drawing point must be finite, got (" + x + ", " + y + ")");
        }
    }
}
