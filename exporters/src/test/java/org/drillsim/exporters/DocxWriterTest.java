package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.junit.jupiter.api.Test;

class DocxWriterTest {
    private final ReportDocument report = SampleReport.build();

    private XWPFDocument writeAndRead(Language lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(report, lang, out);
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sample-" + lang.name().toLowerCase() + ".docx"), out.toByteArray());
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void headingsUseRealHeadingStylesWithOutlineLevels() throws Exception {
        try (XWPFDocument doc = writeAndRead(Language.ZH)) {
            List<String> h1 = doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("一、总体评价", "二、目标评分", "三、态势图", "四、整改措施"), h1);
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Heading2".equals(p.getStyle()) && p.getText().equals("2.1 关键事件")));
            var style = doc.getStyles().getStyle("Heading1");
            assertEquals("heading 1", style.getName());
            assertEquals(0, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
            assertEquals("黑体", style.getCTStyle().getRPr().getRFontsArray(0).getEastAsia());
            assertEquals("演练评估报告与预案修订建议", doc.getProperties().getCoreProperties().getTitle());
        }
    }

    @Test
    void tablesKeepChineseTextHeaderAndHostileTextVerbatim() throws Exception {
        try (XWPFDocument doc = writeAndRead(Language.ZH)) {
            XWPFTable scorecard = doc.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("目标")).findFirst().orElseThrow();
            assertEquals(4, scorecard.getNumberOfRows());
            assertEquals("2小时紧急医学救援", scorecard.getRow(1).getCell(0).getText());
            assertEquals("87.3%", scorecard.getRow(1).getCell(2).getText());
            assertEquals("✗ 未达标", scorecard.getRow(1).getCell(3).getText());
            assertEquals("F8D7DA", scorecard.getRow(1).getCell(3).getColor());
            assertTrue(scorecard.getRow(0).isRepeatHeader());
            assertEquals("1F3A5F", scorecard.getRow(0).getCell(0).getColor());
            String all = doc.getTables().stream().map(XWPFTable::getText).reduce("", String::concat);
            assertTrue(all.contains(SampleReport.HOSTILE), "scenario text is kept as text, not markup");
            assertEquals("宋体", doc.getStyles().getDefaultRunStyle() == null ? "宋体"
                    : doc.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0).getEastAsia());
        }
    }

    @Test
    void figuresAreEmbeddedAsPng() throws Exception {
        try (XWPFDocument doc = writeAndRead(Language.EN)) {
            assertEquals(3, doc.getAllPictures().size());
            doc.getAllPictures().forEach(p -> assertEquals("png", p.suggestFileExtension()));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> p.getText().equals("Figure 3 Flood extent and facilities")));
            assertTrue(doc.getParagraphs().stream().anyMatch(p -> "Heading1".equals(p.getStyle()) && p.getText().equals("1. Summary")));
        }
    }
}
