package org.drillsim.cli;

import org.drillsim.exporters.AtomicFiles;
import org.drillsim.routing.RoadNetwork;
import org.drillsim.hazards.HazardFootprint;
import org.drillsim.hazards.HazardKind;
import org.drillsim.hazards.HazardLook;
import org.drillsim.hazards.HazardTypes;
import org.drillsim.world.HazardSnapshot;
import org.drillsim.format.model.GeoPoint;
import org.drillsim.geodata.OsmArea;
import org.drillsim.geodata.OsmLayers;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import javax.imageio.ImageIO;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Draws a {@link HazardSnapshot} as a PNG so a person can look at it: water, roads, hazard zones,
 * closed roads (red), facilities, a legend and the data attribution. Headless Java2D.
 */
final class HazardMapRenderer {
    private static final int WIDTH = 1400;
    /** Legend band below the map: title, counts, symbols, hazard zones, attribution. */
    private static final int LEGEND_H = 110;
    private final Envelope view;
    private final int height;
    private final double scaleX;
    private final double scaleY;

    HazardMapRenderer(Envelope view) {
        this.view = view;
        double midLat = Math.toRadians((view.getMinY() + view.getMaxY()) / 2);
        double wM = view.getWidth() * Math.cos(midLat);
        this.scaleX = WIDTH / view.getWidth();
        this.height = (int) Math.round(WIDTH * view.getHeight() / wM);
        this.scaleY = height / view.getHeight();
    }

    double px(double lon) {
        return (lon - view.getMinX()) * scaleX;
    }

    double py(double lat) {
        return height - (lat - view.getMinY()) * scaleY;
    }

    void render(HazardSnapshot snap, OsmLayers layers, Path png) throws IOException {
        BufferedImage img = new BufferedImage(WIDTH, height + LEGEND_H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(248, 246, 240));
        g.fillRect(0, 0, WIDTH, height + LEGEND_H);
        if (layers != null) {
            g.setColor(new Color(170, 205, 235));
            for (OsmArea w : layers.water()) {
                fill(g, w.polygon());
            }
        }
        g.setColor(new Color(170, 205, 235));
        for (var h : snap.scenario().hazards()) {
            if (h instanceof org.drillsim.format.model.FloodSpec f) {
                f.riverPolygonsLonLat().forEach(ring -> fill(g, org.drillsim.format.io.PolygonCheck.toPolygon(ring)));
            }
        }
        RoadNetwork net = snap.network();
        g.setColor(new Color(185, 185, 185));
        g.setStroke(new BasicStroke(0.6f));
        for (int e = 0; e < net.edgeCount(); e++) {
            int rev = net.reverseEdge(e);
            if (rev >= 0 && rev < e) {
                continue; // draw two-way roads once
            }
            line(g, net.geometry(e).getCoordinates());
        }
        for (HazardFootprint fp : snap.footprints()) {
            for (HazardLook.ZoneFill z : HazardTypes.installed().forKind(fp.kind()).look().fills(fp.zones())) {
                g.setColor(color(z.fill()));
                fill(g, z.zone().polygon());
            }
        }
        g.setColor(new Color(220, 20, 20));
        g.setStroke(new BasicStroke(2.2f));
        for (int e : snap.closedEdges().keySet()) {
            line(g, net.geometry(e).getCoordinates());
        }
        Map<String, GeoPoint> locs = snap.facilities().locations();
        snap.facilities().shelters().forEach(s -> mark(g, locs.get(s.id()), new Color(30, 150, 60), 's'));
        snap.facilities().depots().forEach(s -> mark(g, locs.get(s.id()), new Color(140, 90, 30), 'd'));
        snap.facilities().fireStations().forEach(s -> mark(g, locs.get(s.id()), new Color(240, 120, 0), 'f'));
        snap.facilities().policeStations().forEach(s -> mark(g, locs.get(s.id()), new Color(40, 60, 160), 'p'));
        snap.facilities().helicopterBases().forEach(s -> mark(g, locs.get(s.id()), new Color(130, 40, 160), 'x'));
        snap.facilities().hospitals().forEach(s -> mark(g, locs.get(s.id()), new Color(200, 0, 0), 'h'));
        legend(g, snap);
        g.dispose();
        // AtomicFiles, not Files.createTempFile: the map is shared, so the umask applies (not 0600).
        AtomicFiles.write(png, out -> {
            if (!ImageIO.write(img, "png", out)) {
                throw new IOException("no PNG writer");
            }
        });
    }

    private static Color color(HazardLook.Rgba c) {
        return new Color(c.red(), c.green(), c.blue(), c.alpha());
    }

