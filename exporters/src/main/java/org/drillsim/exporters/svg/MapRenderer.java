package org.drillsim.exporters.svg;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeMap;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.geo.LonLat;

/**
 * Draws a situation map from plain inputs — lists of WGS84 positions — so it needs none of the
 * routing classes: water, roads styled by class, closed roads, hazard footprints coloured by
 * level, unmet demand, facilities with symbols and labels, a legend, scale bar, north arrow and
 * the OpenStreetMap attribution. Uses a local equirectangular projection (fine for a city).
 */
public final class MapRenderer {
    /** The attribution every map derived from OpenStreetMap must show. */
    public static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors, ODbL 1.0";
    /** Metres per degree of latitude on the mean Earth sphere. */
    static final double METRES_PER_DEGREE = 6_371_008.8 * Math.PI / 180;
    private static final double TITLE_BAND = 40;
    private static final double MARGIN = 12;
    private static final double FONT = 12;
    private static final Color WATER = new Color(0xAAD3DF);
    private static final Color CLOSED = new Color(0xC0392B);
    private static final Color DEMAND = new Color(0xD55E00);
    /** Hazard fill per level 1 (least severe) to 4 (most severe). */
    private static final List<Color> HAZARD = List.of(
            new Color(0xFFD966), new Color(0xF6A04D), new Color(0xE8553E), new Color(0x9E1A1A));

    private MapRenderer() {
    }

    /** Road classes from major to minor, each with its own width. */
    public enum RoadClass {
        /** motorway, trunk. */
        MAJOR(3.2, new Color(0x8C8C8C)),
        /** primary. */
        PRIMARY(2.4, new Color(0x9A9A9A)),
        /** secondary. */
        SECONDARY(1.8, new Color(0xA8A8A8)),
        /** tertiary. */
        TERTIARY(1.3, new Color(0xB4B4B4)),
        /** residential, service, unclassified, anything else. */
        MINOR(0.7, new Color(0xC8C8C8));

        final double width;
        final Color colour;

        RoadClass(double width, Color colour) {
            this.width = width;
            this.colour = colour;
        }

        /** The class of an OSM {@code highway=*} value ({@code primary_link} counts as primary). */
        public static RoadClass fromOsmHighway(String highway) {
            String h = highway == null ? "" : highway.toLowerCase(Locale.ROOT).replace("_link", "");
            return switch (h) {
                case "motorway", "trunk" -> MAJOR;
                case "primary" -> PRIMARY;
                case "secondary" -> SECONDARY;
                case "tertiary" -> TERTIARY;
                default -> MINOR;
            };
        }
    }

    /** Facility kinds, each with a symbol that reads without colour. */
    public enum FacilityKind {
        /** Hospital: red cross on white. */
        HOSPITAL(Text.of("医院", "hospital")),
        /** Fire and rescue station: red triangle. */
        FIRE_STATION(Text.of("消防救援站", "fire station")),
        /** Ambulance base: white circle with red ring. */
        AMBULANCE_BASE(Text.of("急救站", "ambulance base")),
        /** Relief-supply depot: brown square. */
        DEPOT(Text.of("物资储备库", "supply depot")),
        /** Emergency shelter: green house. */
        SHELTER(Text.of("应急避难场所", "shelter")),
        /** Helicopter base: blue circle. */
        HELICOPTER_BASE(Text.of("直升机起降点", "helicopter base")),
        /** A proposed new site: purple star. */
        PROPOSED_SITE(Text.of("建议新增选址", "proposed site"));

        private final Text label;

        FacilityKind(Text label) {
            this.label = label;
        }

        /** The kind's name for legends. */
        public Text label() {
            return label;
        }
    }

    private record Road(RoadClass cls, List<LonLat> points) {
    }

    private record Hazard(int level, List<List<LonLat>> rings) {
    }

    private record Facility(FacilityKind kind, LonLat at, Text label) {
    }

    private record Demand(LonLat at, double people) {
    }

