package org.drillsim.analysis.gap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.drillsim.runformat.OutputFiles;
import org.drillsim.analysis.replication.TargetSummary;
import org.drillsim.format.model.LocalizedText;
import org.drillsim.world.score.CauseShare;
import org.drillsim.world.score.TargetResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code gap.json}: the baseline per target and, per
 * resource, the smallest addition meeting each target it serves. Written to a temporary file and moved into place.
 */
public final class GapJson {
    /** File name in the run directory. */
    public static final String FILE = "gap.json";

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private GapJson() {
    }

    /** Writes {@link #FILE} into {@code runDir}; returns its path. */
    public static Path write(GapReport r, Path runDir) throws IOException {
        Files.createDirectories(runDir);
        Path target = runDir.resolve(FILE);
        OutputFiles.writeString(target, toJson(r));
        return target;
    }

    /** The JSON text. */
    public static String toJson(GapReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", 1);
        root.put("scenario", r.scenarioId());
        root.put("seed", r.seed());
        root.put("replications", r.replications());
        root.put("confidence", r.confidence());
        String rule = GapTable.rule(r.confidence());
        text(root, "rule", new LocalizedText(rule.substring(0, rule.indexOf(" / ")), rule.substring(rule.indexOf(" / ") + 3)));
        ArrayNode targets = root.putArray("targets");
        for (int i = 0; i < r.checks().size(); i++) {
            TargetCheck c = r.checks().get(i);
            TargetSummary t = r.baseline().targets().get(i);
            TargetResult f = t.first();
            ObjectNode o = targets.addObject();
            o.put("id", f.id());
            text(o, "label", f.label());
            o.put("kind", f.kind());
            o.put("threshold", f.threshold());
            o.put("unit", f.unit());
            num(o, "required", c.required());
            check(o, c);
            num(o, "shortfall", c.shortfall(f));
            num(o, "lateMean", t.lateMean());
            num(o, "measuredMean", t.measuredMean());
            causes(o.putArray("causes"), t.causes());
        }
        ArrayNode resources = root.putArray("resources");
        for (GapReport.ResourceGap g : r.resources()) {
            ObjectNode o = resources.addObject();
            o.put("id", g.id());
            text(o, "label", g.label());
            text(o, "unit", g.unit());
            o.put("cap", g.cap());
            num(o, "capAmount", g.capAmount());
            text(o, "capText", g.capText());
            ArrayNode findings = o.putArray("findings");
            for (GapReport.Finding f : g.findings()) {
                ObjectNode x = findings.addObject();
                x.put("target", f.targetId());
                x.put("status", f.status().id());
                text(x, "statusText", new LocalizedText(f.status().zh(), f.status().en()));
                if (f.step() >= 0) {
                    x.put("step", f.step());
                } else {
                    x.putNull("step");
                }
                num(x, "amount", f.amount());
                if (f.added() != null) {
                    text(x, "added", f.added());
                } else {
                    x.putNull("added");
                }
                ObjectNode at = x.putObject("at");
                check(at, f.check());
                causes(at.putArray("causes"), f.causes());
            }
            ArrayNode points = o.putArray("points");
            for (GapReport.Point p : g.points()) {
                ObjectNode x = points.addObject();
                x.put("step", p.step());
                num(x, "amount", p.amount());
                ObjectNode ts = x.putObject("targets");
                for (Map.Entry<String, TargetCheck> e : new java.util.TreeMap<>(p.checks()).entrySet()) {
                    check(ts.putObject(e.getKey()), e.getValue());
                }
            }
        }
        ArrayNode absent = root.putArray("absent");
        for (LocalizedText a : r.absent()) {
            ObjectNode x = absent.addObject();
            x.put("zh", a.zh());
            x.put("en", a.en());
        }
        root.put("evaluations", r.evaluations());
        num(root, "wallSeconds", r.wallSeconds());
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("cannot serialise gap.json: " + e.getMessage(), e);
        }
    }

    private static void causes(ArrayNode out, java.util.List<CauseShare> causes) {
        for (CauseShare cs : causes) {
            ObjectNode x = out.addObject();
            x.put("id", cs.cause().id());
            x.put("zh", cs.cause().zh());
            x.put("en", cs.cause().en());
            num(x, "share", cs.share());
        }
    }

    private static void check(ObjectNode o, TargetCheck c) {
        o.put("scored", c.scored());
        o.put("n", c.n());
        num(o, "mean", c.mean());
        num(o, "low", c.low());
        num(o, "high", c.high());
        o.put("meets", c.meets());
        o.put("verdict", c.verdict().id());
    }

    private static void text(ObjectNode o, String name, LocalizedText t) {
        ObjectNode x = o.putObject(name);
        x.put("zh", t.zh());
        x.put("en", t.en());
    }

    /** Non-finite numbers become null (JSON has no NaN). */
    private static void num(ObjectNode o, String name, double v) {
        if (Double.isFinite(v)) {
            o.put(name, v);
        } else {
            o.putNull(name);
        }
    }
}
