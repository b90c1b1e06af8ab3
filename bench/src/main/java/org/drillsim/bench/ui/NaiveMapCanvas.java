package org.drillsim.bench.ui;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.ui.map.MapProjection;
import org.drillsim.ui.map.RoadStyle;
import org.drillsim.ui.map.UnitMark;
import org.drillsim.ui.map.UnitStyle;
import org.drillsim.ui.map.Viewport;
import org.locationtech.jts.geom.Coordinate;

import java.util.List;

/**
 * The reference renderer of the UI benchmark: the straightforward way to draw a road map on a canvas —
 * every frame, every directed edge, every segment with its own {@code strokeLine} and stroke settings, no
 * batching, no culling, no cached layers — then the units. Same projection, colours and view as the trainer.
 */
final class NaiveMapCanvas extends Canvas {
    private final RoadNetwork network;
    private final MapProjection projection;
    private final Viewport view;
    private final double[][] edgeXY; // projected shape of every directed edge (projection is not what is measured)
    private List<UnitMark> units = List.of();

    NaiveMapCanvas(RoadNetwork network, MapProjection projection, Viewport view, double width, double height) {
        super(width, height);
        this.network = network;
        this.projection = projection;
        this.view = view;
        this.edgeXY = new double[network.edgeCount()][];
        for (int e = 0; e < network.edgeCount(); e++) {
            Coordinate[] cs = network.geometry(e).getCoordinates();
            double[] xy = new double[2 * cs.length];
            for (int i = 0; i < cs.length; i++) {
                xy[2 * i] = projection.x(cs[i].x);
                xy[2 * i + 1] = projection.y(cs[i].y);
            }
            edgeXY[e] = xy;
        }
    }

    void setUnits(List<UnitMark> units) {
        this.units = units;
    }

    /** Draws the whole frame at simulated time {@code t}. */
    void render(long t) {
        GraphicsContext gc = getGraphicsContext2D();
        gc.setFill(Color.web("#f4f1ea"));
        gc.fillRect(0, 0, getWidth(), getHeight());
        for (int e = 0; e < network.edgeCount(); e++) {
            RoadStyle style = RoadStyle.of(network.roadClass(e));
            gc.setStroke(style.colour());
            gc.setLineWidth(style.widthPx());
            double[] xy = edgeXY[e];
            for (int i = 2; i < xy.length; i += 2) {
                gc.strokeLine(view.screenX(xy[i - 2]), view.screenY(xy[i - 1]), view.screenX(xy[i]), view.screenY(xy[i + 1]));
            }
        }
        for (UnitMark u : units) {
            double sx = view.screenX(projection.x(u.track().lonAt(t)));
            double sy = view.screenY(projection.y(u.track().latAt(t)));
            gc.setFill(UnitStyle.colour(u.kind()));
            gc.fillOval(sx - 4.5, sy - 4.5, 9, 9);
        }
    }
}