    /** Starts a map with the given title. */
    public static Builder builder(Text title) {
        return new Builder(title);
    }

    /** Collects what the map shows. */
    public static final class Builder {
        private final Text title;
        private double width = 800;
        private double height = 620;
        private double[] bounds;
        private final List<List<List<LonLat>>> water = new ArrayList<>();
        private final List<Road> roads = new ArrayList<>();
        private final List<List<LonLat>> closed = new ArrayList<>();
        private final List<Hazard> hazards = new ArrayList<>();
        private final TreeMap<Integer, Text> hazardLabels = new TreeMap<>();
        private final List<Facility> facilities = new ArrayList<>();
        private final List<Demand> demand = new ArrayList<>();

        private Builder(Text title) {
            this.title = Objects.requireNonNull(title, "title");
        }

        /** Drawing size (default 800 × 620). */
        public Builder size(double w, double h) {
            if (!(w >= 200) || !(h >= 200)) {
                throw new IllegalArgumentException("map size must be at least 200 x 200, got " + w + " x " + h);
            }
            this.width = w;
            this.height = h;
            return this;
        }

        /** Shows exactly this area (default: everything added, with a small margin). */
        public Builder bounds(LonLat southWest, LonLat northEast) {
            if (!(southWest.lon() < northEast.lon()) || !(southWest.lat() < northEast.lat())) {
                throw new IllegalArgumentException("map bounds need south-west below and left of north-east: " + southWest
                        + " " + northEast);
            }
            this.bounds = new double[] {southWest.lon(), southWest.lat(), northEast.lon(), northEast.lat()};
            return this;
        }

        /** A river or lake polygon (outer ring, then holes). */
        public Builder water(List<List<LonLat>> rings) {
            water.add(copyRings(rings));
            return this;
        }

        /** A road line. */
        public Builder road(RoadClass cls, List<LonLat> points) {
            roads.add(new Road(Objects.requireNonNull(cls, "cls"), List.copyOf(points)));
            return this;
        }

        /** A closed or blocked road line, drawn in red dashes over the others. */
        public Builder closedRoad(List<LonLat> points) {
            closed.add(List.copyOf(points));
            return this;
        }

        /** A hazard footprint of level 1 (least severe) to 4 (most severe). */
        public Builder hazard(int level, List<List<LonLat>> rings) {
            if (level < 1 || level > 4) {
                throw new IllegalArgumentException("hazard level must be 1..4, got " + level);
            }
            hazards.add(new Hazard(level, copyRings(rings)));
            return this;
        }

        /** The legend wording of a hazard level, e.g. 水深 &gt; 1 m / depth &gt; 1 m. */
        public Builder hazardLevelLabel(int level, Text label) {
            hazardLabels.put(level, label);
            return this;
        }

        /** A facility with an optional label (empty text for none). */
        public Builder facility(FacilityKind kind, LonLat at, Text label) {
            facilities.add(new Facility(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(at, "at"), label));
            return this;
        }

        /** People whose need is not met at a place; the circle's area grows with their number. */
        public Builder unmetDemand(LonLat at, double people) {
            if (!(people >= 0)) {
                throw new IllegalArgumentException("unmet demand must be >= 0, got " + people);
            }
            demand.add(new Demand(Objects.requireNonNull(at, "at"), people));
            return this;
        }

        /** Lays the map out. */
        public Drawing build() {
            return new Layout(this).draw();
        }

        private static List<List<LonLat>> copyRings(List<List<LonLat>> rings) {
            List<List<LonLat>> copy = new ArrayList<>();
            for (List<LonLat> r : rings) {
                if (r.size() < 3) {
                    throw new IllegalArgumentException("a map polygon ring needs 3 positions, got " + r.size());
                }
                copy.add(List.copyOf(r));
            }
            if (copy.isEmpty()) {
                throw new IllegalArgumentException("a map polygon needs an outer ring");
            }
            return copy;
        }
    }

