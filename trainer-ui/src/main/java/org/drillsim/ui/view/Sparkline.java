package org.drillsim.ui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * A small trend line of a target's value over the drill (0..1 scale), with the required level as a
 * dashed line. Keeps at most {@link #MAX_POINTS} points, halving its resolution when full.
 */
final class Sparkline extends Canvas {
    static final int MAX_POINTS = 256;

    private final long[] times = new long[MAX_POINTS];
    private final double[] values = new double[MAX_POINTS];
    private int size;
    private long minStepMs = 60_000;
    private double required = Double.NaN;

    Sparkline(double width, double height) {
        super(width, height);
    }

    /** Adds a value at a time (ignored when less than the current step after the previous point). */
    void add(long timeMs, double value, double requiredLevel) {
        required = requiredLevel;
        if (Double.isNaN(value)) return;
        if (size > 0 && timeMs < times[size - 1] + minStepMs) {
            if (timeMs >= times[size - 1]) values[size - 1] = value; // keep the latest value of this step
            draw();
            return;
        }
        if (size == MAX_POINTS) { // halve: keep every other point, double the step
            for (int i = 0; i < MAX_POINTS / 2; i++) {
                times[i] = times[2 * i];
                values[i] = values[2 * i];
            }
            size = MAX_POINTS / 2;
            minStepMs *= 2;
        }
        times[size] = timeMs;
        values[size] = value;
        size++;
        draw();
    }

    int size() {
        return size;
    }

    private void draw() {
        GraphicsContext gc = getGraphicsContext2D();
        double w = getWidth();
        double h = getHeight();
        gc.clearRect(0, 0, w, h);
        gc.setFill(Color.web("#fafafa"));
        gc.fillRect(0, 0, w, h);
        if (!Double.isNaN(required)) {
            gc.setStroke(Color.web("#9e9e9e"));
            gc.setLineWidth(1);
            gc.setLineDashes(3, 3);
            double y = h - 2 - required * (h - 4);
            gc.strokeLine(0, y, w, y);
            gc.setLineDashes((double[]) null);
        }
        if (size < 1) return;
        long t0 = times[0];
        long t1 = Math.max(times[size - 1], t0 + 1);
        gc.setStroke(Color.web("#1565c0"));
        gc.setLineWidth(2);
        gc.beginPath();
        for (int i = 0; i < size; i++) {
            double x = size == 1 ? w - 2 : 2 + (w - 4) * (times[i] - t0) / (double) (t1 - t0);
            double y = h - 2 - Math.max(0, Math.min(1, values[i])) * (h - 4);
            if (i == 0) gc.moveTo(x, y);
            else gc.lineTo(x, y);
        }
        gc.stroke();
    }
}
