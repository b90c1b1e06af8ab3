package org.drillsim.exporters.svg;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.text.Text;

/**
 * A horizontal bar chart: one bar per category (horizontal, so long Chinese labels fit), each
 * coloured by its status, with an optional threshold line — e.g. the 95th-percentile time per
 * target against its deadline, or the shortfall per resource.
 */
public final class BarChart {
    private static final double WIDTH = 800;
    private static final double BAR = 22;
    private static final double GAP = 12;
    private static final double TOP = 56;
    private static final double FONT = 13;
    static final Color PASS = new Color(0x009E73);
    static final Color FAIL = new Color(0xD55E00);
    static final Color WARN = new Color(0xE69F00);
    static final Color PLAIN = new Color(0x0072B2);

    private BarChart() {
    }

    /** One bar. */
    public record Bar(Text label, double value, Status status) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(status, "status");
            if (!Double.isFinite(value) || value < 0) {
                throw new IllegalArgumentException("bar '" + label.both() + "' needs a finite value >= 0, got " + value);
            }
        }
    }

    /** Starts a chart with the given title. */
    public static Builder builder(Text title) {
        return new Builder(title);
    }

    /** Collects the chart's parts. */
    public static final class Builder {
        private final Text title;
        private Text valueLabel = Text.EMPTY;
        private int decimals = 1;
        private boolean percent;
        private final List<Bar> bars = new ArrayList<>();
        private Double threshold;
        private Text thresholdLabel = Text.EMPTY;

        private Builder(Text title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** The value axis title, with its unit. */
        public Builder valueLabel(Text label) {
            this.valueLabel = label;
            return this;
        }

        /** Decimal places of the value printed beside each bar (default 1). */
        public Builder decimals(int places) {
            this.decimals = places;
            return this;
        }

        /** Values are shares 0..1 shown as percentages. */
        public Builder percent() {
            this.percent = true;
            return this;
        }

        /** Adds a bar. */
        public Builder bar(Text label, double value, Status status) {
            bars.add(new Bar(label, value, status));
            return this;
        }

        /** Draws a threshold line at {@code value}. */
        public Builder threshold(double value, Text label) {
            this.threshold = value;
            this.thresholdLabel = label;
            return this;
        }

        /** Lays the chart out. */
        public Drawing build() {
            if (bars.isEmpty()) {
                throw new IllegalStateException("bar chart '" + title.both() + "' has no bars");
            }
            return layout(this);
        }
    }

    private static Drawing layout(Builder b) {
        double labelW = 0;
        double max = b.threshold == null ? 0 : b.threshold;
        for (Bar bar : b.bars) {
            labelW = Math.max(labelW, TextMetrics.width(bar.label(), FONT));
            max = Math.max(max, bar.value());
        }
        labelW = Math.min(labelW, 300);
        double left = 16 + labelW + 10;
        double right = 80;
        double plotW = WIDTH - left - right;
        double scaleMax = b.percent ? Math.max(1, Ticks.ceil(max, 0.2)) : Ticks.ceil(max, Ticks.step(max, 6));
        double step = b.percent ? 0.2 : Ticks.step(scaleMax, 6);
        double plotH = b.bars.size() * (BAR + GAP) + GAP;
        double bottom = TOP + plotH;
        double height = bottom + (b.valueLabel.isEmpty() ? 34 : 56);

        Drawing.Builder d = Drawing.builder(WIDTH, height, b.title);
        d.add(new Shape.Label(new Pt(WIDTH / 2, 28), b.title, 17, Shape.Anchor.MIDDLE, true, Palette.INK, 0, false));
        Style grid = Style.stroke(Palette.GRID, 1);
        for (double v = 0; v <= scaleMax + 1e-9; v += step) {
            double px = left + v / scaleMax * plotW;
            d.add(Shape.Polyline.line(px, TOP, px, bottom, grid));
            String tick = b.percent ? Math.round(v * 100) + "%" : Ticks.label(v);
            d.add(Shape.Label.of(px, bottom + 18, Text.same(tick), FONT, Shape.Anchor.MIDDLE));
        }
        d.add(Shape.Polyline.line(left, TOP, left, bottom, Style.stroke(Palette.INK, 1.2)));
        if (!b.valueLabel.isEmpty()) {
            d.add(Shape.Label.of(left + plotW / 2, bottom + 42, b.valueLabel, FONT + 1, Shape.Anchor.MIDDLE));
        }
        double y = TOP + GAP;
        for (Bar bar : b.bars) {
            double w = bar.value() / scaleMax * plotW;
            d.add(new Shape.Rect(left, y, w, BAR, Style.fill(colour(bar.status()))));
            d.add(Shape.Label.of(left - 10, y + BAR / 2 + 4.5, bar.label(), FONT, Shape.Anchor.END));
            y += BAR + GAP;
        }
        if (b.threshold != null) {
            double px = left + b.threshold / scaleMax * plotW;
            d.add(Shape.Polyline.line(px, TOP - 6, px, bottom, Style.dashed(Palette.THRESHOLD, 1.8, 7, 4)));
            d.add(new Shape.Label(new Pt(px, TOP - 10), b.thresholdLabel, FONT, Shape.Anchor.MIDDLE, true,
                    Palette.THRESHOLD, 0, true));
        }
        // value labels last, on a halo: a value just short of the requirement line stays readable over it
        y = TOP + GAP;
        for (Bar bar : b.bars) {
            double w = bar.value() / scaleMax * plotW;
            String shown = b.percent ? Ticks.label(Math.round(bar.value() * 1000) / 10.0) + "%"
                    : String.format(java.util.Locale.ROOT, "%." + b.decimals + "f", bar.value());
            String mark = bar.status() == Status.NONE ? "" : " " + bar.status().symbol();
            d.add(new Shape.Label(new Pt(left + w + 6, y + BAR / 2 + 4.5), Text.same(shown + mark), FONT, Shape.Anchor.START,
                    false, Palette.INK, 0, true));
            y += BAR + GAP;
        }
        return d.build();
    }

    /** The bar colour for a status. */
    static Color colour(Status s) {
        return switch (s) {
            case PASS -> PASS;
            case FAIL -> FAIL;
            case WARN -> WARN;
            case NONE -> PLAIN;
        };
    }
}
