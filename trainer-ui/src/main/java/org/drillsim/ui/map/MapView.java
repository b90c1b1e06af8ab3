package org.drillsim.ui.map;

import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardZone;
import org.drillsim.ui.i18n.Fonts;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The drill map: rivers and lakes with their names, roads, hazard footprints, evacuation zones, closed roads, facilities with their state,
 * casualty sites and moving units, plus a scale bar and the data attribution. Three stacked canvases keep
 * it fast: roads are redrawn only when the view moves, hazards when they or the view change, and only the
 * moving things every frame. Drag pans, the wheel zooms, a click picks; in zone mode clicks draw a polygon.
 * Used on the JavaFX thread only.
 */
public final class MapView extends Region {
    /** What a click on the map hit. */
    public record Pick(double lon, double lat, UnitMark unit, CasualtySite casualty, FacilityMark facility) {
    }

    private static final double PICK_RADIUS_PX = 12;

    private final RoadNetwork network;
    private final MapProjection projection;
    private final RoadBatches roads;
    private final GeometryPaths paths;
    private final Viewport view = new Viewport();
    private final Canvas roadCanvas = new Canvas();
    private final Canvas hazardCanvas = new Canvas();
    private final Canvas dynamicCanvas = new Canvas();
    private final Label attribution = new Label();
    private final Map<Integer, double[]> edgeShapes = new HashMap<>();

    private MapScene scene = MapScene.EMPTY;
    private List<WaterArea> water = List.of();
    private GeometryPaths waterPaths;
    /** What {@link #frame} asked to show (projected metres), fitted once the map has its laid-out size. */
    private Envelope focus;
    private boolean framePending;
    /** Cached layers are drawn this many pixels beyond each edge of the view, so a pan can shift them. */
    private static final double MARGIN_PX = 320;
    /** After the view stops changing for this long, shifted or scaled cached layers are redrawn sharp. */
    private static final long SETTLE_NANOS = 150_000_000L;

    private Viewport drawnView;          // the view the cached layers were drawn for (with the margin)
    private long seenViewVersion = -1;
    private long viewChangedNanos;
    private MapScene hazardScene;
    private int fullRedraws;
    private long displayTime;
    private String selectedUnit;
    private int lastRoadsDrawn;
    private boolean english;

    private boolean drawingZone;
    private final List<double[]> zoneDraft = new ArrayList<>();
    private Consumer<List<List<Double>>> onZoneDrawn = z -> { };
    private Consumer<Pick> onPick = p -> { };
    private double dragX;
    private double dragY;
    private boolean dragged;

