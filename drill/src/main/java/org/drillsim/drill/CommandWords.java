package org.drillsim.drill;

import java.util.Map;

/** Command types in the trainee's words. */
public final class CommandWords {
    private static final Map<String, String> ZH = Map.ofEntries(
            Map.entry("dispatch", "派遣"), Map.entry("reassign", "改派"), Map.entry("open-shelter", "开放避难场所"),
            Map.entry("close-shelter", "关闭避难场所"), Map.entry("allocate-supplies", "调拨物资"),
            Map.entry("evacuate-zone", "组织转移"), Map.entry("request-mutual-aid", "请求增援"),
            Map.entry("close-road", "交通管制"), Map.entry("reopen-road", "解除管制"), Map.entry("call-reserve", "启用协议储备"),
            Map.entry("pre-position", "前置部署"));

    private CommandWords() {
    }

    /** The Chinese name of a command type, or the type itself. */
    public static String zh(String type) {
        return ZH.getOrDefault(type, type);
    }
}