    /** Projection and drawing of one map. */
    private static final class Layout {
        private final Builder b;
        private final double left;
        private final double top;
        private final double mapW;
        private final double mapH;
        private final double kx;
        private final double midX;
        private final double midY;
        private final double scale;

        Layout(Builder b) {
            this.b = b;
            this.left = MARGIN;
            this.top = TITLE_BAND;
            this.mapW = b.width - 2 * MARGIN;
            this.mapH = b.height - TITLE_BAND - MARGIN;
            double[] box = b.bounds != null ? b.bounds : dataBounds(b);
            double lat0 = (box[1] + box[3]) / 2;
            this.kx = Math.cos(Math.toRadians(lat0));
            double spanX = Math.max((box[2] - box[0]) * kx, 1e-6);
            double spanY = Math.max(box[3] - box[1], 1e-6);
            this.midX = (box[0] + box[2]) / 2 * kx;
            this.midY = lat0;
            this.scale = Math.min(mapW / spanX, mapH / spanY);
        }

        private static double[] dataBounds(Builder b) {
            double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            List<LonLat> all = new ArrayList<>();
            b.water.forEach(p -> p.forEach(all::addAll));
            b.roads.forEach(r -> all.addAll(r.points()));
            b.closed.forEach(all::addAll);
            b.hazards.forEach(h -> h.rings().forEach(all::addAll));
            b.facilities.forEach(f -> all.add(f.at()));
            b.demand.forEach(d -> all.add(d.at()));
            if (all.isEmpty()) {
                throw new IllegalStateException("map '" + b.title.both() + "' has nothing to show and no bounds");
            }
            for (LonLat p : all) {
                box[0] = Math.min(box[0], p.lon());
                box[1] = Math.min(box[1], p.lat());
                box[2] = Math.max(box[2], p.lon());
                box[3] = Math.max(box[3], p.lat());
            }
            // 5 % margin, and at least ~200 m so a single point still gets a neighbourhood
            double padLon = Math.max((box[2] - box[0]) * 0.05, 0.002);
            double padLat = Math.max((box[3] - box[1]) * 0.05, 0.002);
            return new double[] {box[0] - padLon, box[1] - padLat, box[2] + padLon, box[3] + padLat};
        }

        Pt project(LonLat p) {
            double x = left + mapW / 2 + (p.lon() * kx - midX) * scale;
            double y = top + mapH / 2 - (p.lat() - midY) * scale;
            return new Pt(x, y);
        }

        /** Projected points, dropping those less than half a unit from the previous one. */
        List<Pt> line(List<LonLat> pts) {
            List<Pt> out = new ArrayList<>(pts.size());
            Pt last = null;
            for (int i = 0; i < pts.size(); i++) {
                Pt p = project(pts.get(i));
                boolean lastPoint = i == pts.size() - 1;
                if (last == null || lastPoint || Math.hypot(p.x() - last.x(), p.y() - last.y()) >= 0.5) {
                    out.add(p);
                    last = p;
                }
            }
            return out;
        }

        List<List<Pt>> rings(List<List<LonLat>> rings) {
            List<List<Pt>> out = new ArrayList<>();
            for (List<LonLat> r : rings) {
                List<Pt> ring = line(r);
                if (ring.size() >= 3) {
                    out.add(ring);
                }
            }
            return out;
        }