    /** A map of {@code network}, fitted to its extent. */
    public MapView(RoadNetwork network) {
        this.network = network;
        this.projection = MapProjection.centredOn(network.bounds());
        this.roads = new RoadBatches(network, projection);
        this.paths = new GeometryPaths(projection);
        this.waterPaths = new GeometryPaths(projection);
        attribution.setText(network.source());
        attribution.setFont(Fonts.regular(12));
        attribution.setStyle("-fx-background-color: rgba(255,255,255,0.8); -fx-padding: 2 6 2 6; -fx-text-fill: #333;");
        attribution.setMouseTransparent(true);
        StackPane.setAlignment(attribution, Pos.BOTTOM_RIGHT);
        getChildren().addAll(roadCanvas, hazardCanvas, dynamicCanvas, attribution);
        hazardCanvas.setMouseTransparent(true);
        roadCanvas.setMouseTransparent(true);
        setStyle("-fx-background-color: #f4f1ea;");
        setMinSize(200, 150);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip); // the cached layers extend beyond the view
        setPrefSize(900, 700);
        installMouse();
    }

    /** The projection from lon/lat to map metres. */
    public MapProjection projection() {
        return projection;
    }

    /** The current view (centre and zoom). */
    public Viewport viewport() {
        return view;
    }

    /** The road polyline batches. */
    public RoadBatches roads() {
        return roads;
    }

    /** Replaces what is shown over the roads. */
    public void setScene(MapScene scene) {
        this.scene = scene;
    }

    /** What is shown over the roads. */
    public MapScene scene() {
        return scene;
    }

    /** Labels in English (true) or Chinese (false). */
    public void setEnglish(boolean english) {
        this.english = english;
    }

    /** Highlights a unit and its remaining route (null: none). */
    public void setSelectedUnit(String unitId) {
        this.selectedUnit = unitId;
    }

    /** Called with the picked place and object when the map is clicked (not dragged). */
    public void setOnPick(Consumer<Pick> handler) {
        this.onPick = handler;
    }

    /** Starts zone drawing: clicks add corners, a double click or right click closes the polygon. */
    public void startZoneDrawing(Consumer<List<List<Double>>> onDone) {
        this.drawingZone = true;
        this.zoneDraft.clear();
        this.onZoneDrawn = onDone;
        setCursor(Cursor.CROSSHAIR);
    }

    /** Abandons a zone being drawn. */
    public void cancelZoneDrawing() {
        drawingZone = false;
        zoneDraft.clear();
        setCursor(Cursor.DEFAULT);
    }

    /** True while a zone is being drawn. */
    public boolean isDrawingZone() {
        return drawingZone;
    }

    /** Fits the whole road network into the view. */
    public void fitNetwork() {
        resizeView();
        view.fit(roads.extent());
    }

    /** Rivers and lakes, drawn under the roads and labelled with their names. */
    public void setWater(List<WaterArea> areas) {
        this.water = List.copyOf(areas);
        this.waterPaths = new GeometryPaths(projection, Math.max(16, water.size()));
        invalidateLayers();
    }

    /** The rivers and lakes drawn. */
    public List<WaterArea> water() {
        return water;
    }

    /**
     * Frames {@code lonLat} (grown by 5 %): now, and again once the map has its laid-out size, so the first view is
     * framed for the window's real size rather than for the preferred size before layout.
     */
    public void frame(Envelope lonLat) {
        if (lonLat == null || lonLat.isNull()) {
            focus = null;
        } else {
            Envelope e = new Envelope(projection.x(lonLat.getMinX()), projection.x(lonLat.getMaxX()),
                    projection.y(lonLat.getMinY()), projection.y(lonLat.getMaxY()));
            e.expandBy(0.05 * e.getWidth(), 0.05 * e.getHeight());
            focus = e;
        }
        framePending = true;
        resizeView();
        view.fit(focus != null ? focus : roads.extent());
    }

    /** Polylines drawn in the last road redraw (for the benchmark and tests). */
    public int lastRoadsDrawn() {
        return lastRoadsDrawn;
    }

    /** Screen position of a lon/lat point (for tests). */
    public double[] toScreen(double lon, double lat) {
        return new double[] {view.screenX(projection.x(lon)), view.screenY(projection.y(lat))};
    }

    /** Draws the map at simulated time {@code timeMs} (units interpolated along their tracks). */
    public void render(long timeMs) {
        resizeView();
        this.displayTime = timeMs;
        long now = System.nanoTime();
        if (view.version() != seenViewVersion) {
            seenViewVersion = view.version();
            viewChangedNanos = now;
        }
        if (needsFullRedraw(now)) {
            redrawCachedLayers();
        } else {
            placeCachedLayers();
            if (hazardScene == null || !sameSlowLayers(hazardScene, scene)) drawHazards();
        }
        drawDynamic();
    }

    /** Makes the next {@link #render} redraw the cached road and hazard layers (e.g. after a style change). */
    public void invalidateLayers() {
        drawnView = null;
    }

    /** Full redraws of the cached road and hazard layers so far (a pan or zoom mostly moves them instead). */
    public int fullRedraws() {
        return fullRedraws;
    }

    /**
     * The cached layers are redrawn when the view's size changed, when a pan or zoom moved them so far that
     * they no longer cover the screen or would look too coarse, and once the view has settled after a move.
     */
    private boolean needsFullRedraw(long now) {
        Viewport d = drawnView;
        if (d == null || d.width() != view.width() + 2 * MARGIN_PX || d.height() != view.height() + 2 * MARGIN_PX) return true;
        double k = view.scale() / d.scale();
        boolean moved = k != 1 || d.centreX() != view.centreX() || d.centreY() != view.centreY();
        if (!moved) return false;
        if (k < 0.67 || k > 1.5) return true;
        double[] t = layerTranslation(d, k);
        boolean covers = t[0] <= 0 && t[1] <= 0 && t[0] + k * d.width() >= view.width() && t[1] + k * d.height() >= view.height();
        if (!covers) return true;
        return k != 1 && now - viewChangedNanos >= SETTLE_NANOS; // sharpen a zoomed image once the wheel stops
    }

    private void redrawCachedLayers() {
        double w = view.width() + 2 * MARGIN_PX;
        double h = view.height() + 2 * MARGIN_PX;
        drawnView = view.withSize(w, h);
        for (Canvas c : List.of(roadCanvas, hazardCanvas)) {
            if (c.getWidth() != w || c.getHeight() != h) {
                c.setWidth(w);
                c.setHeight(h);
            }
        }
        GraphicsContext gc = roadCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        drawWater(gc);
        lastRoadsDrawn = roads.draw(gc, drawnView);
        drawWaterLabels(gc);
        drawHazards();
        placeCachedLayers();
        fullRedraws++;
    }

    /**
     * Positions the cached canvases so that what they were drawn for lines up with the current view. A pan
     * is a whole-pixel translation (a plain copy for the software renderer); only a zoom in progress scales.
     */
    private void placeCachedLayers() {
        double k = view.scale() / drawnView.scale();
        double[] t = layerTranslation(drawnView, k);
        for (Canvas c : List.of(roadCanvas, hazardCanvas)) {
            if (k == 1) {
                if (!c.getTransforms().isEmpty()) c.getTransforms().clear();
                c.setTranslateX(Math.round(t[0]));
                c.setTranslateY(Math.round(t[1]));
            } else {
                c.setTranslateX(0);
                c.setTranslateY(0);
                c.getTransforms().setAll(new Affine(k, 0, t[0], 0, k, t[1]));
            }
        }
    }

    /** Screen position of the cached canvas's top-left corner when drawn for {@code d} and scaled by {@code k}. */
    private double[] layerTranslation(Viewport d, double k) {
        double tx = view.width() / 2 - k * d.width() / 2 + (d.centreX() - view.centreX()) * view.scale();
        double ty = view.height() / 2 - k * d.height() / 2 - (d.centreY() - view.centreY()) * view.scale();
        return new double[] {tx, ty};
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double w = getWidth();
        double h = getHeight();
        dynamicCanvas.setWidth(w);
        dynamicCanvas.setHeight(h);
        attribution.autosize();
        attribution.relocate(w - attribution.getWidth() - 4, h - attribution.getHeight() - 4);
    }

    private void resizeView() {
        double w = getWidth() > 0 ? getWidth() : getPrefWidth();
        double h = getHeight() > 0 ? getHeight() : getPrefHeight();
        if (dynamicCanvas.getWidth() != w || dynamicCanvas.getHeight() != h) {
            dynamicCanvas.setWidth(w);
            dynamicCanvas.setHeight(h);
        }
        view.resize(w, h);
        if (framePending && getWidth() > 0 && getHeight() > 0) {
            framePending = false;
            view.fit(focus != null ? focus : roads.extent());
        }
    }

    private void drawWater(GraphicsContext gc) {
        if (water.isEmpty()) return;
        Envelope visible = lonLat(drawnView.visibleArea(0));
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(WaterArea.FILL);
        gc.setStroke(WaterArea.OUTLINE);
        gc.setLineWidth(1);
        for (WaterArea a : water) {
            if (!a.polygon().getEnvelopeInternal().intersects(visible)) continue;
            gc.beginPath();
            waterPaths.appendPolygons(gc, a.polygon(), drawnView);
            gc.fill();
            gc.stroke();
        }
    }

    /** A projected envelope in lon/lat. */
    private Envelope lonLat(Envelope projected) {
        return new Envelope(projection.lon(projected.getMinX()), projection.lon(projected.getMaxX()),
                projection.lat(projected.getMinY()), projection.lat(projected.getMaxY()));
    }

    /** Smallest visible water area (px²) that gets a label: a pond is not named at a city zoom. */
    private static final double LABEL_MIN_AREA_PX = 1500;

    /**
     * Names the visible water, each name once at the interior point of its largest visible piece, so a river
     * that leaves the view keeps its name in sight.
     */
    private void drawWaterLabels(GraphicsContext gc) {
        Viewport v = drawnView;
        // the part of the map on screen, in lon/lat
        Envelope lonLat = lonLat(view.visibleArea(-20));
        Geometry box = new GeometryFactory().toGeometry(lonLat);
        Map<String, Geometry> best = new HashMap<>();
        Map<String, Double> bestArea = new HashMap<>();
        double pxPerDeg2 = Math.pow(v.scale(), 2) * Math.abs((projection.x(lonLat.getMaxX()) - projection.x(lonLat.getMinX()))
                * (projection.y(lonLat.getMaxY()) - projection.y(lonLat.getMinY()))) / Math.max(lonLat.getArea(), 1e-12);
        for (WaterArea a : water) {
            if (a.name().isBlank() || !a.polygon().getEnvelopeInternal().intersects(lonLat)) continue;
            Geometry part;
            try {
                part = a.polygon().intersection(box);
            } catch (RuntimeException e) { // an invalid OSM polygon: leave it unnamed
                continue;
            }
            double areaPx = part.getArea() * pxPerDeg2;
            if (areaPx < LABEL_MIN_AREA_PX || areaPx <= bestArea.getOrDefault(a.name(), 0.0)) continue;
            best.put(a.name(), part);
            bestArea.put(a.name(), areaPx);
        }
        gc.setFont(Fonts.bold(15));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setLineWidth(3);
        for (Map.Entry<String, Geometry> e : best.entrySet()) {
            Coordinate c = InteriorPointArea.getInteriorPoint(e.getValue());
            if (c == null) continue;
            double sx = v.screenX(projection.x(c.x));
            double sy = v.screenY(projection.y(c.y));
            gc.setStroke(Color.web("#ffffffcc"));
            gc.strokeText(e.getKey(), sx, sy + 5);
            gc.setFill(WaterArea.LABEL);
            gc.fillText(e.getKey(), sx, sy + 5);
        }
    }

    private static boolean sameSlowLayers(MapScene a, MapScene b) {
        return a.hazards().equals(b.hazards()) && java.util.Arrays.equals(a.closedEdges(), b.closedEdges())
                && a.evacuationZones().equals(b.evacuationZones());
    }

    private void drawHazards() {
        hazardScene = scene;
        Viewport view = drawnView; // drawn like the roads, for the cached view, and moved with them
        GraphicsContext gc = hazardCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, hazardCanvas.getWidth(), hazardCanvas.getHeight());
        gc.setFillRule(FillRule.EVEN_ODD);
        for (HazardFootprint fp : scene.hazards()) {
            List<HazardZone> zones = new ArrayList<>(fp.zones());
            zones.sort(Comparator.comparingDouble(HazardZone::intensity));
            for (int i = 0; i < zones.size(); i++) {
                HazardZone z = zones.get(i);
                gc.setFill(HazardStyle.fill(z, i, zones.size()));
                gc.beginPath();
                paths.appendPolygons(gc, z.polygon(), view);
                gc.fill();
            }
            if (!zones.isEmpty()) {
                gc.setStroke(HazardStyle.outline(fp.kind()));
                gc.setLineWidth(1.2);
                gc.beginPath();
                paths.appendPolygons(gc, zones.get(0).polygon(), view);
                gc.stroke();
            }
        }
        // Ordered evacuation zones: dashed outline.
        gc.setStroke(Color.web("#1a237e"));
        gc.setLineWidth(2);
        gc.setLineDashes(8, 6);
        for (List<List<Double>> ring : scene.evacuationZones()) strokeRing(gc, ring, view);
        gc.setLineDashes((double[]) null);
        // Closed roads: a dark red band over the road.
        gc.setStroke(Color.web("#b71c1c"));
        gc.setLineWidth(Math.max(3, Math.min(7, 3 * Math.sqrt(view.scale() / 0.05))));
        gc.beginPath();
        for (int i = 0; i < scene.closedEdgeCount(); i++) {
            double[] xy = edgeShape(scene.closedEdge(i));
            gc.moveTo(view.screenX(xy[0]), view.screenY(xy[1]));
            for (int k = 2; k < xy.length; k += 2) gc.lineTo(view.screenX(xy[k]), view.screenY(xy[k + 1]));
        }
        gc.stroke();
    }

    private void strokeRing(GraphicsContext gc, List<List<Double>> ring, Viewport view) {
        if (ring.isEmpty()) return;
        gc.beginPath();
        for (int i = 0; i < ring.size(); i++) {
            double sx = view.screenX(projection.x(ring.get(i).get(0)));
            double sy = view.screenY(projection.y(ring.get(i).get(1)));
            if (i == 0) gc.moveTo(sx, sy);
            else gc.lineTo(sx, sy);
        }
        gc.closePath();
        gc.stroke();
    }

    private double[] edgeShape(int edge) {
        return edgeShapes.computeIfAbsent(edge, e -> {
            Coordinate[] cs = network.geometry(e).getCoordinates();
            double[] xy = new double[2 * cs.length];
            for (int i = 0; i < cs.length; i++) {
                xy[2 * i] = projection.x(cs[i].x);
                xy[2 * i + 1] = projection.y(cs[i].y);
            }
            return xy;
        });
    }

    private void drawDynamic() {
        GraphicsContext gc = dynamicCanvas.getGraphicsContext2D();
        double w = dynamicCanvas.getWidth();
        double h = dynamicCanvas.getHeight();
        gc.clearRect(0, 0, w, h);
        boolean labels = view.scale() >= 0.08;
        drawFacilities(gc, w, h);
        drawCasualties(gc, w, h);
        drawUnits(gc, w, h);
        // labels last, with a white halo: units parked at a hospital must not cover its name
        if (labels) drawFacilityLabels(gc, w, h);
        drawZoneDraft(gc);
        drawScaleBar(gc, h);
    }

    private static final double FACILITY_RADIUS = 7;

    private void drawFacilities(GraphicsContext gc, double w, double h) {
        for (FacilityMark f : scene.facilities()) {
            double sx = view.screenX(projection.x(f.lon()));
            double sy = view.screenY(projection.y(f.lat()));
            if (sx < -20 || sy < -20 || sx > w + 20 || sy > h + 20) continue;
            Color c = f.available() ? f.kind().colour() : Color.GRAY;
            double r = FACILITY_RADIUS;
            gc.setFill(Color.WHITE);
            gc.fillRect(sx - r - 1, sy - r - 1, 2 * r + 2, 2 * r + 2);
            gc.setFill(c);
            switch (f.kind()) {
                case HOSPITAL -> {
                    gc.fillRect(sx - r, sy - r, 2 * r, 2 * r);
                    gc.setFill(Color.WHITE);
                    gc.fillRect(sx - 1.5, sy - r + 2, 3, 2 * r - 4);
                    gc.fillRect(sx - r + 2, sy - 1.5, 2 * r - 4, 3);
                }
                case SHELTER -> {
                    double[] xs = {sx, sx - r, sx + r};
                    double[] ys = {sy - r, sy + r, sy + r};
                    if (f.open()) gc.fillPolygon(xs, ys, 3);
                    else { // not opened (yet): an outline
                        gc.setStroke(c);
                        gc.setLineWidth(2);
                        gc.strokePolygon(xs, ys, 3);
                    }
                }
                case DEPOT -> gc.fillPolygon(new double[] {sx, sx - r, sx, sx + r}, new double[] {sy - r, sy, sy + r, sy}, 4);
                default -> gc.fillOval(sx - r, sy - r, 2 * r, 2 * r);
            }
            if (!f.available()) {
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(2);
                gc.strokeLine(sx - r, sy - r, sx + r, sy + r);
                gc.strokeLine(sx - r, sy + r, sx + r, sy - r);
            }
            if (f.capacity() > 0) { // load bar under the symbol: green → red as it fills
                double load = f.load();
                gc.setFill(Color.web("#ffffffcc"));
                gc.fillRect(sx - r, sy + r + 2, 2 * r, 4);
                gc.setFill(Color.hsb(120 * (1 - load), 0.9, 0.85));
                gc.fillRect(sx - r, sy + r + 2, 2 * r * load, 4);
            }
        }
    }

    private void drawFacilityLabels(GraphicsContext gc, double w, double h) {
        gc.setFont(Fonts.regular(12));
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setLineWidth(3);
        gc.setStroke(Color.web("#ffffffdd"));
        gc.setFill(Color.web("#212121"));
        for (FacilityMark f : scene.facilities()) {
            double sx = view.screenX(projection.x(f.lon()));
            double sy = view.screenY(projection.y(f.lat()));
            if (sx < -20 || sy < -20 || sx > w + 20 || sy > h + 20) continue;
            double x = sx + FACILITY_RADIUS + 8; // clear of the symbol and of a unit parked on its road node
            gc.strokeText(f.name(english), x, sy + 4);
            gc.fillText(f.name(english), x, sy + 4);
        }
    }

    private void drawCasualties(GraphicsContext gc, double w, double h) {
        for (CasualtySite c : scene.casualties()) {
            double sx = view.screenX(projection.x(c.lon()));
            double sy = view.screenY(projection.y(c.lat()));
            if (sx < -20 || sy < -20 || sx > w + 20 || sy > h + 20) continue;
            double r = 3 + Math.min(9, Math.sqrt(c.waiting() + c.treated()));
            if (c.waiting() > 0) {
                gc.setFill(c.urgent() <= 1 ? Color.web("#d50000") : c.urgent() == 2 ? Color.web("#ff6d00") : Color.web("#ffd600"));
                gc.fillOval(sx - r, sy - r, 2 * r, 2 * r);
                gc.setStroke(Color.BLACK);
                gc.setLineWidth(1);
                gc.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
            } else {
                gc.setStroke(Color.web("#2e7d32"));
                gc.setLineWidth(2);
                gc.strokeOval(sx - r, sy - r, 2 * r, 2 * r);
            }
        }
    }

    private void drawUnits(GraphicsContext gc, double w, double h) {
        UnitMark selected = null;
        for (UnitMark u : scene.units()) {
            double sx = view.screenX(projection.x(u.track().lonAt(displayTime)));
            double sy = view.screenY(projection.y(u.track().latAt(displayTime)));
            if (u.id().equals(selectedUnit)) selected = u;
            if (sx < -10 || sy < -10 || sx > w + 10 || sy > h + 10) continue;
            Color c = UnitStyle.colour(u.kind());
            if (u.busy()) {
                gc.setFill(c);
                gc.fillOval(sx - 4.5, sy - 4.5, 9, 9);
                gc.setStroke(Color.WHITE);
                gc.setLineWidth(1.2);
                gc.strokeOval(sx - 4.5, sy - 4.5, 9, 9);
            } else {
                gc.setFill(Color.WHITE);
                gc.fillOval(sx - 4, sy - 4, 8, 8);
                gc.setStroke(c);
                gc.setLineWidth(2);
                gc.strokeOval(sx - 4, sy - 4, 8, 8);
            }
        }
        if (selected != null) drawSelection(gc, selected);
    }

    private void drawSelection(GraphicsContext gc, UnitMark u) {
        Track t = u.track();
        double sx = view.screenX(projection.x(t.lonAt(displayTime)));
        double sy = view.screenY(projection.y(t.latAt(displayTime)));
        gc.setStroke(Color.web("#0091ea"));
        gc.setLineWidth(3);
        gc.beginPath();
        gc.moveTo(sx, sy);
        for (int i = 0; i < t.size(); i++) { // the route still ahead of the unit
            if (t.timeAt(i) > displayTime) gc.lineTo(view.screenX(projection.x(t.lon(i))), view.screenY(projection.y(t.lat(i))));
        }
        gc.stroke();
        gc.strokeOval(sx - 9, sy - 9, 18, 18);
    }

    private void drawZoneDraft(GraphicsContext gc) {
        if (!drawingZone || zoneDraft.isEmpty()) return;
        gc.setStroke(Color.web("#1a237e"));
        gc.setFill(Color.web("#3949ab33"));
        gc.setLineWidth(2);
        gc.beginPath();
        for (int i = 0; i < zoneDraft.size(); i++) {
            double sx = view.screenX(zoneDraft.get(i)[0]);
            double sy = view.screenY(zoneDraft.get(i)[1]);
            if (i == 0) gc.moveTo(sx, sy);
            else gc.lineTo(sx, sy);
        }
        gc.closePath();
        gc.fill();
        gc.stroke();
        for (double[] p : zoneDraft) gc.fillOval(view.screenX(p[0]) - 4, view.screenY(p[1]) - 4, 8, 8);
    }

    private void drawScaleBar(GraphicsContext gc, double h) {
        double metres = niceLength(120 / view.scale());
        double px = metres * view.scale();
        double x = 14;
        double y = h - 18;
        gc.setFill(Color.web("#ffffffcc"));
        gc.fillRect(x - 6, y - 20, px + 60, 28);
        gc.setStroke(Color.BLACK);
        gc.setLineWidth(2);
        gc.strokeLine(x, y, x + px, y);
        gc.strokeLine(x, y - 5, x, y + 3);
        gc.strokeLine(x + px, y - 5, x + px, y + 3);
        gc.setFill(Color.BLACK);
        gc.setFont(Fonts.regular(12));
        gc.fillText(metres >= 1000 ? (int) (metres / 1000) + " km" : (int) metres + " m", x + px + 6, y + 4);
    }

    static double niceLength(double metres) {
        double p = Math.pow(10, Math.floor(Math.log10(metres)));
        double m = metres / p;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
    }

    private void installMouse() {
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            double dx = e.getX() - dragX;
            double dy = e.getY() - dragY;
            if (Math.abs(dx) + Math.abs(dy) > 2) dragged = true;
            view.panBy(dx, dy);
            dragX = e.getX();
            dragY = e.getY();
        });
        addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (dragged) return;
            if (drawingZone) {
                if (e.getButton() == MouseButton.SECONDARY || e.getClickCount() >= 2) finishZone();
                else zoneDraft.add(new double[] {view.mapX(e.getX()), view.mapY(e.getY())});
                return;
            }
            onPick.accept(pick(e.getX(), e.getY()));
        });
        addEventHandler(ScrollEvent.SCROLL, e -> view.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY()));
    }

    private void finishZone() {
        List<List<Double>> ring = new ArrayList<>();
        for (double[] p : zoneDraft) ring.add(List.of(projection.lon(p[0]), projection.lat(p[1])));
        Consumer<List<List<Double>>> done = onZoneDrawn;
        cancelZoneDrawing();
        if (ring.size() >= 3) {
            ring.add(ring.get(0));
            done.accept(List.copyOf(ring));
        }
    }

    /** What lies under screen point ({@code sx}, {@code sy}) at the current display time. */
    public Pick pick(double sx, double sy) {
        double lon = projection.lon(view.mapX(sx));
        double lat = projection.lat(view.mapY(sy));
        UnitMark unit = null;
        double best = PICK_RADIUS_PX;
        for (UnitMark u : scene.units()) {
            double d = Math.hypot(view.screenX(projection.x(u.track().lonAt(displayTime))) - sx, view.screenY(projection.y(u.track().latAt(displayTime))) - sy);
            if (d < best) {
                best = d;
                unit = u;
            }
        }
        CasualtySite casualty = null;
        best = PICK_RADIUS_PX;
        for (CasualtySite c : scene.casualties()) {
            double d = Math.hypot(view.screenX(projection.x(c.lon())) - sx, view.screenY(projection.y(c.lat())) - sy);
            if (d < best) {
                best = d;
                casualty = c;
            }
        }
        FacilityMark facility = null;
        best = PICK_RADIUS_PX;
        for (FacilityMark f : scene.facilities()) {
            double d = Math.hypot(view.screenX(projection.x(f.lon())) - sx, view.screenY(projection.y(f.lat())) - sy);
            if (d < best) {
                best = d;
                facility = f;
            }
        }
        return new Pick(lon, lat, unit, casualty, facility);
    }
}
