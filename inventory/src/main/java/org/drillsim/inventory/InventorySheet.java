package org.drillsim.inventory;

import java.util.List;

/**
 * The sheets of an inventory, each with its columns in template order. The first column is the row's key —
 * 编号 (the facility, team or fleet id: lower-case letters, digits and '-'), or the target id on 预案条款; a row
 * whose first cell starts with 示例 is the template's example and is skipped.
 */
public enum InventorySheet {
    SHELTERS("避难场所", "shelters", List.of(
            Column.text("编号", "id", true, "示例-sb-shelter-01"),
            Column.text("名称", "name", true, "松北区第一中学避难场所"),
            Column.text("英文名称", "English name", false, "Songbei No.1 Middle School shelter"),
            Column.text("类型", "kind: 学校 school / 公园 park / 广场 square / 体育场 stadium / 室内 indoor / 其他 other", false, "学校"),
            Column.number("经度", "°", "longitude", true, -180, 180, "126.5645"),
            Column.number("纬度", "°", "latitude", true, -90, 90, "45.8052"),
            Column.number("有效面积", "m²", "effective area, m²", true, 1, 1e8, "12000"),
            Column.number("容量", "人", "capacity, people (default: area / m² per person)", false, 0, 5_000_000, "5000"))),
    TEAMS("救援队伍", "teams", List.of(
            Column.text("编号", "id", true, "示例-sb-rescue-1"),
            Column.text("名称", "name", true, "松北区综合应急救援队"),
            Column.text("英文名称", "English name", false, "Songbei comprehensive rescue team"),
            Column.text("类型", "team type, e.g. 综合救援队 / 医疗救援队 / 水上救援 / 志愿者队伍", true, "综合救援队"),
            Column.number("队数", "支", "number of identical teams (default 1)", false, 1, 1000, "1"),
            Column.number("每队人数", "人", "people per team", true, 1, 5000, "30"),
            Column.text("能力", "capabilities, separated by 、 e.g. 搜救、水上救援、转移疏散", true, "搜救、水上救援、转移疏散"),
            Column.text("驻地编号", "home: id of a facility in this inventory or the base scenario", true, "示例-sb-depot-1"),
            Column.text("交通工具", "vehicle, e.g. 越野车 / 冲锋舟 / 工程机械 / 救护车 (default 越野车)", false, "冲锋舟"))),
    DEPOTS("储备库与物资", "depots", List.of(
            Column.text("编号", "id", true, "示例-sb-depot-1"),
            Column.text("名称", "name", true, "松北区应急物资储备库"),
            Column.text("英文名称", "English name", false, "Songbei emergency supplies depot"),
            Column.number("经度", "°", "longitude", true, -180, 180, "126.5600"),
            Column.number("纬度", "°", "latitude", true, -90, 90, "45.8100"),
            Column.number("饮用水", "升", "drinking water, litres", false, 0, 1e10, "150000"),
            Column.number("食品", "人·天", "food, person-day rations", false, 0, 1e10, "50000"),
            Column.number("棉被", "床", "quilts", false, 0, 1e10, "20000"),
            Column.number("帐篷", "顶", "tents", false, 0, 1e10, "3000"),
            Column.number("折叠床", "张", "folding beds", false, 0, 1e10, "0"),
            Column.number("衣物", "套", "clothing sets", false, 0, 1e10, "0"),
            Column.number("医疗包", "个", "medical kits", false, 0, 1e10, "800"))),
    HOSPITALS("医院", "hospitals", List.of(
            Column.text("编号", "id", true, "示例-sb-hospital-1"),
            Column.text("名称", "name", true, "松北区人民医院"),
            Column.text("英文名称", "English name", false, "Songbei District People's Hospital"),
            Column.number("经度", "°", "longitude", true, -180, 180, "126.5500"),
            Column.number("纬度", "°", "latitude", true, -90, 90, "45.8000"),
            Column.number("床位", "张", "emergency beds free at the start", true, 0, 20_000, "60"),
            Column.number("扩容床位", "张", "surge beds (default 0)", false, 0, 20_000, "30"),
            Column.text("救治能力", "capabilities: 创伤 trauma / 烧伤 burns / 中毒 poisoning / 儿科 pediatrics / 急诊 general", false, "创伤、急诊"))),
    VEHICLES("车辆", "fleets", List.of(
            Column.text("编号", "id", true, "示例-sb-trucks"),
            Column.text("类型", "vehicle type, e.g. 救护车 / 货车 / 大客车 / 冲锋舟", true, "货车"),
            Column.text("所在设施编号", "base: facility id", true, "示例-sb-depot-1"),
            Column.number("数量", "辆", "vehicles", true, 0, 10_000, "10"),
            Column.number("载客", "人", "patients or passengers per vehicle (default 1 ambulance, 45 bus)", false, 0, 200, ""),
            Column.number("载重", "吨", "cargo per vehicle, tonnes (default 0)", false, 0, 100, "5"))),
    HELIPADS("直升机起降点", "helicopter bases", List.of(
            Column.text("编号", "id", true, "示例-sb-heli"),
            Column.text("名称", "name", true, "松北区直升机临时起降点"),
            Column.text("英文名称", "English name", false, "Songbei helipad"),
            Column.number("经度", "°", "longitude", true, -180, 180, "126.5400"),
            Column.number("纬度", "°", "latitude", true, -90, 90, "45.8200"),
            Column.number("直升机", "架", "helicopters", true, 0, 100, "1"),
            Column.number("每架次伤员", "人", "casualties per flight (default 2)", false, 1, 30, "2"),
            Column.number("巡航速度", "km/h", "cruise speed, km/h (default 220)", false, 50, 400, "220"),
            Column.number("飞行半径", "km", "flight radius, km (default 80)", false, 1, 1000, "80"))),
    PLAN("预案条款", "the unit's own plan: one clause per target", List.of(
            Column.text("目标", "target id from the catalogue (e.g. medical-2h), one of the base scenario's targets", true, "示例-medical-2h"),
            Column.text("条款", "clause number", true, "5.2.3"),
            Column.text("原文", "the clause's wording", false, "重大灾害发生后2小时内伤员得到紧急医学救援"),
            Column.text("预案名称", "plan title, the same on every row", true, "松北区防汛应急预案"),
            Column.text("文号", "document number, the same on every row", false, "松政办发〔2024〕12号")));

    /** Sheets a user may add for notes; they are not read. */
    static final List<String> IGNORED = List.of("说明", "readme", "notes");
    /** Columns a user may add for notes; they are not read. */
    static final List<String> IGNORED_COLUMNS = List.of("备注", "说明", "note", "notes");

    private final String title;
    private final String en;
    private final List<Column> columns;

    InventorySheet(String title, String en, List<Column> columns) {
        this.title = title;
        this.en = en;
        this.columns = columns;
    }

    /** The sheet name, Chinese. */
    public String title() {
        return title;
    }

    /** What the sheet holds, English. */
    public String en() {
        return en;
    }

    /** Its columns, in template order. */
    public List<Column> columns() {
        return columns;
    }

    /** The sheet of this name, or null. */
    public static InventorySheet byTitle(String name) {
        for (InventorySheet s : values()) {
            if (s.title.equals(name.strip())) {
                return s;
            }
        }
        return null;
    }
}
