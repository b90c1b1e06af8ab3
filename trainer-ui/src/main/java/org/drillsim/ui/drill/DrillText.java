package org.drillsim.ui.drill;

import org.drillsim.drill.CommandWords;
import org.drillsim.drill.Decision;
import org.drillsim.drill.DrillEngine;
import org.drillsim.drill.DrillReport;
import org.drillsim.drill.InboxMessage;
import org.drillsim.drill.Outcome;

import java.util.Map;

/** How the drill windows put things in words (zh first). */
final class DrillText {
    private static final Map<String, String> UNIT_TYPES = Map.ofEntries(
            Map.entry("ambulance", "救护车"), Map.entry("medical-team", "医疗队"), Map.entry("helicopter", "直升机"),
            Map.entry("bus", "转移客车"), Map.entry("truck", "运输车"), Map.entry("road-repair", "道路抢通队"),
            Map.entry("rescue-team", "救援队"), Map.entry("hazmat-team", "危化品处置队"),
            Map.entry("forest-fire-team", "森林消防队"), Map.entry("fire-aircraft", "灭火飞机"));
    private static final Map<String, String> TASK_KINDS = Map.of("casualty", "伤员", "blockage", "道路阻断",
            "trapped", "被困群众", "fire", "火点", "leak", "泄漏点");

    private DrillText() {
    }

    static String time(long ms) {
        return DrillReport.hhmm(ms);
    }

    static String unitType(String t) {
        return UNIT_TYPES.getOrDefault(t, t);
    }

    static String taskKind(String k) {
        return TASK_KINDS.getOrDefault(k, k);
    }

    static String status(String s) {
        return DrillEngine.statusZh(s);
    }

    static String message(InboxMessage m) {
        return time(m.timeMs()) + "  【" + m.channel().zh() + "】" + m.from() + "\n" + m.text();
    }

    static String decision(Decision d, boolean withSeat) {
        StringBuilder sb = new StringBuilder(time(d.timeMs())).append("  ");
        if (withSeat) sb.append(d.seat()).append(" ");
        sb.append(d.name()).append("：").append(CommandWords.zh(d.type()));
        if (d.unitId() != null) sb.append(" ").append(d.unitId());
        if (d.taskId() != null) sb.append(" → ").append(d.taskId());
        sb.append(d.accepted() ? "  ✓ 已执行" : "\n  × 未执行：" + d.reason());
        return sb.toString();
    }

    static String outcome(Outcome o, boolean withSeat) {
        return (withSeat ? o.action().seat() + "：" : "") + o.action().text() + "\n  下达 " + time(o.issuedMs()) + "，时限 " + time(o.deadlineMs())
                + "，" + o.count() + "/" + o.action().minCount() + " —— " + o.status().zh()
                + (o.metAtMs() >= 0 ? "（" + time(o.metAtMs()) + "）" : "");
    }
}
