package org.drillsim.exporters.svg;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.drillsim.exporters.text.Text;

/**
 * A line chart, typically the share of people served over time per target, with the target
 * deadlines (2 h, 12 h) as vertical lines and a required share as a horizontal line. Produces a
 * {@link Drawing}; the same drawing renders as SVG or PNG.
 *
 * <pre>{@code
 * Drawing d = LineChart.builder(Text.of("医学救援时效", "Medical rescue over time"))
 *         .xLabel(Text.of("时间（小时）", "time (h)")).percentAxis(Text.of("已救治比例", "share treated"))
 *         .series(Text.of("医学救援", "medical"), xs, ys)
 *         .verticalLine(2, Text.of("2小时目标", "2 h target"))
 *         .build();
 * }</pre>
 */
public final class LineChart {
    private static final double WIDTH = 800;
    private static final double PLOT_HEIGHT = 300;
    private static final double LEFT = 78;
    private static final double RIGHT = 24;
    private static final double TOP = 64;
    private static final double FONT = 13;
    private static final List<List<Double>> DASHES = List.of(
            List.of(), List.of(10.0, 5.0), List.of(3.0, 4.0), List.of(12.0, 4.0, 3.0, 4.0));

    private LineChart() {
    }

    /** One line of the chart: name and points (x ascending). */
    public record Series(Text name, double[] xs, double[] ys) {
        public Series {
            Objects.requireNonNull(name, "name");
            if (xs.length != ys.length || xs.length == 0) {
                throw new IllegalArgumentException("series '" + name.both() + "' needs as many x as y values, at least one; got "
                        + xs.length + " and " + ys.length);
            }
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isFinite(xs[i]) || !Double.isFinite(ys[i])) {
                    throw new IllegalArgumentException("series '" + name.both() + "' point " + (i + 1) + " is not finite");
                }
                if (i > 0 && xs[i] < xs[i - 1]) {
                    throw new IllegalArgumentException("series '" + name.both() + "' x values must not decrease (point " + (i + 1) + ")");
                }
            }
            xs = xs.clone();
            ys = ys.clone();
        }
    }

    /** A reference line at a value with its label. */
    public record Marker(double value, Text label) {
    }

    /** Starts a chart with the given title. */
    public static Builder builder(Text title) {
        return new Builder(title);
    }

    /** Collects the chart's parts. */
    public static final class Builder {
        private final Text title;
        private Text xLabel = Text.of("时间（小时）", "time (h)");
        private Text yLabel = Text.EMPTY;
        private boolean percent;
        private boolean hours = true;
        private Double xMax;
        private Double yMax;
        private final List<Series> series = new ArrayList<>();
        private final List<Marker> vertical = new ArrayList<>();
        private final List<Marker> horizontal = new ArrayList<>();

        private Builder(Text title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** The x-axis title (default: time in hours). */
        public Builder xLabel(Text label) {
            this.xLabel = label;
            return this;
        }

        /** x values are not hours: use plain round ticks instead of clock-hour steps. */
        public Builder plainX() {
            this.hours = false;
            return this;
        }

        /** The y-axis title; values are plain numbers from 0. */
        public Builder yLabel(Text label) {
            this.yLabel = label;
            return this;
        }

        /** y values are shares 0..1 shown as 0 %..100 %. */
        public Builder percentAxis(Text label) {
            this.yLabel = label;
            this.percent = true;
            this.yMax = 1.0;
            return this;
        }

        /** Fixes the x range to 0..max (default: fits the data and markers). */
        public Builder xMax(double max) {
            this.xMax = max;
            return this;
        }

        /** Adds a line. */
        public Builder series(Text name, double[] xs, double[] ys) {
            series.add(new Series(name, xs, ys));
            return this;
        }

        /** Adds a vertical reference line, e.g. a deadline at 2 h. */
        public Builder verticalLine(double x, Text label) {
            vertical.add(new Marker(x, label));
            return this;
        }

        /** Adds a horizontal reference line, e.g. a required share of 95 %. */
        public Builder horizontalLine(double y, Text label) {
            horizontal.add(new Marker(y, label));
            return this;
        }

        /** Lays the chart out. */
        public Drawing build() {
            if (series.isEmpty()) {
                throw new IllegalStateException("chart '" + title.both() + "' has no series");
            }
            return layout(this);
        }
    }

    private static Drawing layout(Builder b) {
        // x range: the data and the markers, rounded up to a tick step
        double dataXMax = 0;
        double dataYMax = 0;
        for (Series s : b.series) {
            dataXMax = Math.max(dataXMax, s.xs()[s.xs().length - 1]);
            for (double y : s.ys()) {
                dataYMax = Math.max(dataYMax, y);
            }
        }
        for (Marker m : b.vertical) {
            dataXMax = Math.max(dataXMax, m.value() * 1.05);
        }
        for (Marker m : b.horizontal) {
            dataYMax = Math.max(dataYMax, m.value());
        }
        double xSpan = b.xMax != null ? b.xMax : dataXMax;
        double xStep = b.hours ? Ticks.hourStep(xSpan, 12) : Ticks.step(xSpan, 10);
        double xMax = b.xMax != null ? b.xMax : Ticks.ceil(xSpan, xStep);
        double yStep = b.percent ? 0.2 : Ticks.step(dataYMax, 6);
        double yMax = b.yMax != null ? Math.max(b.yMax, dataYMax) : Ticks.ceil(dataYMax, yStep);
        if (b.percent && yMax > 1) {
            yMax = Ticks.ceil(yMax, yStep);
        }

        // legend rows below the axis title
        double plotW = WIDTH - LEFT - RIGHT;
        List<double[]> legendPos = new ArrayList<>();
        double lx = LEFT;
        double row = 0;
        for (Series s : b.series) {
            double itemW = 34 + TextMetrics.width(s.name(), FONT) + 22;
            if (lx + itemW > WIDTH - RIGHT && lx > LEFT) {
                lx = LEFT;
                row++;
            }
            legendPos.add(new double[] {lx, row});
            lx += itemW;
        }
        double plotBottom = TOP + PLOT_HEIGHT;
        double legendTop = plotBottom + 62;
        double height = legendTop + (row + 1) * 22 + 8;

        Drawing.Builder d = Drawing.builder(WIDTH, height, b.title);
        d.add(new Shape.Label(new Pt(WIDTH / 2, 28), b.title, 17, Shape.Anchor.MIDDLE, true, Palette.INK, 0, false));

        // grid and y ticks
        Style grid = Style.stroke(Palette.GRID, 1);
        for (double y = 0; y <= yMax + 1e-9; y += yStep) {
            double py = plotBottom - y / yMax * PLOT_HEIGHT;
            d.add(Shape.Polyline.line(LEFT, py, LEFT + plotW, py, grid));
            String tick = b.percent ? Math.round(y * 100) + "%" : Ticks.label(y);
            d.add(Shape.Label.of(LEFT - 8, py + 4.5, Text.same(tick), FONT, Shape.Anchor.END));
        }
        // x ticks
        for (double x = 0; x <= xMax + 1e-9; x += xStep) {
            double px = LEFT + x / xMax * plotW;
            d.add(Shape.Polyline.line(px, plotBottom, px, plotBottom + 5, Style.stroke(Palette.INK, 1)));
            d.add(Shape.Label.of(px, plotBottom + 20, Text.same(Ticks.label(x)), FONT, Shape.Anchor.MIDDLE));
        }
        // axes
        Style axis = Style.stroke(Palette.INK, 1.2);
        d.add(Shape.Polyline.line(LEFT, TOP, LEFT, plotBottom, axis));
        d.add(Shape.Polyline.line(LEFT, plotBottom, LEFT + plotW, plotBottom, axis));
        d.add(Shape.Label.of(LEFT + plotW / 2, plotBottom + 42, b.xLabel, FONT + 1, Shape.Anchor.MIDDLE));
        if (!b.yLabel.isEmpty()) {
            d.add(new Shape.Label(new Pt(22, TOP + PLOT_HEIGHT / 2), b.yLabel, FONT + 1, Shape.Anchor.MIDDLE, false,
                    Palette.INK, -90, false));
        }

        // reference lines under the data
        Style ref = Style.dashed(Palette.THRESHOLD, 1.6, 7, 4);
        // deadlines close together (10 h and 12 h on a 72 h axis) would print their labels over each other:
        // a label that would touch the one before it goes one row higher
        List<Marker> byValue = new ArrayList<>(b.vertical);
        byValue.sort(java.util.Comparator.comparingDouble(Marker::value));
        double[] rowEnd = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY}; // a third row would meet the title
        for (Marker m : byValue) {
            if (m.value() < 0 || m.value() > xMax) {
                continue;
            }
            double px = LEFT + m.value() / xMax * plotW;
            double half = TextMetrics.width(m.label(), FONT) / 2;
            int labelRow = 0;
            while (labelRow < rowEnd.length - 1 && px - half < rowEnd[labelRow] + 4) {
                labelRow++;
            }
            rowEnd[labelRow] = px + half;
            d.add(Shape.Polyline.line(px, TOP - 3 - labelRow * (FONT + 2), px, plotBottom, ref));
            // above the plot, clear of the data and of horizontal reference lines
            d.add(new Shape.Label(new Pt(px, TOP - 7 - labelRow * (FONT + 2)), m.label(), FONT, Shape.Anchor.MIDDLE, true,
                    Palette.THRESHOLD, 0, false));
        }
        for (Marker m : b.horizontal) {
            double py = plotBottom - m.value() / yMax * PLOT_HEIGHT;
            d.add(Shape.Polyline.line(LEFT, py, LEFT + plotW, py, ref));
            // under the line at the right end: shares that rise and level off are above it there,
            // and the deadline labels sit above the plot, so the corner is usually free
            d.add(new Shape.Label(new Pt(LEFT + plotW - 6, py + 16), m.label(), FONT, Shape.Anchor.END, true,
                    Palette.THRESHOLD, 0, true));
        }

        // the series, each with its own colour and dash so it reads in black and white too
        for (int i = 0; i < b.series.size(); i++) {
            Series s = b.series.get(i);
            Color c = Palette.series(i);
            Style line = new Style(c, 2.6, null, 1, DASHES.get(i % DASHES.size()));
            List<Pt> pts = new ArrayList<>();
            for (int k = 0; k < s.xs().length; k++) {
                double x = Math.min(Math.max(s.xs()[k], 0), xMax);
                double y = Math.min(Math.max(s.ys()[k], 0), yMax);
                pts.add(new Pt(LEFT + x / xMax * plotW, plotBottom - y / yMax * PLOT_HEIGHT));
            }
            if (pts.size() == 1) {
                d.add(new Shape.Circle(pts.get(0), 3.5, Style.fill(c)));
            } else {
                d.add(new Shape.Polyline(pts, line));
            }
            double[] pos = legendPos.get(i);
            double ly = legendTop + pos[1] * 22;
            d.add(Shape.Polyline.line(pos[0], ly - 4.5, pos[0] + 28, ly - 4.5, line));
            d.add(Shape.Label.of(pos[0] + 34, ly, s.name(), FONT, Shape.Anchor.START));
        }
        return d.build();
    }
}
