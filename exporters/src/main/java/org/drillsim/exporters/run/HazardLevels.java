package org.drillsim.exporters.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.geo.GeoFeature;

/**
 * The map colour level (1 least severe … 4 most severe) of each hazard zone, from its
 * {@code intensity} (flood depth, concentration …), or a numeric {@code level}: the distinct
 * values are ranked and spread over the four colours. Legend labels read "≥ value unit".
 */
final class HazardLevels {
    private final List<Double> values;
    private final Map<Integer, Text> labels = new LinkedHashMap<>();
    private final Map<Integer, Double> labelValue = new LinkedHashMap<>();

    private HazardLevels(List<Double> values) {
        this.values = values;
    }

    /** The levels of the zones shown together. */
    static HazardLevels of(List<GeoFeature> zones) {
        TreeSet<Double> distinct = new TreeSet<>();
        for (GeoFeature f : zones) {
            distinct.add(value(f));
        }
        HazardLevels h = new HazardLevels(new ArrayList<>(distinct));
        for (GeoFeature f : zones) {
            int level = h.level(f);
            // zones sharing a colour are labelled by the least intense of them
            if (value(f) < h.labelValue.getOrDefault(level, Double.MAX_VALUE)) {
                h.labels.put(level, label(f));
                h.labelValue.put(level, value(f));
            }
        }
        return h;
    }

    /** The colour level 1..4 of a zone. */
    int level(GeoFeature f) {
        int n = values.size();
        int rank = values.indexOf(value(f));
        if (rank < 0) {
            return 1;
        }
        return n <= 4 ? rank + 1 : 1 + rank * 4 / n;
    }

    /** Legend wording per level. */
    Map<Integer, Text> labels() {
        return labels;
    }

    private static double value(GeoFeature f) {
        Object intensity = f.properties().get("intensity");
        if (intensity instanceof Number n) {
            return n.doubleValue();
        }
        Object level = f.properties().get("level");
        return level instanceof Number n ? n.doubleValue() : 0;
    }

    private static Text label(GeoFeature f) {
        String kind = String.valueOf(f.properties().getOrDefault("kind", ""));
        Text k = switch (kind) {
            case "flood" -> Text.of("淹没水深", "flood depth");
            case "chemical" -> Text.of("毒气浓度", "concentration");
            case "fire" -> Text.of("火场", "fire");
            default -> Text.of("危险区", "hazard");
        };
        Object intensity = f.properties().get("intensity");
        Object unit = f.properties().get("unit");
        if (intensity instanceof Number n) {
            String v = RunText.num(n.doubleValue(), 2) + (unit == null ? "" : " " + unit);
            return Text.of(k.zh() + " ≥ " + v, k.en() + " ≥ " + v);
        }
        Object level = f.properties().get("level");
        return level == null ? k : Text.of(k.zh() + " " + level, k.en() + " " + level);
    }
}
