package org.drillsim.exporters.doc;

import org.drillsim.exporters.text.Text;

import java.util.Objects;
import org.drillsim.exporters.svg.Drawing;

/**
 * A chart or map: a drawing made of primitives that both the SVG and the raster (PNG) backends
 * render, so HTML gets vector graphics and DOCX / PDF get a picture of the same thing.
 *
 * @param caption the figure's caption
 * @param drawing what to draw
 */
public record Figure(Text caption, Drawing drawing) implements Block {
    public Figure {
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(drawing, "drawing");
    }
}
