package org.drillsim.ui.map;

import org.locationtech.jts.geom.Envelope;

/**
 * What part of the projected map is on screen: a centre in projected metres, a scale in pixels per metre
 * and the screen size. Mutable, used on the JavaFX thread only. Screen y grows downwards, map y northwards.
 */
public final class Viewport {
    /** Closest zoom: 20 px per metre. */
    public static final double MAX_SCALE = 20;
    /** Farthest zoom: 1 px per 2 km. */
    public static final double MIN_SCALE = 1.0 / 2000;

    private double centreX;
    private double centreY;
    private double scale = 0.05;
    private double width = 800;
    private double height = 600;
    private long version;

    /** Screen x of map x. */
    public double screenX(double x) {
        return (x - centreX) * scale + width / 2;
    }

    /** Screen y of map y. */
    public double screenY(double y) {
        return height / 2 - (y - centreY) * scale;
    }

    /** Map x under screen x. */
    public double mapX(double sx) {
        return centreX + (sx - width / 2) / scale;
    }

    /** Map y under screen y. */
    public double mapY(double sy) {
        return centreY + (height / 2 - sy) / scale;
    }

    /** Map x at the centre of the screen (projected metres). */
    public double centreX() {
        return centreX;
    }

    /** Map y at the centre of the screen (projected metres). */
    public double centreY() {
        return centreY;
    }

    /** A viewport with the same centre and scale over a screen of another size. */
    public Viewport withSize(double w, double h) {
        Viewport v = new Viewport();
        v.centreX = centreX;
        v.centreY = centreY;
        v.scale = scale;
        v.width = w;
        v.height = h;
        return v;
    }

    /** Pixels per metre. */
    public double scale() {
        return scale;
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Increases on every change; layers cache their drawing per version. */
    public long version() {
        return version;
    }

    /** The visible area in projected metres, grown by {@code marginPx} pixels on each side. */
    public Envelope visibleArea(double marginPx) {
        return new Envelope(mapX(-marginPx), mapX(width + marginPx), mapY(height + marginPx), mapY(-marginPx));
    }

    /** Sets the screen size in pixels. */
    public void resize(double w, double h) {
        if (w <= 0 || h <= 0) return;
        if (w != width || h != height) {
            width = w;
            height = h;
            version++;
        }
    }

    /** Zooms and centres so that {@code area} (projected metres) fills the screen with a small margin. */
    public void fit(Envelope area) {
        if (area.isNull()) return;
        centreX = (area.getMinX() + area.getMaxX()) / 2;
        centreY = (area.getMinY() + area.getMaxY()) / 2;
        double sx = width / Math.max(area.getWidth(), 1);
        double sy = height / Math.max(area.getHeight(), 1);
        scale = clamp(0.95 * Math.min(sx, sy));
        version++;
    }

    /** Moves the map by a screen distance (drag). */
    public void panBy(double dxPx, double dyPx) {
        centreX -= dxPx / scale;
        centreY += dyPx / scale;
        version++;
    }

    /** Centres the view on a map point. */
    public void centreOn(double x, double y) {
        centreX = x;
        centreY = y;
        version++;
    }

    /** Shows the same area as {@code other} (keeps this viewport's screen size). */
    public void copyFrom(Viewport other) {
        if (other.centreX == centreX && other.centreY == centreY && other.scale == scale) return;
        centreX = other.centreX;
        centreY = other.centreY;
        scale = other.scale;
        version++;
    }

    /** Zooms by {@code factor} keeping the map point under screen ({@code sx}, {@code sy}) in place. */
    public void zoomAt(double factor, double sx, double sy) {
        double mx = mapX(sx);
        double my = mapY(sy);
        scale = clamp(scale * factor);
        centreX = mx - (sx - width / 2) / scale;
        centreY = my - (height / 2 - sy) / scale;
        version++;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
