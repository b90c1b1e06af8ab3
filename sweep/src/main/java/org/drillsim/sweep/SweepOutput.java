package org.drillsim.sweep;

import org.drillsim.runformat.Verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.drillsim.analysis.gap.ScenarioVariant;
import org.drillsim.analysis.gap.TextTable;
import org.drillsim.analysis.replication.RunDirectoryWriter;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.world.ScenarioSite;
import org.drillsim.world.log.Json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a sweep leaves: the console table (variants × targets, mean [95 % interval] and verdict, in blocks of target
 * columns that fit 120 columns), {@code sweep.json}, {@code sweep.csv} and each variant's {@code scorecard.json}
 * (the same file {@code run} writes) in a folder named after the variant.
 */
public final class SweepOutput {
    /** Terminal width the table fits. */
    public static final int WIDTH = 120;
    /** File names. */
    public static final String JSON = "sweep.json";
    public static final String CSV = "sweep.csv";

    private SweepOutput() {
    }

    /** The table. */
    public static String table(Sweep.Result r) {
        List<Sweep.Variant> vs = r.variants();
        List<TargetSummary> first = vs.get(0).summary().targets();
        int variantWidth = TextTable.width("方案 / variant");
        for (Sweep.Variant v : vs) {
            variantWidth = Math.max(variantWidth, TextTable.width(v.name()));
        }
        // column widths per target: the widest cell (+2 for the gap TextTable leaves)
        int[] w = new int[first.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = TextTable.width(first.get(k).first().id());
            for (Sweep.Variant v : vs) {
                w[k] = Math.max(w[k], TextTable.width(cell(v.summary().targets().get(k))));
            }
        }
        StringBuilder out = new StringBuilder();
        int k = 0;
        while (k < w.length) {
            int used = variantWidth;
            int end = k;
            while (end < w.length && (end == k || used + 2 + w[end] <= WIDTH)) {
                used += 2 + w[end];
                end++;
            }
            String[] headers = new String[end - k + 1];
            headers[0] = "方案 / variant";
            for (int j = k; j < end; j++) {
                headers[j - k + 1] = first.get(j).first().id();
            }
            TextTable t = new TextTable(headers);
            for (Sweep.Variant v : vs) {
                String[] row = new String[headers.length];
                row[0] = v.name();
                for (int j = k; j < end; j++) {
                    row[j - k + 1] = cell(v.summary().targets().get(j));
                }
                t.row(row);
            }
            out.append(t).append('\n');
            k = end;
        }
        String rule = "均值 [95% 置信区间]，评定 / mean [95 % interval], verdict — " + Verdict.rule(0.95).zh() + " "
                + Verdict.rule(0.95).en() + " — = 未评分 not scored";
        for (String line : TextTable.wrap(rule, TextTable.NOTE_WIDTH)) {
            out.append(line).append('\n');
        }
        for (TargetSummary t : first) {
            out.append("  ").append(t.first().id()).append(": ").append(label(t)).append('\n');
        }
        return out.toString();
    }

    private static String label(TargetSummary t) {
        var l = t.first().label();
        return (l == null ? "" : l.zh() + " / " + l.en()) + " (" + t.first().comparison() + " "
                + Json.number(t.first().threshold()) + " " + t.first().unit() + ")";
    }

    /** {@code 0.832 [0.801, 0.863] 达标}. */
    static String cell(TargetSummary t) {
        if (t.scoredReplications() == 0) {
            return "—";
        }
        double m = t.value().mean();
        double h = t.value().halfWidth();
        String ci = Double.isFinite(h) ? " [" + fmt(m - h) + ", " + fmt(m + h) + "]" : "";
        return fmt(m) + ci + " " + t.verdict().zh();
    }

    static String fmt(double v) {
        if (!Double.isFinite(v)) {
            return Double.isNaN(v) ? "NaN" : v > 0 ? "∞" : "-∞";
        }
        double a = Math.abs(v);
        return String.format(Locale.ROOT, a < 10 ? "%.3f" : a < 1000 ? "%.1f" : "%.0f", v);
    }

