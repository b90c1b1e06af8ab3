package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drillsim.exporters.text.Language;
import org.junit.jupiter.api.Test;

class XlsxWriterTest {

    private XSSFWorkbook writeAndRead(Language lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxWriter().write(SampleReport.build(), lang, out);
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sample-" + lang.name().toLowerCase() + ".xlsx"), out.toByteArray());
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void oneSheetPerTableAfterTheSummary() throws Exception {
        try (XSSFWorkbook wb = writeAndRead(Language.ZH)) {
            assertEquals(4, wb.getNumberOfSheets());
            assertEquals("概要", wb.getSheetName(0));
            assertEquals("目标评分表", wb.getSheetName(1));
            assertEquals("关键事件时间线", wb.getSheetName(2));
            assertEquals("整改措施表", wb.getSheetName(3));
            assertEquals("演练评估报告与预案修订建议", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook wb = writeAndRead(Language.EN)) {
            assertEquals("Scorecard", wb.getSheetName(1));
        }
    }

    @Test
    void numbersStayNumbersWithTheirFormat() throws Exception {
        try (XSSFWorkbook wb = writeAndRead(Language.ZH)) {
            XSSFSheet s = wb.getSheet("目标评分表");
            var share = s.getRow(1).getCell(2);
            assertEquals(CellType.NUMERIC, share.getCellType());
            assertEquals(0.873, share.getNumericCellValue(), 1e-12);
            assertEquals("0.0%", share.getCellStyle().getDataFormatString());
            assertEquals(2.0, s.getRow(1).getCell(1).getNumericCellValue());
            assertEquals("2小时紧急医学救援", s.getRow(1).getCell(0).getStringCellValue());
            assertEquals("✗ 未达标", s.getRow(1).getCell(3).getStringCellValue());
        }
    }

    @Test
    void headerIsStyledFrozenAndColumnsFitChineseText() throws Exception {
        try (XSSFWorkbook wb = writeAndRead(Language.ZH)) {
            XSSFSheet s = wb.getSheet("目标评分表");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            var head = s.getRow(0).getCell(0).getCellStyle();
            assertTrue(head.getFont().getBold());
            assertEquals("1F3A5F", head.getFillForegroundColorColor().getARGBHex().substring(2));
            // the source column holds ~30 Chinese characters: wider than a default column
            assertTrue(s.getColumnWidth(4) > 40 * 256, "width " + s.getColumnWidth(4));
            var fail = s.getRow(1).getCell(3).getCellStyle();
            assertEquals("F8D7DA", fail.getFillForegroundColorColor().getARGBHex().substring(2));
            XSSFSheet timeline = wb.getSheet("关键事件时间线");
            assertEquals(SampleReport.HOSTILE, timeline.getRow(2).getCell(1).getStringCellValue());
            assertTrue(timeline.getRow(3).getCell(1).getCellStyle().getWrapText());
        }
    }

    @Test
    void sheetNamesAreSafeAndUnique() {
        Set<String> used = new HashSet<>();
        assertEquals("a_b_c", XlsxWriter.uniqueSheetName("a[b]c", used).replace(' ', '_'));
        String longName = "很长的表名".repeat(10);
        String first = XlsxWriter.uniqueSheetName(longName, used);
        String second = XlsxWriter.uniqueSheetName(longName, used);
        assertEquals(31, first.length());
        assertTrue(second.endsWith(" (2)") && second.length() <= 31);
    }

    @Test
    void chineseCountsDoubleForWidth() {
        assertEquals(4, XlsxWriter.displayWidth("中文"));
        assertEquals(5, XlsxWriter.displayWidth("ab\nabcde"));
    }
}
