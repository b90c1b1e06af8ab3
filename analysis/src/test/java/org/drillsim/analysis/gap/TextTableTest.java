package org.drillsim.analysis.gap;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextTableTest {
    @Test
    void notesGoUnderTheirRowIndentedAndDoNotWidenTheColumns() {
        String causes = "等待空闲救护车或队伍 waiting for a free ambulance or team 62 %; 途中行驶 driving 30 %; "
                + "医院无床位 no hospital bed 8 %";
        String table = new TextTable("目标 / target", "要求 / required").row("medical-2h", "≥ 95% · ≤ 2 小时")
                .note("2小时内伤员得到救治 — 主要原因 / main causes: " + causes + "; " + causes).toString();
        List<String> lines = table.lines().toList();
        assertEquals("medical-2h     ≥ 95% · ≤ 2 小时", lines.get(2));
        assertTrue(lines.get(3).startsWith("    2小时内伤员得到救治"), lines.get(3));
        assertTrue(lines.size() > 4, "the long note wraps:\n" + table);
        for (String l : lines) {
            assertTrue(TextTable.width(l) <= TextTable.NOTE_WIDTH, TextTable.width(l) + " columns: " + l);
        }
        // the separator spans the columns only, not the note
        assertEquals(TextTable.width(lines.get(2)), lines.get(1).length());
    }

    @Test
    void wrapBreaksAtSeparatorsAndCutsWordsOnlyWhenItMust() {
        assertEquals(List.of("aaa; bbb;", "  ccc"), TextTable.wrap("aaa; bbb; ccc", 10));
        assertEquals(List.of("一二三四", "  五六"), TextTable.wrap("一二三四五六", 8));
    }
}