        Drawing draw() {
            Drawing.Builder d = Drawing.builder(b.width, b.height, b.title);
            d.add(new Shape.Rect(left, top, mapW, mapH, Style.fill(new Color(0xF7F5F0))));
            for (List<List<LonLat>> w : b.water) {
                addPolygon(d, rings(w), Style.fill(WATER));
            }
            for (RoadClass cls : reversed(RoadClass.values())) {
                Style style = Style.stroke(cls.colour, cls.width);
                for (Road r : b.roads) {
                    List<Pt> pts = line(r.points());
                    if (r.cls() == cls && pts.size() >= 2) {
                        d.add(new Shape.Polyline(pts, style));
                    }
                }
            }
            for (Hazard h : b.hazards) {
                Color c = HAZARD.get(h.level() - 1);
                addPolygon(d, rings(h.rings()), new Style(c.darker(), 1.2, c, 0.45, List.of()));
            }
            Style closedStyle = Style.dashed(CLOSED, 2.6, 6, 3);
            for (List<LonLat> r : b.closed) {
                List<Pt> pts = line(r);
                if (pts.size() >= 2) {
                    d.add(new Shape.Polyline(pts, closedStyle));
                }
            }
            double maxPeople = b.demand.stream().mapToDouble(Demand::people).max().orElse(0);
            for (Demand dm : b.demand) {
                if (dm.people() > 0) {
                    double r = 3 + 15 * Math.sqrt(dm.people() / maxPeople);
                    d.add(new Shape.Circle(project(dm.at()), r, new Style(DEMAND, 1, DEMAND, 0.35, List.of())));
                }
            }
            java.util.Map<FacilityKind, Integer> perKind = new java.util.EnumMap<>(FacilityKind.class);
            b.facilities.forEach(f -> perKind.merge(f.kind(), 1, Integer::sum));
            for (Facility f : b.facilities) {
                // many of a kind (e.g. 120 shelters) get smaller symbols so the map stays readable
                double size = f.kind() == FacilityKind.PROPOSED_SITE ? 9 : perKind.get(f.kind()) > 40 ? 4 : 6;
                d.addAll(symbol(f.kind(), project(f.at()), size));
            }
            for (Facility f : b.facilities) {
                if (f.label() != null && !f.label().isEmpty()) {
                    Pt p = project(f.at());
                    d.add(new Shape.Label(new Pt(p.x() + 9, p.y() + 4), f.label(), FONT - 1, Shape.Anchor.START, false,
                            Palette.INK, 0, true));
                }
            }
            mask(d);
            d.add(new Shape.Rect(left, top, mapW, mapH, Style.stroke(Palette.MUTED, 1)));
            d.add(new Shape.Label(new Pt(b.width / 2, 27), b.title, 17, Shape.Anchor.MIDDLE, true, Palette.INK, 0, false));
            northArrow(d);
            scaleBar(d);
            legend(d);
            d.add(new Shape.Label(new Pt(left + mapW - 6, top + mapH - 6), Text.same(OSM_ATTRIBUTION), 10,
                    Shape.Anchor.END, false, Palette.MUTED, 0, true));
            return d.build();
        }

        private static void addPolygon(Drawing.Builder d, List<List<Pt>> rings, Style style) {
            if (!rings.isEmpty()) {
                d.add(new Shape.Polygon(rings, style));
            }
        }

        /** White bands around the map frame: a clip that both backends share. */
        private void mask(Drawing.Builder d) {
            Style white = Style.fill(Color.WHITE);
            d.add(new Shape.Rect(0, 0, b.width, top, white));
            d.add(new Shape.Rect(0, top + mapH, b.width, b.height - top - mapH, white));
            d.add(new Shape.Rect(0, top, left, mapH, white));
            d.add(new Shape.Rect(left + mapW, top, b.width - left - mapW, mapH, white));
        }

        private void northArrow(Drawing.Builder d) {
            double x = left + mapW - 26;
            double y = top + 16;
            d.add(new Shape.Circle(new Pt(x, y + 18), 17, new Style(Palette.MUTED, 0.8, Color.WHITE, 0.85, List.of())));
            d.add(Shape.Polygon.of(List.of(new Pt(x, y + 4), new Pt(x + 7, y + 26), new Pt(x, y + 21), new Pt(x - 7, y + 26)),
                    Style.fill(Palette.INK)));
            d.add(new Shape.Label(new Pt(x, y + 46), Text.of("北", "N"), 12, Shape.Anchor.MIDDLE, true, Palette.INK, 0, true));
        }

