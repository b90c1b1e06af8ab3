package org.drillsim.exporters.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.drillsim.exporters.doc.Status;
import org.drillsim.exporters.doc.Text;

/** Wording and number formats shared by the run reports: targets, units, causes, events. */
final class RunText {
    private RunText() {
    }

    /** A {@code {"zh": …, "en": …}} node as text (English falls back to Chinese); {@code fallback} when absent. */
    static Text text(JsonNode node, String fallback) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return Text.same(fallback);
        }
        if (node.isTextual()) {
            return Text.same(node.asText());
        }
        String zh = node.path("zh").asText(fallback);
        String en = node.path("en").asText("");
        return Text.of(zh, en.isEmpty() ? zh : en);
    }

    /** A number rounded for people to read: up to {@code decimals} places, no trailing zeros. */
    static String num(double v, int decimals) {
        if (Double.isNaN(v)) {
            return "–";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        BigDecimal d = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A share 0..1 as a percentage with one decimal, e.g. {@code 83.0%}. */
    static String pct(double share) {
        return Double.isNaN(share) ? "–" : BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static double number(JsonNode n) {
        return n == null || !n.isNumber() ? Double.NaN : n.asDouble();
    }

    /** The comparison as a symbol. */
    static String comparison(String c) {
        return switch (c) {
            case "<=" -> "≤";
            case ">=" -> "≥";
            case "<" -> "<";
            case ">" -> ">";
            default -> c;
        };
    }

    /** A unit in words. */
    static Text unit(String unit) {
        return switch (unit) {
            case "h" -> Text.of("小时", "h");
            case "min" -> Text.of("分钟", "min");
            case "d" -> Text.of("天", "days");
            case "people" -> Text.of("人", "people");
            case "km" -> Text.same("km");
            case "m2", "m²", "m2/person", "m²/person" -> Text.of("m²/人", "m²/person");
            case "%", "share" -> Text.same("%");
            default -> Text.same(unit);
        };
    }

    /** A threshold in hours (for chart lines), NaN when the unit is not a time. */
    static double hours(double threshold, String unit) {
        return switch (unit) {
            case "h" -> threshold;
            case "min" -> threshold / 60;
            case "d" -> threshold * 24;
            default -> Double.NaN;
        };
    }

    static boolean isResponseTime(JsonNode target) {
        return "response-time".equals(target.path("kind").asText());
    }

    /** The threshold in words, e.g. {@code ≤ 2 小时，要求 ≥ 95%} / {@code ≤ 2 h, required ≥ 95%}. */
    static Text threshold(JsonNode t) {
        String cmp = comparison(t.path("comparison").asText("<="));
        Text u = unit(t.path("unit").asText(""));
        String v = num(number(t.get("threshold")), 2);
        String zh = cmp + " " + v + " " + u.zh();
        String en = cmp + " " + v + " " + u.en();
        double req = number(t.get("requiredShare"));
        if (isResponseTime(t) && !Double.isNaN(req)) {
            zh += "，要求 ≥ " + pct(req);
            en += ", required ≥ " + pct(req);
        }
        return Text.of(zh, en);
    }

    /** The mean value with its confidence interval, e.g. {@code 83.0%（81.0%–85.0%）}. */
    static Text value(JsonNode t) {
        if (!t.path("scored").asBoolean(false)) {
            return Text.of("未评分", "not scored");
        }
        JsonNode v = t.path("value");
        double mean = number(v.get("mean"));
        double low = number(v.get("low"));
        double high = number(v.get("high"));
        boolean share = isResponseTime(t);
        String m = share ? pct(mean) : num(mean, 2);
        if (Double.isNaN(low) || Double.isNaN(high) || low == high) {
            return Text.same(m);
        }
        String ci = (share ? pct(low) : num(low, 2)) + "–" + (share ? pct(high) : num(high, 2));
        return Text.of(m + "（" + ci + "）", m + " (" + ci + ")");
    }

    /**
     * Pass, fail, or warn when the mean misses but the confidence interval still reaches the
     * requirement (more replications would be needed to be sure).
     */
    static Status status(JsonNode t) {
        if (!t.path("scored").asBoolean(false)) {
            return Status.NONE;
        }
        if (t.path("pass").asBoolean(false)) {
            return Status.PASS;
        }
        if (isResponseTime(t)) {
            double high = number(t.path("value").get("high"));
            double req = number(t.get("requiredShare"));
            if (!Double.isNaN(high) && !Double.isNaN(req) && high >= req) {
                return Status.WARN;
            }
        }
        return Status.FAIL;
    }

    /** The source with clause and original wording, e.g. {@code 000《…》§二(五)：重大灾害事故实现2小时紧急医学救援}. */
    static Text source(JsonNode t) {
        JsonNode s = t.path("source");
        StringBuilder sb = new StringBuilder();
        append(sb, s.path("file").asText(""));
        String doc = s.path("document").asText("");
        if (!doc.isEmpty()) {
            append(sb, doc.startsWith("《") ? doc : "《" + doc + "》");
        }
        append(sb, s.path("clause").asText(""));
        String wording = t.path("wording").asText("");
        String base = sb.toString();
        if (!wording.isEmpty()) {
            return Text.of(base + (base.isEmpty() ? "" : "：") + "“" + wording + "”", base + (base.isEmpty() ? "" : ": ") + "“" + wording + "”");
        }
        return Text.same(base.isEmpty() ? t.path("thresholdSource").asText("") : base);
    }

    private static void append(StringBuilder sb, String part) {
        if (!part.isEmpty()) {
            if (sb.length() > 0 && !part.startsWith("《") && sb.charAt(sb.length() - 1) != '》') {
                sb.append(' ');
            }
            sb.append(part);
        }
    }

    /** The causes of late time, largest first, e.g. {@code 等待空闲救护车 61%、路途 25%}. */
    static Text causes(JsonNode t, int most) {
        JsonNode causes = t.path("causes");
        if (!causes.isArray() || causes.isEmpty()) {
            return Text.EMPTY;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < Math.min(most, causes.size()); i++) {
            JsonNode c = causes.get(i);
            String share = pct(number(c.get("share")));
            zh.append(i > 0 ? "、" : "").append(c.path("zh").asText(c.path("id").asText())).append(' ').append(share);
            en.append(i > 0 ? "; " : "").append(c.path("en").asText(c.path("id").asText())).append(' ').append(share);
        }
        return Text.of(zh.toString(), en.toString());
    }

    /** Event types in words. */
    static Text eventType(String type) {
        return switch (type) {
            case "world" -> Text.of("推演开始", "simulation start");
            case "inject" -> Text.of("情景注入", "inject");
            case "command" -> Text.of("决策指令", "decision");
            case "preventable-death" -> Text.of("首例可避免死亡", "first preventable death");
            case "clock-failed" -> Text.of("首个目标计时失败", "first target clock failed");
            case "shelter-open" -> Text.of("避难场所开放", "shelter open");
            case "shelter-opening" -> Text.of("避难场所开设中", "shelter opening");
            case "shelter-closed" -> Text.of("避难场所关闭", "shelter closed");
            case "shelter-reopened" -> Text.of("避难场所重新开放", "shelter reopened");
            case "shelter-full" -> Text.of("首个避难场所满员", "first shelter full");
            case "stock-out" -> Text.of("首次物资断供", "first stock-out");
            case "hazard-replaced" -> Text.of("灾情变化（处置生效）", "hazard changed by the response");
            case "road-reopened" -> Text.of("道路恢复通行", "road reopened");
            case "end" -> Text.of("推演结束", "end of simulation");
            case "hospital-full" -> Text.of("首家医院满员", "first hospital full");
            case "surge-beds" -> Text.of("首次启用应急床位", "surge beds first opened");
            case "no-hospital-reachable" -> Text.of("首次无可达医院", "first time no hospital reachable");
            case "deteriorated" -> Text.of("首例伤情恶化", "first casualty deteriorated");
            case "hospital-power-loss" -> Text.of("医院停电", "hospital power loss");
            case "beds-limited" -> Text.of("医院床位受限", "hospital beds limited");
            case "inject-road-closed" -> Text.of("注入：道路封闭", "inject: road closed");
            case "inject-road-reopened" -> Text.of("注入：道路恢复", "inject: road reopened");
            default -> Text.same(type);
        };
    }

    /** Command types in words. */
    static Text command(String type) {
        return switch (type) {
            case "dispatch" -> Text.of("派遣", "dispatch");
            case "reassign" -> Text.of("改派", "reassign");
            case "open-shelter" -> Text.of("开放避难场所", "open shelter");
            case "close-shelter" -> Text.of("关闭避难场所", "close shelter");
            case "allocate-supplies" -> Text.of("调拨物资", "allocate supplies");
            case "evacuate-zone" -> Text.of("组织转移", "evacuate zone");
            case "request-mutual-aid" -> Text.of("请求支援", "request mutual aid");
            case "close-road" -> Text.of("封闭道路", "close road");
            case "reopen-road" -> Text.of("恢复通行", "reopen road");
            case "pre-position" -> Text.of("前置部署", "pre-position");
            default -> Text.same(type);
        };
    }

    /** One event's details as readable {@code key=value} pairs (scenario text kept verbatim). */
    static Text eventDetails(JsonNode e) {
        String type = e.path("type").asText();
        if (type.equals("inject")) {
            String zh = e.path("message").asText(e.path("id").asText());
            String en = e.path("messageEn").asText(e.path("message_en").asText(zh));
            String expected = e.path("expected").asText("");
            if (!expected.isEmpty()) {
                zh += "（预期行动：" + expected + "）";
                en += " (expected action: " + expected + ")";
            }
            return Text.of(zh, en);
        }
        StringBuilder sb = new StringBuilder();
        Text prefix = Text.EMPTY;
        if (type.equals("command")) {
            prefix = command(e.path("command").asText());
            if (!e.path("accepted").asBoolean(true)) {
                prefix = Text.of(prefix.zh() + "（被拒绝：" + e.path("reason").asText("") + "）",
                        prefix.en() + " (rejected: " + e.path("reason").asText("") + ")");
            }
        }
        List<String> skip = List.of("t", "at", "rep", "type", "seq", "command", "accepted", "reason", "role", "issuer", "untilT");
        Iterator<Map.Entry<String, JsonNode>> it = e.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> f = it.next();
            if (skip.contains(f.getKey())) {
                continue;
            }
            JsonNode v = f.getValue();
            if (f.getKey().equals("args") && v.isObject()) {
                Iterator<Map.Entry<String, JsonNode>> a = v.fields();
                while (a.hasNext()) {
                    Map.Entry<String, JsonNode> arg = a.next();
                    if (!arg.getKey().equals("issuer") && !arg.getKey().equals("polygonLonLat")) {
                        pair(sb, arg.getKey(), arg.getValue());
                    }
                }
            } else {
                pair(sb, f.getKey(), v);
            }
        }
        String details = sb.toString();
        if (prefix.isEmpty()) {
            return Text.same(details);
        }
        return Text.of(prefix.zh() + (details.isEmpty() ? "" : "：" + details), prefix.en() + (details.isEmpty() ? "" : ": " + details));
    }

    private static void pair(StringBuilder sb, String key, JsonNode v) {
        String value = v.isTextual() ? v.asText() : v.toString();
        if (value.length() > 80) {
            value = value.substring(0, 77) + "…";
        }
        sb.append(sb.length() > 0 ? ", " : "").append(key).append('=').append(value);
    }
}