    /** Writes {@code sweep.json}, {@code sweep.csv} and {@code <variant>/scorecard.json} under {@code dir}. */
    public static void write(Sweep.Result r, ScenarioSite base, SweepWork work, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Sweep.Variant v : r.variants()) {
            Path d = Files.createDirectories(dir.resolve(v.name()));
            Files.writeString(d.resolve(RunDirectoryWriter.SCORECARD),
                    RunDirectoryWriter.scorecardJson(v.site(), v.outcomes().size(), v.summary()), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(JSON), json(r, base, work), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(CSV), csv(r, base, work), StandardCharsets.UTF_8);
    }

    static String json(Sweep.Result r, ScenarioSite base, SweepWork work) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("format", "drillsim-sweep/1");
        root.put("scenario", base.scenario().id());
        root.put("seed", work.seed());
        root.put("replications", r.replications());
        root.put("batches", r.batches());
        root.put("halfWidthGoalMet", r.narrow());
        root.put("engine", r.engine());
        root.put("wallSeconds", r.wallSeconds());
        root.put("cpuSeconds", r.cpuSeconds());
        List<ScenarioVariant> axes = work.grid().variants(base);
        ArrayNode ax = root.putArray("axes");
        for (int i = 0; i < axes.size(); i++) {
            ObjectNode a = ax.addObject();
            a.put("resource", axes.get(i).id());
            a.put("zh", axes.get(i).label().zh());
            a.put("en", axes.get(i).label().en());
            a.put("unit", axes.get(i).unit().en());
            ArrayNode am = a.putArray("amounts");
            for (double d : work.grid().axes().get(i).amounts()) {
                am.add(d);
            }
        }
        ArrayNode vs = root.putArray("variants");
        for (Sweep.Variant v : r.variants()) {
            ObjectNode o = vs.addObject();
            o.put("name", v.name());
            o.put("scorecard", v.name() + "/" + RunDirectoryWriter.SCORECARD);
            ObjectNode added = o.putObject("added");
            for (int i = 0; i < axes.size(); i++) {
                added.put(axes.get(i).id(), axes.get(i).amount(v.steps()[i]));
                o.put("describeZh", describe(axes, v.steps(), true));
                o.put("describeEn", describe(axes, v.steps(), false));
            }
            ArrayNode ts = o.putArray("targets");
            for (TargetSummary t : v.summary().targets()) {
                ObjectNode x = ts.addObject();
                x.put("id", t.first().id());
                x.put("scoredReplications", t.scoredReplications());
                num(x, "mean", t.value().mean());
                num(x, "halfWidth", t.value().halfWidth());
                num(x, "low", t.value().mean() - t.value().halfWidth());
                num(x, "high", t.value().mean() + t.value().halfWidth());
                x.put("verdict", t.verdict().id());
                num(x, "passRate", t.passRate());
            }
        }
        return root.toPrettyString() + "\n";
    }

    private static String describe(List<ScenarioVariant> axes, int[] steps, boolean zh) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < axes.size(); i++) {
            if (steps[i] > 0) {
                parts.add(zh ? axes.get(i).describe(steps[i]).zh() : axes.get(i).describe(steps[i]).en());
            }
        }
        return parts.isEmpty() ? (zh ? "情景原样" : "the scenario as written") : String.join("; ", parts);
    }

    private static void num(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }

    static String csv(Sweep.Result r, ScenarioSite base, SweepWork work) {
        List<ScenarioVariant> axes = work.grid().variants(base);
        StringBuilder sb = new StringBuilder("variant");
        for (ScenarioVariant a : axes) {
            sb.append(',').append(a.id());
        }
        sb.append(",target,replications,mean,half_width,low,high,verdict,pass_rate\n");
        for (Sweep.Variant v : r.variants()) {
            for (TargetSummary t : v.summary().targets()) {
                sb.append(v.name());
                for (int i = 0; i < axes.size(); i++) {
                    sb.append(',').append(Json.number(axes.get(i).amount(v.steps()[i])));
                }
                double m = t.value().mean();
                double h = t.value().halfWidth();
                sb.append(',').append(t.first().id()).append(',').append(t.scoredReplications()).append(',')
                        .append(csvNum(m)).append(',').append(csvNum(h)).append(',').append(csvNum(m - h)).append(',')
                        .append(csvNum(m + h)).append(',').append(t.verdict().id()).append(',').append(csvNum(t.passRate()))
                        .append('\n');
            }
        }
        return sb.toString();
    }

    private static String csvNum(double v) {
        return Double.isFinite(v) ? Json.number(v) : "";
    }
}