        private void scaleBar(Drawing.Builder d) {
            double metresPerUnit = METRES_PER_DEGREE / scale;
            double target = mapW / 5 * metresPerUnit;
            double nice = Ticks.step(target, 1);
            if (nice > target * 1.01) {
                nice = Ticks.step(target / 2, 1);
            }
            double len = nice / metresPerUnit;
            double x = left + mapW - 16 - len;
            double y = top + mapH - 26;
            d.add(new Shape.Rect(x - 6, y - 17, len + 12, 26, new Style(null, 0, Color.WHITE, 0.8, List.of())));
            d.add(new Shape.Rect(x, y, len / 2, 5, Style.filled(Palette.INK, Palette.INK, 0.8)));
            d.add(new Shape.Rect(x + len / 2, y, len / 2, 5, Style.filled(Color.WHITE, Palette.INK, 0.8)));
            String shown = nice >= 1000 ? Ticks.label(nice / 1000) + " km" : Ticks.label(nice) + " m";
            d.add(new Shape.Label(new Pt(x + len / 2, y - 4), Text.same(shown), 11, Shape.Anchor.MIDDLE, false, Palette.INK, 0,
                    false));
        }

        private void legend(Drawing.Builder d) {
            List<Text> labels = new ArrayList<>();
            List<List<Shape>> symbols = new ArrayList<>();
            double rowH = 18;
            // symbol centre is filled in when the box position is known: build at (0,0) and offset later
            TreeMap<Integer, Boolean> levels = new TreeMap<>();
            b.hazards.forEach(h -> levels.put(h.level(), true));
            for (int level : levels.descendingKeySet()) {
                Color c = HAZARD.get(level - 1);
                labels.add(b.hazardLabels.getOrDefault(level, Text.of("危险区 " + level + " 级", "hazard level " + level)));
                symbols.add(List.of(new Shape.Rect(-7, -6, 14, 12, new Style(c.darker(), 1, c, 0.6, List.of()))));
            }
            if (!b.closed.isEmpty()) {
                labels.add(Text.of("封闭/阻断道路", "closed road"));
                symbols.add(List.of(Shape.Polyline.line(-8, 0, 8, 0, Style.dashed(CLOSED, 2.6, 6, 3))));
            }
            if (!b.demand.isEmpty()) {
                labels.add(Text.of("未满足需求（圆面积∝人数）", "unmet demand (area ∝ people)"));
                symbols.add(List.of(new Shape.Circle(new Pt(0, 0), 6, new Style(DEMAND, 1, DEMAND, 0.35, List.of()))));
            }
            for (FacilityKind k : FacilityKind.values()) {
                if (b.facilities.stream().anyMatch(f -> f.kind() == k)) {
                    labels.add(k.label());
                    symbols.add(symbol(k, new Pt(0, 0), 6));
                }
            }
            if (labels.isEmpty()) {
                return;
            }
            double textW = 0;
            for (Text t : labels) {
                textW = Math.max(textW, TextMetrics.width(t, FONT));
            }
            double boxW = 34 + textW + 8;
            double boxH = labels.size() * rowH + 10;
            double x0 = left + 8;
            double y0 = top + mapH - 8 - boxH;
            d.add(new Shape.Rect(x0, y0, boxW, boxH, new Style(Palette.MUTED, 0.8, Color.WHITE, 0.88, List.of())));
            for (int i = 0; i < labels.size(); i++) {
                double cx = x0 + 16;
                double cy = y0 + 5 + rowH * i + rowH / 2;
                for (Shape s : symbols.get(i)) {
                    d.add(offset(s, cx, cy));
                }
                d.add(Shape.Label.of(cx + 16, cy + 4.3, labels.get(i), FONT, Shape.Anchor.START));
            }
        }
    }

