package org.drillsim.exporters.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.drillsim.exporters.text.Text;

/**
 * A picture as a list of primitives painted in order, on a canvas of the given size. Independent
 * of language: labels carry both wordings and a renderer picks one.
 *
 * @param width  canvas width in drawing units
 * @param height canvas height in drawing units
 * @param title  what the picture shows (SVG {@code <title>}, alt text)
 * @param shapes the primitives, back to front
 */
public record Drawing(double width, double height, Text title, List<Shape> shapes) {
    public Drawing {
        Objects.requireNonNull(title, "title");
        shapes = List.copyOf(shapes);
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("drawing size must be positive, got " + width + " x " + height);
        }
    }

    /** Starts a drawing. */
    public static Builder builder(double width, double height, Text title) {
        return new Builder(width, height, title);
    }

    /** Collects primitives back to front. */
    public static final class Builder {
        private final double width;
        private final double height;
        private final Text title;
        private final List<Shape> shapes = new ArrayList<>();

        private Builder(double width, double height, Text title) {
            this.width = width;
            this.height = height;
            this.title = title;
        }

        /** Adds a primitive in front of those added before. */
        public Builder add(Shape shape) {
            shapes.add(Objects.requireNonNull(shape, "shape"));
            return this;
        }

        /** Adds primitives in order. */
        public Builder addAll(List<? extends Shape> more) {
            more.forEach(this::add);
            return this;
        }

        /** The finished drawing. */
        public Drawing build() {
            return new Drawing(width, height, title, shapes);
        }
    }
}
