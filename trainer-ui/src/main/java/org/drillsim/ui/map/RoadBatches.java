package org.drillsim.ui.map;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.drillsim.routing.RoadClass;
import org.drillsim.routing.RoadNetwork;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

import java.util.Arrays;

/**
 * The road network pre-projected into one polyline batch per road class, each road drawn once (both
 * directions of a two-way road share a polyline). Drawing strokes a whole class as one path, skips
 * polylines whose bounding box lies off screen (culling) and minor classes when zoomed far out, and drops
 * shape points that fall within a pixel of the previous one.
 * Built once per network; immutable and safe to share.
 */
public final class RoadBatches {
    /** Shape points nearer than this to the previous drawn point are skipped (simplification at low zoom). */
    private static final double MIN_STEP_PX = 1.0;

    private final Batch[] batches = new Batch[RoadClass.values().length];
    private final Envelope extent = new Envelope();
    private final int polylines;

    /** One class's polylines: points of polyline i are [start[i], start[i+1]) in xs/ys (projected metres). */
    private static final class Batch {
        final RoadClass roadClass;
        final RoadStyle style;
        final float[] xs;
        final float[] ys;
        final int[] start;
        final float[] box; // minX, minY, maxX, maxY per polyline

        Batch(RoadClass roadClass, float[] xs, float[] ys, int[] start, float[] box) {
            this.roadClass = roadClass;
            this.style = RoadStyle.of(roadClass);
            this.xs = xs;
            this.ys = ys;
            this.start = start;
            this.box = box;
        }

        int size() {
            return start.length - 1;
        }
    }

    /** Builds the batches of {@code network} under {@code projection}. */
    public RoadBatches(RoadNetwork network, MapProjection projection) {
        int classes = RoadClass.values().length;
        Builder[] builders = new Builder[classes];
        for (int c = 0; c < classes; c++) builders[c] = new Builder();
        int count = 0;
        for (int e = 0; e < network.edgeCount(); e++) {
            int reverse = network.reverseEdge(e);
            if (reverse >= 0 && reverse < e) continue; // the other direction was drawn already
            Coordinate[] cs = network.geometry(e).getCoordinates();
            Builder b = builders[network.roadClass(e).ordinal()];
            b.begin();
            for (Coordinate c : cs) b.add((float) projection.x(c.x), (float) projection.y(c.y));
            b.end();
            count++;
        }
        for (int c = 0; c < classes; c++) {
            batches[c] = builders[c].build(RoadClass.values()[c]);
            Batch b = batches[c];
            for (int i = 0; i < b.size(); i++) {
                extent.expandToInclude(b.box[4 * i], b.box[4 * i + 1]);
                extent.expandToInclude(b.box[4 * i + 2], b.box[4 * i + 3]);
            }
        }
        this.polylines = count;
    }

    /** Number of polylines (undirected road segments). */
    public int polylineCount() {
        return polylines;
    }

    /** The extent of all roads in projected metres. */
    public Envelope extent() {
        return new Envelope(extent);
    }

    /**
     * Draws the visible roads into {@code gc} for {@code view}: one stroked path per road class.
     * Returns the number of polylines drawn.
     */
    public int draw(GraphicsContext gc, Viewport view) {
        Envelope visible = view.visibleArea(4);
        float vx0 = (float) visible.getMinX(), vy0 = (float) visible.getMinY();
        float vx1 = (float) visible.getMaxX(), vy1 = (float) visible.getMaxY();
        double scale = view.scale();
        // Casing widths grow a little when zoomed in, so that streets stay visible as the city shrinks away.
        double zoomWidth = Math.max(0.8, Math.min(3.0, Math.sqrt(scale / 0.05)));
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        int drawn = 0;
        for (RoadClass rc : RoadStyle.drawingOrder()) {
            Batch b = batches[rc.ordinal()];
            if (b.size() == 0 || scale < b.style.minScale()) continue;
            gc.setStroke(b.style.colour());
            gc.setLineWidth(b.style.widthPx() * zoomWidth);
            gc.beginPath();
            for (int i = 0; i < b.size(); i++) {
                int k = 4 * i;
                if (b.box[k] > vx1 || b.box[k + 2] < vx0 || b.box[k + 1] > vy1 || b.box[k + 3] < vy0) continue;
                int p = b.start[i];
                int end = b.start[i + 1] - 1;
                double lx = view.screenX(b.xs[p]);
                double ly = view.screenY(b.ys[p]);
                gc.moveTo(lx, ly);
                for (p++; p <= end; p++) {
                    double x = view.screenX(b.xs[p]);
                    double y = view.screenY(b.ys[p]);
                    // shape points closer than a pixel to the last one drawn add nothing visible; the end always counts
                    if (p < end && Math.abs(x - lx) < MIN_STEP_PX && Math.abs(y - ly) < MIN_STEP_PX) continue;
                    gc.lineTo(x, y);
                    lx = x;
                    ly = y;
                }
                drawn++;
            }
            gc.stroke();
        }
        return drawn;
    }

    private static final class Builder {
        float[] xs = new float[1024];
        float[] ys = new float[1024];
        int points;
        int[] start = new int[256];
        float[] box = new float[1024];
        int lines;
        float minX, minY, maxX, maxY;

        void begin() {
            if (lines + 2 > start.length) start = Arrays.copyOf(start, start.length * 2);
            if (4 * lines + 4 > box.length) box = Arrays.copyOf(box, box.length * 2);
            start[lines] = points;
            minX = minY = Float.POSITIVE_INFINITY;
            maxX = maxY = Float.NEGATIVE_INFINITY;
        }

        void add(float x, float y) {
            if (points == xs.length) {
                xs = Arrays.copyOf(xs, xs.length * 2);
                ys = Arrays.copyOf(ys, ys.length * 2);
            }
            xs[points] = x;
            ys[points] = y;
            points++;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        void end() {
            box[4 * lines] = minX;
            box[4 * lines + 1] = minY;
            box[4 * lines + 2] = maxX;
            box[4 * lines + 3] = maxY;
            lines++;
            start[lines] = points;
        }

        Batch build(RoadClass rc) {
            return new Batch(rc, Arrays.copyOf(xs, points), Arrays.copyOf(ys, points), Arrays.copyOf(start, lines + 1), Arrays.copyOf(box, 4 * lines));
        }
    }
}
