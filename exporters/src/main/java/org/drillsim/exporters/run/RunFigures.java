package org.drillsim.exporters.run;

import org.drillsim.runformat.Scorecard;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.runformat.geo.LonLat;
import org.drillsim.exporters.svg.BarChart;
import org.drillsim.exporters.svg.Drawing;
import org.drillsim.exporters.svg.LineChart;
import org.drillsim.exporters.svg.MapRenderer;
import org.drillsim.exporters.svg.MapRenderer.FacilityKind;

/** The charts and the situation map of a run report, drawn from a run directory. */
final class RunFigures {
    /** Facility kinds of the run's map layer; police stations have no symbol and are left out. */
    private static final Map<String, FacilityKind> KINDS = Map.of(
            "hospital", FacilityKind.HOSPITAL, "fire-station", FacilityKind.FIRE_STATION, "depot", FacilityKind.DEPOT,
            "shelter", FacilityKind.SHELTER, "helicopter-base", FacilityKind.HELICOPTER_BASE,
            "ambulance-base", FacilityKind.AMBULANCE_BASE);
    /** A kind gets name labels on the map only when there are this few of it. */
    private static final int MAX_LABELLED = 12;

    private RunFigures() {
    }

    /** The share served against the clock per response-time target, with the deadlines as lines; null without data. */
    static Drawing servedChart(RunData data) {
        CsvTable served = data.served();
        if (served == null || served.indexOf("elapsed_h") < 0 || served.rows().size() < 2) {
            return null;
        }
        double[] xs = served.numbers("elapsed_h");
        LineChart.Builder chart = LineChart.builder(Text.of("各时间目标的已服务比例随时间变化", "Share served against the clock"))
                .percentAxis(Text.of("已服务比例", "share served"))
                .xLabel(Text.of("自计时起点的时间（小时）", "time since the clock started (h)"));
        TreeSet<Double> deadlines = new TreeSet<>();
        TreeSet<Double> required = new TreeSet<>();
        int series = 0;
        for (Scorecard.Target t : data.scorecard().targets()) {
            String col = t.id() + ".share";
            if (!t.isResponseTime() || served.indexOf(col) < 0) {
                continue;
            }
            double[] ys = served.numbers(col);
            List<double[]> pts = new ArrayList<>();
            for (int i = 0; i < xs.length; i++) {
                if (!Double.isNaN(xs[i]) && !Double.isNaN(ys[i])) {
                    pts.add(new double[] {xs[i], ys[i]});
                }
            }
            if (pts.isEmpty()) {
                continue;
            }
            chart.series(RunText.label(t),
                    pts.stream().mapToDouble(p -> p[0]).toArray(), pts.stream().mapToDouble(p -> p[1]).toArray());
            series++;
            double h = RunText.hours(t.threshold(), t.unit());
            if (!Double.isNaN(h)) {
                deadlines.add(h);
            }
            double req = t.requiredShare();
            if (!Double.isNaN(req)) {
                required.add(req);
            }
        }
        if (series == 0) {
            return null;
        }
        for (double h : deadlines) {
            chart.verticalLine(h, Text.of(RunText.num(h, 2) + "小时", RunText.num(h, 2) + " h"));
        }
        for (double r : required) {
            chart.horizontalLine(r, Text.of("要求 " + RunText.pct(r), "required " + RunText.pct(r)));
        }
        return chart.build();
    }

    /** The mean share within the threshold per response-time target, coloured by result; null without data. */
    static Drawing shareBars(RunData data) {
        BarChart.Builder bars = BarChart.builder(Text.of("各时间目标达标比例（均值）", "Share within the threshold (mean)"))
                .percent().valueLabel(Text.of("阈值内的比例", "share within the threshold"));
        TreeSet<Double> required = new TreeSet<>();
        int n = 0;
        for (Scorecard.Target t : data.scorecard().targets()) {
            double mean = t.value().mean();
            if (!t.isResponseTime() || !t.scored() || Double.isNaN(mean)) {
                continue;
            }
            bars.bar(RunText.label(t), Math.max(0, mean), RunText.status(t));
            double req = t.requiredShare();
            if (!Double.isNaN(req)) {
                required.add(req);
            }
            n++;
        }
        if (n == 0) {
            return null;
        }
        if (required.size() == 1) {
            double r = required.first();
            bars.threshold(r, Text.of("要求 " + RunText.pct(r), "required " + RunText.pct(r)));
        }
        return bars.build();
    }

    /** The hour whose hazard footprint is largest (by area), or null when there is none. */
    static Double worstHour(RunData.MapLayers map) {
        Double best = null;
        double bestArea = -1;
        for (Map.Entry<Double, List<GeoFeature>> e : map.hazardByHour().entrySet()) {
            double area = 0;
            for (GeoFeature f : e.getValue()) {
                area += area(f.geometry());
            }
            if (area > bestArea) {
                bestArea = area;
                best = e.getKey();
            }
        }
        return best;
    }