    private void fill(Graphics2D g, Geometry geom) {
        if (!geom.getEnvelopeInternal().intersects(view)) {
            return;
        }
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry part = geom.getGeometryN(i);
            if (part instanceof Polygon p) {
                Path2D path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                ring(path, p.getExteriorRing().getCoordinates());
                for (int k = 0; k < p.getNumInteriorRing(); k++) {
                    ring(path, p.getInteriorRingN(k).getCoordinates());
                }
                g.fill(path);
            } else if (part instanceof org.locationtech.jts.geom.GeometryCollection && part != geom) {
                fill(g, part);
            }
        }
    }

    private void ring(Path2D path, Coordinate[] cs) {
        for (int i = 0; i < cs.length; i++) {
            if (i == 0) {
                path.moveTo(px(cs[i].x), py(cs[i].y));
            } else {
                path.lineTo(px(cs[i].x), py(cs[i].y));
            }
        }
        path.closePath();
    }

    private void line(Graphics2D g, Coordinate[] cs) {
        Path2D path = new Path2D.Double();
        for (int i = 0; i < cs.length; i++) {
            if (i == 0) {
                path.moveTo(px(cs[i].x), py(cs[i].y));
            } else {
                path.lineTo(px(cs[i].x), py(cs[i].y));
            }
        }
        g.draw(path);
    }

    private void mark(Graphics2D g, GeoPoint p, Color c, char shape) {
        int x = (int) px(p.lon());
        int y = (int) py(p.lat());
        g.setColor(c);
        g.setStroke(new BasicStroke(2f));
        switch (shape) {
            case 'h' -> {
                g.fillRect(x - 2, y - 6, 4, 12);
                g.fillRect(x - 6, y - 2, 12, 4);
            }
            case 's' -> g.fillRect(x - 3, y - 3, 6, 6);
            case 'f' -> g.fillPolygon(new int[]{x - 5, x + 5, x}, new int[]{y + 4, y + 4, y - 5}, 3);
            case 'd' -> g.fillPolygon(new int[]{x - 6, x, x + 6, x}, new int[]{y, y - 6, y, y + 6}, 4);
            default -> g.fillOval(x - 5, y - 5, 10, 10);
        }
    }

    private void legend(Graphics2D g, HazardSnapshot snap) {
        g.setColor(Color.WHITE);
        g.fillRect(0, height, WIDTH, LEGEND_H);
        g.setColor(Color.DARK_GRAY);
        g.setFont(font(Font.BOLD, 18));
        g.drawString(snap.scenario().name().both() + "  " + HazardSnapshot.tPlus(snap.timeMs()), 12, height + 24);
        g.setFont(font(Font.PLAIN, 13));
        long zones = snap.footprints().stream().mapToLong(f -> f.zones().size()).sum();
        g.drawString(String.format("灾害区 hazard zones: %d   封闭路段 closed road edges: %d   设施 facilities: %d   避难容量 shelter capacity: %,d",
                zones, snap.closedEdges().size(), snap.facilities().locations().size(), snap.shelterCapacity()), 12, height + 46);
        g.drawString("■ shelter 避难场所  ✚ hospital 医院  ▲ fire station 消防站  ◆ depot 储备库  ● police/heli   "
                + "red lines: closed roads 封闭路段", 12, height + 66);
        zoneLegend(g, snap, height + 86);
        g.setColor(Color.DARK_GRAY);
        g.drawString("Map data " + snap.attribution(), 12, height + 104);
    }

    /** A swatch and label per zone look of each hazard kind on the map, read from the registry. */
    private static void zoneLegend(Graphics2D g, HazardSnapshot snap, int baseline) {
        int x = 12;
        for (HazardKind kind : snap.footprints().stream().map(HazardFootprint::kind).distinct().toList()) {
            HazardLook look = HazardTypes.installed().forKind(kind).look();
            x = label(g, look.nameZh() + " " + look.nameEn() + ":", x, baseline) + 6;
            for (HazardLook.ZoneLook z : look.zones()) {
                g.setColor(color(z.fill()));
                g.fillRect(x, baseline - 11, 12, 12);
                g.setColor(color(look.outline()));
                g.drawRect(x, baseline - 11, 12, 12);
                x = label(g, z.nameZh() + " " + z.nameEn(), x + 16, baseline) + 10;
            }
            x += 14;
        }
    }

    private static int label(Graphics2D g, String text, int x, int baseline) {
        g.setColor(Color.DARK_GRAY);
        g.drawString(text, x, baseline);
        return x + g.getFontMetrics().stringWidth(text);
    }

    private static Font font(int style, int size) {
        List<String> families = Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
        for (String f : List.of("Noto Sans CJK SC", "WenQuanYi Zen Hei", "Noto Serif CJK SC")) {
            if (families.contains(f)) {
                return new Font(f, style, size);
            }
        }
        return new Font(Font.SANS_SERIF, style, size);
    }
}