    /** The symbol of a facility kind centred on {@code p}, {@code r} its half size. */
    static List<Shape> symbol(FacilityKind kind, Pt p, double r) {
        double x = p.x();
        double y = p.y();
        Color red = new Color(0xD62728);
        return switch (kind) {
            case HOSPITAL -> List.of(
                    new Shape.Rect(x - r, y - r, 2 * r, 2 * r, Style.filled(Color.WHITE, red, 1.2)),
                    new Shape.Rect(x - r * 0.65, y - r * 0.22, r * 1.3, r * 0.44, Style.fill(red)),
                    new Shape.Rect(x - r * 0.22, y - r * 0.65, r * 0.44, r * 1.3, Style.fill(red)));
            case FIRE_STATION -> List.of(Shape.Polygon.of(
                    List.of(new Pt(x, y - r * 1.2), new Pt(x + r * 1.1, y + r * 0.9), new Pt(x - r * 1.1, y + r * 0.9)),
                    Style.filled(red, Color.WHITE, 1)));
            case AMBULANCE_BASE -> List.of(
                    new Shape.Circle(p, r, Style.filled(Color.WHITE, red, 2)),
                    new Shape.Circle(p, r * 0.35, Style.fill(red)));
            case DEPOT -> List.of(new Shape.Rect(x - r, y - r, 2 * r, 2 * r, Style.filled(new Color(0x8B5A2B), Color.WHITE, 1)));
            case SHELTER -> List.of(Shape.Polygon.of(List.of(new Pt(x, y - r * 1.2), new Pt(x + r, y - r * 0.2),
                    new Pt(x + r, y + r), new Pt(x - r, y + r), new Pt(x - r, y - r * 0.2)),
                    Style.filled(new Color(0x2E8B57), Color.WHITE, 1)));
            case HELICOPTER_BASE -> List.of(new Shape.Circle(p, r, Style.filled(new Color(0x1F5FA8), Color.WHITE, 1)),
                    new Shape.Rect(x - r * 0.45, y - r * 0.1, r * 0.9, r * 0.2, Style.fill(Color.WHITE)),
                    new Shape.Rect(x - r * 0.45, y - r * 0.55, r * 0.18, r * 1.1, Style.fill(Color.WHITE)),
                    new Shape.Rect(x + r * 0.27, y - r * 0.55, r * 0.18, r * 1.1, Style.fill(Color.WHITE)));
            case PROPOSED_SITE -> List.of(Shape.Polygon.of(star(x, y, r * 1.3, r * 0.55), Style.filled(new Color(0x6A3D9A),
                    Color.WHITE, 1.2)));
        };
    }

    private static List<Pt> star(double x, double y, double outer, double inner) {
        List<Pt> pts = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double rr = i % 2 == 0 ? outer : inner;
            pts.add(new Pt(x + rr * Math.cos(a), y + rr * Math.sin(a)));
        }
        return pts;
    }

    /** A shape moved by (dx, dy); used to place legend symbols built at the origin. */
    static Shape offset(Shape s, double dx, double dy) {
        if (s instanceof Shape.Polyline p) {
            return new Shape.Polyline(move(p.points(), dx, dy), p.style());
        } else if (s instanceof Shape.Polygon p) {
            return new Shape.Polygon(p.rings().stream().map(r -> move(r, dx, dy)).toList(), p.style());
        } else if (s instanceof Shape.Circle c) {
            return new Shape.Circle(new Pt(c.centre().x() + dx, c.centre().y() + dy), c.radius(), c.style());
        } else if (s instanceof Shape.Rect r) {
            return new Shape.Rect(r.x() + dx, r.y() + dy, r.width(), r.height(), r.style());
        } else if (s instanceof Shape.Label l) {
            return new Shape.Label(new Pt(l.at().x() + dx, l.at().y() + dy), l.text(), l.size(), l.anchor(), l.bold(),
                    l.colour(), l.rotation(), l.halo());
        }
        throw new IllegalStateException("unknown shape " + s.getClass());
    }

    private static List<Pt> move(List<Pt> pts, double dx, double dy) {
        return pts.stream().map(p -> new Pt(p.x() + dx, p.y() + dy)).toList();
    }

    private static <T> List<T> reversed(T[] values) {
        List<T> out = new ArrayList<>(List.of(values));
        java.util.Collections.reverse(out);
        return out;
    }
}
