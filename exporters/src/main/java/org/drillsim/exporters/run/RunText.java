package org.drillsim.exporters.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.Bilingual;
import org.drillsim.runformat.EventTypes;
import org.drillsim.runformat.Scorecard;
import org.drillsim.runformat.Verdict;

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

    /** A run-file text (English falls back to Chinese); {@code fallback} when absent. */
    static Text text(Bilingual b, String fallback) {
        if (b == null) {
            return Text.same(fallback);
        }
        String zh = b.zh() == null ? fallback : b.zh();
        String en = b.en() == null ? "" : b.en();
        return Text.of(zh, en.isEmpty() ? zh : en);
    }

    /** A target's label, its id when it has none. */
    static Text label(Scorecard.Target t) {
        return text(t.label(), t.id());
    }

    /** A cause of delay in words, its id when it has none. */
    static Text cause(Scorecard.Cause c) {
        String id = orEmpty(c.id());
        return Text.of(c.zh() == null ? id : c.zh(), c.en() == null ? id : c.en());
    }

    /** The id of the target's largest cause of delay, "" when none. */
    static String firstCause(Scorecard.Target t) {
        return t.causes().isEmpty() ? "" : orEmpty(t.causes().get(0).id());
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
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

    /** Plain-text comparisons and units in a sentence as people write them: {@code >= 2.5 m2/person} → {@code ≥ 2.5 m²/人}. */
    static Text symbols(Text t) {
        String zh = t.zh().replace(">=", "≥").replace("<=", "≤").replace("m2/person", "m²/人");
        String en = t.en().replace(">=", "≥").replace("<=", "≤").replace("m2/person", "m²/person");
        return Text.of(zh, en);
    }

    /** A unit in words. */
    static Text unit(String unit) {
        return switch (unit) {
            case "h" -> Text.of("小时", "h");
            case "min" -> Text.of("分钟", "min");
            case "d" -> Text.of("天", "days");
            case "people" -> Text.of("人", "people");
            case "trips" -> Text.of("车次", "trips");
            case "reserves" -> Text.of("项", "reserves");
            case "blockages" -> Text.of("处", "blockages");
            case "units", "teams" -> Text.of("支", unit);
            case "vehicles" -> Text.of("辆", "vehicles");
            case "stations" -> Text.of("座", "stations");
            case "zones" -> Text.of("个区域", "zones");
            case "level" -> Text.of("级", "level");
            case "km" -> Text.same("km");
            case "m2", "m²", "m2/person", "m²/person" -> Text.of("m²/人", "m²/person");
            case "%", "share" -> Text.same("%");
            default -> Text.same(unit);
        };
    }

    /** A whole number with thousands separators, e.g. {@code 4,000,000}; the text itself when not a number. */
    static String count(String number) {
        try {
            return String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(number.trim()));
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** A kind of unit (the run's {@code units} keys, e.g. {@code ambulance}, {@code team-medical}) in words. */
    static Text unitType(String type) {
        if (type.endsWith("-team")) { // the time series says medical-team where run.json says team-medical
            type = "team-" + type.substring(0, type.length() - "-team".length());
        }
        return switch (type) {
            case "ambulance" -> Text.of("救护车", "ambulances");
            case "truck" -> Text.of("货车", "trucks");
            case "bus" -> Text.of("客车", "buses");
            case "helicopter" -> Text.of("直升机", "helicopters");
            case "boat" -> Text.of("船艇", "boats");
            case "team-expert" -> Text.of("专家队伍", "expert teams");
            case "team-comprehensive" -> Text.of("综合救援队伍", "comprehensive rescue teams");
            case "team-professional" -> Text.of("专业救援队伍", "professional rescue teams");
            case "team-volunteer" -> Text.of("志愿者队伍", "volunteer teams");
            case "team-medical" -> Text.of("医疗队", "medical teams");
            case "team-road-repair" -> Text.of("道路抢修队", "road-repair crews");
            case "team-fire-rescue" -> Text.of("消防救援队", "fire and rescue teams");
            case "team-forest-fire" -> Text.of("森林消防队", "forest firefighting teams");
            case "team-water-rescue" -> Text.of("水上救援队", "water rescue teams");
            case "team-hazmat" -> Text.of("危化品救援队", "hazmat teams");
            case "team-police" -> Text.of("公安警力", "police units");
            case "team-communications" -> Text.of("通信保障队伍", "communications teams");
            default -> Text.same(type);
        };
    }

    /** Where a target's clock starts or stops (the scenario format's clock events) in words. */
    static Text clockPoint(String point) {
        return switch (point) {
            case "injury" -> Text.of("受伤", "injury");
            case "first-treatment" -> Text.of("首次得到医疗救治", "first medical treatment");
            case "displaced" -> Text.of("受灾转移（失去住所）", "displaced");
            case "sheltered-with-water-and-food" -> Text.of("有住处、饮用水和食物", "sheltered with water and food");
            case "sheltered" -> Text.of("入住避难场所", "sheltered");
            case "request" -> Text.of("提出物资需求", "request");
            case "delivered" -> Text.of("物资送达避难场所", "delivered at the shelter");
            case "blocked" -> Text.of("道路阻断", "road blocked");
            case "reopened" -> Text.of("道路抢通", "road reopened");
            case "ignition" -> Text.of("起火", "ignition");
            case "extinguished" -> Text.of("扑灭", "extinguished");
            case "outage" -> Text.of("公网通信中断", "public network outage");
            case "restored" -> Text.of("临时通信保障", "priority communications restored");
            default -> Text.same(point);
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

    /** The threshold in words, e.g. {@code ≤ 2 小时，要求 ≥ 95%} / {@code ≤ 2 h, required ≥ 95%}. */
    static Text threshold(Scorecard.Target t) {
        String cmp = comparison(t.comparison() == null ? "<=" : t.comparison());
        Text u = unit(orEmpty(t.unit()));
        String v = num(t.threshold(), 2);
        String zh = cmp + " " + v + " " + u.zh();
        String en = cmp + " " + v + " " + u.en();
        double req = t.requiredShare();
        if (t.isResponseTime() && !Double.isNaN(req)) {
            zh += "，要求 ≥ " + pct(req);
            en += ", required ≥ " + pct(req);
        }
        return Text.of(zh, en);
    }

    /** The mean value with its confidence interval, e.g. {@code 83.0%（81.0%–85.0%）}. */
    static Text value(Scorecard.Target t) {
        if (!t.scored() || t.value() == null) {
            return Text.of("未评分", "not scored");
        }
        Scorecard.Value v = t.value();
        double mean = v.mean();
        boolean share = t.isResponseTime();
        // a share's interval stops at 0 and 100 % (run directories written before the writer clipped it)
        double low = share ? Verdict.clipShare(v.low()) : v.low();
        double high = share ? Verdict.clipShare(v.high()) : v.high();
        String m = share ? pct(mean) : num(mean, 2);
        // A capacity value means nothing without its unit (7.91 m²/人, 46.33 km).
        Text u = share ? Text.EMPTY : unit(orEmpty(t.unit()));
        String uZh = u.isEmpty() ? "" : " " + u.zh();
        String uEn = u.isEmpty() ? "" : " " + u.en();
        if (Double.isNaN(low) || Double.isNaN(high) || low == high) {
            return Text.of(m + uZh, m + uEn);
        }
        String ci = (share ? pct(low) : num(low, 2)) + "–" + (share ? pct(high) : num(high, 2));
        return Text.of(m + uZh + "（" + ci + "）", m + uEn + " (" + ci + ")");
    }

    /** A district's mean value, in the whole-area target's unit, e.g. {@code 83.0%} or {@code 1.25 m²/人}. */
    static Text districtValue(Scorecard.Target whole, Scorecard.DistrictTarget d) {
        if (!d.scored() || d.value() == null) {
            return Text.of("未评分", "not scored");
        }
        double mean = d.value().mean();
        if (whole.isResponseTime()) {
            return Text.same(pct(mean));
        }
        Text u = unit(orEmpty(whole.unit()));
        String m = Double.isInfinite(mean) ? "∞" : num(mean, 2);
        return u.isEmpty() ? Text.same(m) : Text.of(m + " " + u.zh(), m + " " + u.en());
    }

    /** The target's verdict ({@link Scorecard.Target#verdict()}, the one rule) as a cell status. */
    static Status status(Scorecard.Target t) {
        return Status.of(t.verdict());
    }

    /** The source with clause and original wording, e.g. {@code 000《…》§二(五)：重大灾害事故实现2小时紧急医学救援}. */
    static Text source(Scorecard.Target t) {
        Scorecard.Source s = t.source() == null ? new Scorecard.Source(null, null, null, 0) : t.source();
        StringBuilder sb = new StringBuilder();
        // the unit's own plan is named as such; the catalogue's seed clauses keep their old wording
        boolean own = "scenario-plan".equals(s.kind());
        append(sb, orEmpty(s.file()));
        String doc = orEmpty(s.document());
        if (!doc.isEmpty()) {
            append(sb, doc.startsWith("《") ? doc : "《" + doc + "》");
        }
        String head = sb.toString();
        String clause = orEmpty(s.clause());
        StringBuilder zhBase = new StringBuilder(head);
        StringBuilder enBase = new StringBuilder(head);
        append(zhBase, clauseZh(clause));
        append(enBase, clauseEn(clause));
        String wording = orEmpty(t.wording());
        String zh = own ? "本单位预案 " : "";
        String en = own ? "unit's own plan " : "";
        String bz = zhBase.toString();
        String be = enBase.toString();
        if (!wording.isEmpty()) {
            return Text.of(zh + bz + (bz.isEmpty() ? "" : "：") + "“" + wording + "”",
                    en + be + (be.isEmpty() ? "" : ": ") + "“" + wording + "”");
        }
        if (bz.isEmpty()) {
            String plain = orEmpty(t.thresholdSource());
            return own ? Text.of(zh + plain, en + plain) : Text.same(plain);
        }
        return Text.of(zh + bz, en + be);
    }

    /**
     * A catalogue clause in Chinese: the seed catalogue names clauses in English ({@code 2025 goal #7},
     * {@code 2022, 2025, 2030 goals}, {@code § agreement reserves (发展物资协议储备)}).
     */
    static String clauseZh(String clause) {
        String c = clause.replaceAll("core indicator table, item (\\d+) \\(([^)]*)\\)", "核心指标表第$1项（$2）")
                .replace("§ comprehensive rescue teams", "§综合救援队伍")
                .replaceAll("§ rescue teams \\((\\d+)\\)", "§救援队伍（$1）")
                .replaceAll("§ rescue teams (\\d+)", "§救援队伍 $1");
        c = c.replaceAll("§\\s*[A-Za-z][A-Za-z ,-]*\\(([^)]*)\\)", "§$1");
        c = c.replaceAll("(\\d{4}) goal #(\\d+)", "$1年目标第$2项");
        c = c.replaceAll("(\\d{4}(?:, \\d{4})*) goals", "$1年目标");
        c = c.replaceAll("(\\d{4}) goal", "$1年目标");
        c = c.replaceAll("(年目标(?:第\\d+项)?), (\\d{4})(?![\\d年])", "$1、$2年目标");
        c = c.replaceAll("(\\d{4}), (?=\\d{4})", "$1、");
        return c.replace("; ", "；").replace(", ", "，");
    }

    /** A catalogue clause in English: a Chinese gloss in brackets left out. */
    static String clauseEn(String clause) {
        return clause.replaceAll("\\s*\\([^)]*\\p{IsHan}[^)]*\\)", "");
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
    static Text causes(Scorecard.Target t, int most) {
        List<Scorecard.Cause> causes = t.causes();
        if (causes.isEmpty()) {
            return Text.EMPTY;
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (int i = 0; i < Math.min(most, causes.size()); i++) {
            Scorecard.Cause c = causes.get(i);
            String share = pct(c.share());
            Text name = cause(c);
            zh.append(i > 0 ? "、" : "").append(name.zh()).append(' ').append(share);
            en.append(i > 0 ? "; " : "").append(name.en()).append(' ').append(share);
        }
        return Text.of(zh.toString(), en.toString());
    }

    /** Event types in words. */
    static Text eventType(String type) {
        return switch (type) {
            case EventTypes.WORLD -> Text.of("推演开始", "simulation start");
            case EventTypes.INJECT -> Text.of("情景注入", "inject");
            case EventTypes.COMMAND -> Text.of("决策指令", "decision");
            case EventTypes.PREVENTABLE_DEATH -> Text.of("首例可避免死亡", "first preventable death");
            case EventTypes.CLOCK_FAILED -> Text.of("首个计时未完成即终止（如伤员死亡）", "first clock ended unmet (e.g. the casualty died)");
            case EventTypes.SHELTER_OPEN -> Text.of("避难场所开放", "shelter open");
            case EventTypes.SHELTER_OPENING -> Text.of("避难场所开设中", "shelter opening");
            case EventTypes.SHELTER_CLOSED -> Text.of("避难场所关闭", "shelter closed");
            case EventTypes.SHELTER_REOPENED -> Text.of("避难场所重新开放", "shelter reopened");
            case EventTypes.SHELTER_FULL -> Text.of("首个避难场所满员", "first shelter full");
            case EventTypes.STOCK_OUT -> Text.of("首次物资断供", "first stock-out");
            case EventTypes.HAZARD_REPLACED -> Text.of("灾情变化（处置生效）", "hazard changed by the response");
            case EventTypes.ROAD_REOPENED -> Text.of("道路恢复通行", "road reopened");
            case EventTypes.END -> Text.of("推演结束", "end of simulation");
            case EventTypes.HOSPITAL_FULL -> Text.of("首家医院满员", "first hospital full");
            case EventTypes.SURGE_BEDS -> Text.of("首次启用应急床位", "surge beds first opened");
            case EventTypes.NO_HOSPITAL_REACHABLE -> Text.of("首次无可达医院", "first time no hospital reachable");
            case EventTypes.DETERIORATED -> Text.of("首例伤情恶化", "first casualty deteriorated");
            case EventTypes.HOSPITAL_POWER_LOSS -> Text.of("医院停电", "hospital power loss");
            case EventTypes.BEDS_LIMITED -> Text.of("医院床位受限", "hospital beds limited");
            case EventTypes.WARNING_ISSUED -> Text.of("发布预警", "warning issued");
            case EventTypes.RESPONSE_LEVEL -> Text.of("启动应急响应", "response level started");
            case EventTypes.COMMS_OUTAGE -> Text.of("首个区域公网通信中断", "first public-network outage");
            case EventTypes.COMMS_RESTORED -> Text.of("首个区域通信恢复", "first zone's communications restored");
            case "inject-road-closed" -> Text.of("注入：道路封闭", "inject: road closed");
            case "inject-road-reopened" -> Text.of("注入：道路恢复", "inject: road reopened");
            default -> Text.same(type);
        };
    }

    /** An event type in words for a count of all its events ("first …" dropped: the key timeline shows only the first). */
    static Text eventTypeCounted(String type) {
        Text own = switch (type) {
            case "clock-start" -> Text.of("目标计时开始", "target clock started");
            case "clock-stop" -> Text.of("目标计时完成", "target clock stopped");
            case "clock-split" -> Text.of("目标计时拆分", "target clock split");
            case "clock-withdrawn" -> Text.of("目标计时撤销", "target clock withdrawn");
            case "call" -> Text.of("呼救", "call for help");
            case "casualty" -> Text.of("伤员出现", "casualties");
            case "casualty-open" -> Text.of("推演结束时未救治伤员组", "casualty groups still open at the end");
            case "deaths" -> Text.of("现场死亡", "deaths at the scene");
            case "dispatch" -> Text.of("救护派遣", "medical dispatch");
            case "arrive" -> Text.of("到达现场", "arrival on scene");
            case "transport" -> Text.of("转运伤员", "patient transport");
            case "handover" -> Text.of("医院交接", "hospital handover");
            case "group-covered" -> Text.of("伤员组已有力量前往", "casualty group covered");
            case "unit-free" -> Text.of("力量空闲", "unit free");
            case "unit-home" -> Text.of("力量返回驻地", "unit back at base");
            case "ferry" -> Text.of("隔绝区转运开始", "ferrying out of a cut-off area");
            case "ferried" -> Text.of("隔绝区转运完成", "ferried out");
            case "hazard-tick" -> Text.of("灾情更新", "hazard update");
            case "displaced" -> Text.of("受灾转移需求", "people displaced");
            case "displaced-hurt" -> Text.of("受伤的转移人员", "displaced people hurt");
            case "evacuation-ordered" -> Text.of("下达转移命令", "evacuation ordered");
            case "evacuate" -> Text.of("群众转移", "evacuation trip");
            case "sheltered" -> Text.of("入住避难场所", "sheltered");
            case "at-shelter-door" -> Text.of("到达避难场所", "arrived at the shelter");
            case "bus-dispatch" -> Text.of("客车派遣", "bus dispatch");
            case "bus-stuck" -> Text.of("客车受阻", "bus stuck");
            case "walk-instead-of-bus" -> Text.of("改为步行转移", "walked instead of bus");
            case "supply-request" -> Text.of("物资需求", "supply request");
            case "allocation" -> Text.of("物资调拨", "allocation");
            case "truck-dispatch" -> Text.of("货车派遣", "truck dispatch");
            case "truck-open" -> Text.of("推演结束时在途货车", "trucks still under way at the end");
            case "delivered" -> Text.of("物资送达", "supplies delivered");
            case "reserve-called" -> Text.of("调用协议储备", "agreement reserve called");
            case "reserve-arrived" -> Text.of("协议储备到达", "agreement reserve arrived");
            case "rescue-dispatch" -> Text.of("救援派遣（被困人员）", "rescue dispatch (trapped people)");
            case "rescued" -> Text.of("被困人员获救", "trapped people rescued");
            case "road-blocked" -> Text.of("道路阻断", "road blocked");
            case "blockage-open" -> Text.of("推演结束时未抢通阻断", "blockages still open at the end");
            case "crew-dispatch" -> Text.of("抢修队派遣", "road-repair crew dispatch");
            case "road-reopened-by-crew" -> Text.of("抢修队抢通道路", "road reopened by a crew");
            case "beds-restored" -> Text.of("医院床位恢复", "hospital beds restored");
            case "discharge" -> Text.of("出院", "discharged from hospital");
            case "wind-change" -> Text.of("风向风速变化", "wind change");
            case "truck-stuck" -> Text.of("货车受阻", "truck held up by closed roads");
            case EventTypes.TEAM_MOBILISED -> Text.of("队伍动员", "team mobilised");
            default -> null; // a key event type: its timeline name without "first"
        };
        // names only: the ids are the event log's, for the technical reader of events.jsonl
        if (own != null) {
            return own;
        }
        Text t = eventType(type);
        if (t.zh().equals(type)) {
            return t;
        }
        return Text.of(t.zh().replaceFirst("^首(个|次|例|家)", ""), t.en().replaceFirst("^first ", ""));
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
            case "call-reserve" -> Text.of("调用协议储备", "call agreement reserve");
            case "issue-warning" -> Text.of("发布预警", "issue warning");
            case "start-response" -> Text.of("启动应急响应", "start response");
            default -> Text.same(type);
        };
    }

    /**
     * One event's details as readable {@code key=value} pairs (scenario text kept verbatim): keys in words,
     * facility and cause ids replaced by their names from {@code names} (id → name), clock spans in words.
     */
    static Text eventDetails(JsonNode e, Map<String, Text> names) {
        String type = e.path("type").asText();
        if (type.equals("inject")) {
            String zh = e.path("message").asText(e.path("id").asText());
            String en = e.path("messageEn").asText(e.path("message_en").asText(zh));
            Text expected = bilingual(e.path("expected").asText(""));
            if (!expected.isEmpty()) {
                zh += "（预期行动：" + expected.zh() + "）";
                en += " (expected action: " + expected.en() + ")";
            }
            return Text.of(zh, en);
        }
        if (type.equals(EventTypes.WORLD)) {
            // the start event's counters (seed, nodes …) belong to the appendix; a reader wants the size of the task
            String people = count(String.valueOf(e.path("people").asLong()));
            long units = e.path("units").asLong();
            return Text.of("人口 " + people + "，救援力量 " + units + " 个", "population " + people + ", " + units + " units");
        }
        if (type.equals(EventTypes.END)) {
            return Text.same("–"); // its counters (events, commands, clocks) are the appendix's event counts
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        Text prefix = Text.EMPTY;
        if (type.equals("command")) {
            prefix = command(e.path("command").asText());
            if (!e.path("accepted").asBoolean(true)) {
                Text reason = bilingual(e.path("reason").asText(""));
                reason = Text.of(named(reason.zh(), names, true), named(reason.en(), names, false));
                prefix = Text.of(prefix.zh() + "（被拒绝：" + reason.zh() + "）", prefix.en() + " (rejected: " + reason.en() + ")");
            }
        }
        // "key" is an internal cache key (e.g. of a replaced hazard), not for readers
        List<String> skip = List.of("t", "at", "rep", "type", "seq", "command", "accepted", "reason", "role", "issuer", "untilT", "key",
                "roman", "zone");
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
                        pair(zh, en, arg.getKey(), arg.getValue(), names);
                    }
                }
            } else {
                pair(zh, en, f.getKey(), v, names);
            }
        }
        if (prefix.isEmpty()) {
            return Text.of(zh.toString(), en.toString());
        }
        return Text.of(prefix.zh() + (zh.length() == 0 ? "" : "：" + zh), prefix.en() + (en.length() == 0 ? "" : ": " + en));
    }

    /** Simulated milliseconds as {@code T+hh:mm}. */
    static String at(long ms) {
        long minutes = ms / 60_000;
        return String.format(java.util.Locale.ROOT, "T+%02d:%02d", minutes / 60, minutes % 60);
    }

    /** A relief stock item (the scenario format's ids) in words. */
    static Text supplyItem(String item) {
        return switch (item) {
            case "water-litres" -> Text.of("饮用水（升）", "drinking water (litres)");
            case "food-rations" -> Text.of("食品（份）", "food (rations)");
            case "quilts" -> Text.of("棉被", "quilts");
            case "tents" -> Text.of("帐篷", "tents");
            case "medical-kits" -> Text.of("医疗包", "medical kits");
            default -> Text.same(item);
        };
    }

    /**
     * A scenario's {@code "中文 / English"} text split into its two languages; text without that shape is the
     * same in both.
     */
    static Text bilingual(String text) {
        int slash = text.indexOf(" / ");
        if (slash > 0) {
            String zh = text.substring(0, slash).trim();
            String en = text.substring(slash + 3).trim();
            if (zh.codePoints().anyMatch(RunText::isCjk) && en.codePoints().noneMatch(RunText::isCjk)) {
                return Text.of(zh, en);
            }
        }
        return Text.same(text);
    }

    private static boolean isCjk(int c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Event detail keys in words (Chinese; English keeps the log's key). */
    private static String keyZh(String key) {
        return switch (key) {
            case "unit", "unitId" -> "力量";
            case "group" -> "伤员组";
            case "patients" -> "伤员";
            case "people", "weight" -> "人数";
            case "hospital" -> "医院";
            case "shelter" -> "避难场所";
            case "depot" -> "储备库";
            case "beds" -> "床位";
            case "edges" -> "路段数";
            case "span" -> "计时";
            case "subject" -> "对象";
            case "cause" -> "原因";
            case "applied" -> "已生效";
            case "to" -> "转为";
            case "triage" -> "伤情分级";
            case "taskId" -> "任务";
            case "zoneId" -> "转移区域";
            case "item" -> "物资";
            case "quantity" -> "数量";
            case "capacity" -> "容量";
            case "readyT" -> "就绪时间";
            case "reserve", "reserveIdRef" -> "协议储备";
            case "shelterId" -> "避难场所";
            case "depotId" -> "储备库";
            case "reserveId" -> "协议储备";
            case "scenario" -> "情景";
            case "replication" -> "重复";
            case "seed" -> "随机种子";
            case "units" -> "力量数";
            case "nodes" -> "路网节点";
            case "travelMin" -> "路途（分钟）";
            case "hazard" -> "灾害";
            case "near" -> "位置";
            case "radiusM" -> "半径（米）";
            case "level" -> "级别";
            case "area" -> "区域";
            case "channels" -> "发布渠道";
            case "team" -> "队伍";
            case "stations" -> "基站数";
            default -> key;
        };
    }

    /** Event detail keys in words (English). */
    private static String keyEn(String key) {
        return switch (key) {
            case "unitId" -> "unit";
            case "shelterId" -> "shelter";
            case "depotId" -> "depot";
            case "reserveId", "reserveIdRef" -> "agreement reserve";
            case "zoneId" -> "zone";
            case "taskId" -> "task";
            case "readyT" -> "ready at";
            case "travelMin" -> "travel (min)";
            case "weight" -> "people";
            case "applied" -> "in effect";
            case "edges" -> "road sections";
            case "radiusM" -> "radius (m)";
            default -> key;
        };
    }

    /** An internal id of the model ({@code cell-2529}, {@code ar-water}, {@code rescue-dg-2}): not for readers. */
    static boolean looksLikeId(String raw) {
        return raw.matches("[a-z][a-z0-9]*(-[a-z0-9]+)+") || raw.matches("[a-z]+[0-9]+");
    }

    private static void pair(StringBuilder zh, StringBuilder en, String key, JsonNode v, Map<String, Text> names) {
        if (v.isNull()) {
            return; // "shelterId=null" says nothing to a reader
        }
        if (v.isTextual() && !names.containsKey(v.asText()) && looksLikeId(v.asText())
                && !key.equals("item") && !key.equals("span")) {
            return; // an id with no name in the run directory would only puzzle a reader
        }
        String raw = v.isTextual() ? v.asText() : v.toString();
        Text value;
        if (key.equals("level") && (v.isTextual() || v.isIntegralNumber())) {
            value = level(v);
        } else if (key.equals("channels")) {
            value = channels(v);
        } else if (key.endsWith("T") && v.isIntegralNumber() && v.asLong() >= 0) {
            value = Text.same(at(v.asLong())); // a simulated time in ms, e.g. readyT
        } else if (key.equals("item") && !supplyItem(raw).zh().equals(raw)) {
            value = supplyItem(raw);
        } else if (key.equals("span") && raw.contains("->")) {
            String[] ends = raw.split("->", 2);
            Text a = clockPoint(ends[0]);
            Text b = clockPoint(ends[1]);
            value = Text.of(a.zh() + "→" + b.zh(), a.en() + " → " + b.en());
        } else if (v.isBoolean()) {
            value = Text.of(v.asBoolean() ? "是" : "否", raw);
        } else if (v.isNumber() && !v.isIntegralNumber()) {
            value = Text.same(num(v.asDouble(), 1));
        } else if (v.isIntegralNumber()) {
            value = Text.same(count(raw));
        } else if (v.isObject() && v.has("lat") && v.has("lon")) {
            String lat = num(v.path("lat").asDouble(), 4);
            String lon = num(v.path("lon").asDouble(), 4);
            value = Text.of("北纬 " + lat + "，东经 " + lon, lat + " N, " + lon + " E");
        } else {
            value = names.getOrDefault(raw, Text.same(raw));
        }
        zh.append(zh.length() > 0 ? "，" : "").append(keyZh(key)).append('=').append(shorten(value.zh()));
        en.append(en.length() > 0 ? ", " : "").append(keyEn(key)).append('=').append(shorten(value.en()));
    }

    /** Ids in a text (a rejection reason) replaced by their names; ids with no name left as they are. */
    static String named(String text, Map<String, Text> names, boolean zh) {
        Matcher m = Pattern.compile("[A-Za-z0-9_.:-]+").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Text name = names.get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(name == null ? m.group() : zh ? name.zh() : name.en()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A warning level (blue … red) or a response level (1–4 = I–IV) in words. */
    static Text level(JsonNode v) {
        if (v.isIntegralNumber()) {
            int n = v.asInt();
            String roman = n >= 1 && n <= 4 ? new String[] {"Ⅰ", "Ⅱ", "Ⅲ", "Ⅳ"}[n - 1] : String.valueOf(n);
            return Text.of(roman + "级", n >= 1 && n <= 4 ? List.of("I", "II", "III", "IV").get(n - 1) : String.valueOf(n));
        }
        return switch (v.asText()) {
            case "blue" -> Text.of("蓝色", "blue");
            case "yellow" -> Text.of("黄色", "yellow");
            case "orange" -> Text.of("橙色", "orange");
            case "red" -> Text.of("红色", "red");
            default -> Text.same(v.asText());
        };
    }

    /** A warning's channels (a list or a comma-separated text) in words. */
    static Text channels(JsonNode v) {
        List<String> ids = new java.util.ArrayList<>();
        if (v.isArray()) {
            v.forEach(c -> ids.add(c.asText()));
        } else {
            ids.addAll(List.of(v.asText().split(",")));
        }
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (String c : ids) {
            String z = switch (c.trim()) {
                case "sms" -> "短信";
                case "tv" -> "电视";
                case "radio" -> "广播";
                case "wechat" -> "微信";
                case "loudspeaker" -> "大喇叭";
                case "app" -> "手机应用";
                default -> c.trim();
            };
            zh.append(zh.length() > 0 ? "、" : "").append(z);
            en.append(en.length() > 0 ? ", " : "").append(c.trim());
        }
        return Text.of(zh.toString(), en.toString());
    }

    /** Who issued a command: the plan, or a command-post role ({@code medical} …) with the issuer's name. */
    static Text issuer(String role, String name) {
        Text r = switch (role) {
            case "plan" -> Text.of("预案（自动执行）", "the plan (automatic)");
            case "commander" -> Text.of("总指挥", "commander");
            case "medical" -> Text.of("医疗救护组", "medical group");
            case "shelter" -> Text.of("转移安置组", "evacuation and shelter group");
            case "logistics" -> Text.of("物资保障组", "logistics group");
            case "traffic" -> Text.of("交通保障组", "traffic and roads group");
            case "rescue" -> Text.of("抢险救援组", "rescue group");
            default -> Text.same(role);
        };
        if (role.equals("plan") || name.isBlank() || name.equals(role) || looksLikeId(name)) {
            return r;
        }
        return Text.of(r.zh() + "（" + name + "）", r.en() + " (" + name + ")");
    }

    private static String shorten(String value) {
        return value.length() > 80 ? value.substring(0, 77) + "…" : value;
    }
}
