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
        assertEquals("调拨物资：储备库=市物资库，物资=饮用水（升），数量=1830", t.zh());
        assertEquals("allocate supplies: depotId=City depot, item=drinking water (litres), quantity=1830", t.en());
    }

    @Test
    void simulatedTimesInMillisecondsReadAsClockTimes() throws Exception {
        Text t = details("{\"type\":\"shelter-opening\",\"shelter\":\"s9\",\"readyT\":14100000}");
        assertEquals("避难场所=s9，就绪时间=T+03:55", t.zh());
        assertEquals("call agreement reserve", RunText.command("call-reserve").en());
        assertEquals("灾害=chlorine", details("{\"type\":\"hazard-replaced\",\"hazard\":\"chlorine\",\"key\":\"chlorine stopped at 6015300 weather [PlumeWeather[…]]\"}").zh());
    }

    @Test
    void eventCountsNameEveryLoggedType() {
        assertEquals("到达现场（arrive）", RunText.eventTypeCounted("arrive").zh());
        assertEquals("医院满员（hospital-full）", RunText.eventTypeCounted("hospital-full").zh());
        assertEquals("hospital full (hospital-full)", RunText.eventTypeCounted("hospital-full").en());
        assertEquals("some-new-type", RunText.eventTypeCounted("some-new-type").zh());
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