    /** The situation map at {@code hour} (hazard, closed roads), with facilities, unmet demand and proposed sites. */
    static Drawing situationMap(RunData data, Double hour, boolean withProposedSites) {
        RunData.MapLayers map = data.map();
        if (map.isEmpty()) {
            return null;
        }
        Text title = hour == null ? Text.of("态势图", "Situation map")
                : Text.of("态势图（T+" + RunText.num(hour, 2) + " 小时）", "Situation at T+" + RunText.num(hour, 2) + " h");
        MapRenderer.Builder m = MapRenderer.builder(title);
        List<Double> bbox = data.run().map() == null ? null : data.run().map().bbox();
        if (bbox != null && bbox.size() == 4 && bbox.get(0) < bbox.get(2) && bbox.get(1) < bbox.get(3)) {
            // the map extract's extent: keeps a far-away base (an airport) from shrinking the city
            m.bounds(LonLat.of(bbox.get(0), bbox.get(1)), LonLat.of(bbox.get(2), bbox.get(3)));
        }
        for (GeoFeature f : map.water()) {
            for (List<List<LonLat>> rings : polygons(f.geometry())) {
                m.water(rings);
            }
        }
        for (GeoFeature f : map.roads()) {
            if (f.geometry() instanceof GeoGeometry.LineString l) {
                Object cls = f.properties().getOrDefault("highway", f.properties().get("class"));
                m.road(MapRenderer.RoadClass.fromOsmHighway(cls == null ? null : cls.toString()), l.points());
            }
        }
        if (hour != null) {
            List<GeoFeature> zones = map.hazardByHour().getOrDefault(hour, List.of());
            HazardLevels levels = HazardLevels.of(zones);
            List<GeoFeature> ordered = new ArrayList<>(zones);
            // nested zones: draw the least severe first so the worst stays visible on top
            ordered.sort((a, b) -> Integer.compare(levels.level(a), levels.level(b)));
            for (GeoFeature f : ordered) {
                for (List<List<LonLat>> rings : polygons(f.geometry())) {
                    m.hazard(levels.level(f), rings);
                }
            }
            levels.labels().forEach(m::hazardLevelLabel);
            for (GeoFeature f : map.closedByHour().getOrDefault(hour, List.of())) {
                if (f.geometry() instanceof GeoGeometry.LineString l) {
                    m.closedRoad(l.points());
                }
            }
        }
        for (GeoFeature f : map.unmetDemand()) {
            if (f.geometry() instanceof GeoGeometry.Point p && f.properties().get("people") instanceof Number n) {
                m.unmetDemand(p.at(), n.doubleValue());
            }
        }
        Map<FacilityKind, Integer> counts = new LinkedHashMap<>();
        for (GeoFeature f : map.facilities()) {
            FacilityKind k = KINDS.get(String.valueOf(f.properties().get("kind")));
            if (k != null) {
                counts.merge(k, 1, Integer::sum);
            }
        }
        for (GeoFeature f : map.facilities()) {
            FacilityKind k = KINDS.get(String.valueOf(f.properties().get("kind")));
            if (k != null && f.geometry() instanceof GeoGeometry.Point p) {
                m.facility(k, p.at(), counts.get(k) <= MAX_LABELLED && !isPlaceholderName(name(f)) ? name(f) : Text.EMPTY);
            }
        }
        if (withProposedSites) {
            for (GeoFeature f : proposed(map.proposedSites())) {
                if (f.geometry() instanceof GeoGeometry.Point p) {
                    m.facility(FacilityKind.PROPOSED_SITE, p.at(), name(f));
                }
            }
        }
        return m.build();
    }

    /**
     * True for the stand-in name an unnamed OSM feature gets, e.g. {@code 消防站 (OSM 1052734761)}: on a map
     * the id is noise, so such a facility keeps its symbol without a label.
     */
    static boolean isPlaceholderName(Text name) {
        return name.zh().matches(".*[(（]OSM \\d+[)）]\\s*");
    }

    /** True for a new site; false for an existing one that sites.geojson carries for comparison ({@code role=existing}). */
    static boolean isProposed(GeoFeature f) {
        return !"existing".equals(String.valueOf(f.properties().get("role")));
    }

    /** The new sites only. */
    static List<GeoFeature> proposed(List<GeoFeature> sites) {
        return sites.stream().filter(RunFigures::isProposed).toList();
    }

    /** The existing sites only. */
    static List<GeoFeature> existing(List<GeoFeature> sites) {
        return sites.stream().filter(f -> !isProposed(f)).toList();
    }

    /** A feature's bilingual name from {@code name_zh} / {@code name_en} / {@code name} / {@code id}. */
    static Text name(GeoFeature f) {
        Object zh = f.properties().get("name_zh");
        Object en = f.properties().get("name_en");
        Object plain = f.properties().getOrDefault("name", f.properties().get("id"));
        String z = zh != null ? zh.toString() : plain != null ? plain.toString() : "";
        String e = en != null && !en.toString().isEmpty() ? en.toString() : z;
        return Text.of(z, e);
    }

    static List<List<List<LonLat>>> polygons(GeoGeometry g) {
        if (g instanceof GeoGeometry.Polygon p) {
            return List.of(p.rings());
        }
        if (g instanceof GeoGeometry.MultiPolygon mp) {
            return mp.polygons().stream().map(GeoGeometry.Polygon::rings).toList();
        }
        return List.of();
    }

    private static double area(GeoGeometry g) {
        double a = 0;
        for (List<List<LonLat>> rings : polygons(g)) {
            List<LonLat> outer = rings.get(0);
            double s = 0;
            for (int i = 0; i < outer.size(); i++) {
                LonLat p = outer.get(i);
                LonLat q = outer.get((i + 1) % outer.size());
                s += p.lon() * q.lat() - q.lon() * p.lat();
            }
            a += Math.abs(s) / 2;
        }
        return a;
    }
}
