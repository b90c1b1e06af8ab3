package org.drillsim.exporters.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.drillsim.exporters.text.Text;
import org.junit.jupiter.api.Test;

class RunTextTest {

    private static Text details(String json) throws Exception {
        return RunText.eventDetails(new ObjectMapper().readTree(json), Map.of("d1", Text.of("市物资库", "City depot")));
    }

    @Test
    void eventDetailsReadAsWordsNotAsTheLogsIds() throws Exception {
        Text t = details("{\"type\":\"command\",\"command\":\"allocate-supplies\",\"role\":\"plan\",\"accepted\":true,"
                + "\"args\":{\"depotId\":\"d1\",\"shelterId\":null,\"item\":\"water-litres\",\"quantity\":1830}}");
        assertEquals("调拨物资：储备库=市物资库，物资=饮用水（升），数量=1,830", t.zh());
        assertEquals("allocate supplies: depot=City depot, item=drinking water (litres), quantity=1,830", t.en());
        // ids without a name in the run directory are left out, the rejection reason is in one language
        Text r = details("{\"type\":\"command\",\"command\":\"evacuate-zone\",\"accepted\":false,"
                + "\"reason\":\"力量忙 / unit busy\",\"args\":{\"zoneId\":\"cell-2529\",\"unitId\":\"rescue-dg-2\"}}");
        assertEquals("组织转移（被拒绝：力量忙）", r.zh());
        assertEquals("evacuate zone (rejected: unit busy)", r.en());
        assertEquals("人口 4,000,000，救援力量 173 个", details("{\"type\":\"world\",\"scenario\":\"harbin-songhua-flood\","
                + "\"seed\":19980822,\"people\":4000000,\"units\":173,\"nodes\":14848}").zh());
        assertEquals("–", details("{\"type\":\"end\",\"events\":7743,\"commands\":773}").zh());
    }

    @Test
    void warningsResponsesAndRejectionsReadAsWords() throws Exception {
        Text w = details("{\"type\":\"command\",\"command\":\"issue-warning\",\"role\":\"plan\",\"accepted\":true,"
                + "\"args\":{\"level\":\"orange\",\"area\":\"松北区\",\"channels\":[\"sms\",\"radio\"]}}");
        assertEquals("发布预警：级别=橙色，区域=松北区，发布渠道=短信、广播", w.zh());
        Text r = details("{\"type\":\"response-level\",\"level\":2,\"roman\":\"II\"}");
        assertEquals("级别=Ⅱ级", r.zh());
        assertEquals("level=II", r.en());
        // an id in a rejection reason gives way to the facility's name, in each language
        Text c = details("{\"type\":\"command\",\"command\":\"call-reserve\",\"role\":\"plan\",\"accepted\":false,"
                + "\"reason\":\"协议储备 d1 已启用 / agreement reserve d1 was already called\",\"args\":{}}");
        assertEquals("调用协议储备（被拒绝：协议储备 市物资库 已启用）", c.zh());
        assertEquals("call agreement reserve (rejected: agreement reserve City depot was already called)", c.en());
        assertEquals("队伍动员", RunText.eventTypeCounted("team-mobilised").zh());
        assertEquals("预案（自动执行）", RunText.issuer("plan", "plan").zh());
    }

    @Test
    void simulatedTimesInMillisecondsReadAsClockTimes() throws Exception {
        Text t = details("{\"type\":\"shelter-opening\",\"shelter\":\"s9\",\"readyT\":14100000}");
        assertEquals("就绪时间=T+03:55", t.zh(), "s9 has no name in the run directory");
        assertEquals("call agreement reserve", RunText.command("call-reserve").en());
        assertEquals("灾害=chlorine", details("{\"type\":\"hazard-replaced\",\"hazard\":\"chlorine\",\"key\":\"chlorine stopped at 6015300 weather [PlumeWeather[…]]\"}").zh());
    }

    @Test
    void eventCountsNameEveryLoggedType() {
        assertEquals("到达现场", RunText.eventTypeCounted("arrive").zh());
        assertEquals("医院满员", RunText.eventTypeCounted("hospital-full").zh());
        assertEquals("hospital full", RunText.eventTypeCounted("hospital-full").en());
        assertEquals("货车受阻", RunText.eventTypeCounted("truck-stuck").zh());
        assertEquals("some-new-type", RunText.eventTypeCounted("some-new-type").zh());
    }

    @Test
    void catalogueClausesReadInTheReportsLanguage() {
        assertEquals("2022、2025、2030年目标；§二(五)", RunText.clauseZh("2022, 2025, 2030 goals; §二(五)"));
        assertEquals("2025年目标第10项、2030年目标", RunText.clauseZh("2025 goal #10, 2030"));
        assertEquals("§发展物资协议储备", RunText.clauseZh("§ agreement reserves (发展物资协议储备)"));
        assertEquals("核心指标表第6项（预期性）", RunText.clauseZh("core indicator table, item 6 (预期性)"));
        assertEquals("2022年目标", RunText.clauseZh("2022 goal"));
        assertEquals("§ agreement reserves", RunText.clauseEn("§ agreement reserves (发展物资协议储备)"));
    }

    @Test
    void standInNamesOfUnnamedOsmFeaturesAreRecognised() {
        assertEquals(true, RunFigures.isPlaceholderName(Text.of("消防站 (OSM 1052734761)", "Fire station (OSM 1052734761)")));
        assertEquals(false, RunFigures.isPlaceholderName(Text.same("哈尔滨市第一医院")));
        assertEquals(false, RunFigures.isPlaceholderName(Text.same("OSM 研究中心")));
    }

    @Test
    void anInjectsExpectedActionSpeaksTheReportsLanguage() throws Exception {
        Text t = details("{\"type\":\"inject\",\"message\":\"大桥积水\",\"messageEn\":\"Bridge flooded\","
                + "\"expected\":\"调整运输路线 / Re-route the trucks\"}");
        assertEquals("大桥积水（预期行动：调整运输路线）", t.zh());
        assertEquals("Bridge flooded (expected action: Re-route the trucks)", t.en());
        assertEquals(Text.same("A / B"), RunText.bilingual("A / B"));
    }
}
