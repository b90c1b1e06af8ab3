package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.drillsim.exporters.doc.Figure;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.text.Text;
import org.drillsim.exporters.font.CjkFonts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Skipped, with the reason, on a machine without a TrueType Chinese font: the PDF export then refuses with one clear line. */
class PdfWriterTest {

    @BeforeAll
    static void needsAChineseTrueTypeFont() {
        assumeTrue(CjkFonts.findTrueType().isPresent(), "PDF tests skipped: no TrueType Chinese font on this machine "
                + "(install e.g. fonts-wqy-zenhei, or set $" + CjkFonts.ENV + "); the other report formats are tested");
    }

    @Test
    void aHeadingNeverStaysBehindWhenItsFigureMovesToTheNextPage() throws Exception {
        // sections of growing length, each followed by a heading whose first block is a map: the map
        // sections land at many heights of the page, some too low for the map to fit under the heading
        ReportDocument.Builder b = ReportDocument.builder(Text.of("标题", "title"));
        for (int i = 1; i <= 14; i++) {
            b.section(Section.builder(1, Text.of("正文 " + i, "text " + i)).paragraph(Text.same("填充文字。".repeat(20 * i))).build());
            b.section(Section.builder(1, Text.of("态势图 " + i, "map " + i))
                    .add(new Figure(Text.of("图 " + i, "figure " + i), SampleReport.map())).build());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(b.build(), Language.ZH, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                long headings = stripper.getText(doc).lines().filter(l -> l.startsWith("态势图 ")).count();
                int images = 0;
                for (COSName n : doc.getPage(p - 1).getResources().getXObjectNames()) {
                    if (doc.getPage(p - 1).getResources().isImageXObject(n)) {
                        images++;
                    }
                }
                assertTrue(headings <= images, "page " + p + ": " + headings + " map headings but " + images + " maps");
            }
        }
    }

    private byte[] write(Language lang) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(SampleReport.build(), lang, out);
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sample-" + lang.name().toLowerCase() + ".pdf"), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void chineseTextExtractsBackExactly() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(Language.ZH))) {
            String text = new PDFTextStripper().getText(doc);
            // extraction only yields these characters when the embedded font carries a ToUnicode map
            assertTrue(text.contains("演练评估报告与预案修订建议"), text);
            assertTrue(text.contains("一、总体评价"));
            assertTrue(text.contains("2小时紧急医学救援"));
            assertTrue(text.contains("未达标"));
            assertTrue(text.contains("<script>alert('x')</script>"), "scenario text printed verbatim");
            assertTrue(text.contains("© OpenStreetMap contributors, ODbL 1.0"));
            assertTrue(text.contains("第 1 页 / 共 " + doc.getNumberOfPages() + " 页"));
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void fontsAreEmbeddedSubsets() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(Language.ZH))) {
            Set<String> names = new HashSet<>();
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    assertTrue(f.isEmbedded(), f.getName() + " must be embedded");
                    names.add(f.getName());
                }
            }
            // subset fonts are named XXXXXX+BaseName; whichever font it is, one of them must draw the Chinese text
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+.*")), names.toString());
            assertTrue(embedsChinese(doc), "no embedded font maps a glyph to Chinese text: " + names);
        }
    }

    /** Whether an embedded font's ToUnicode map gives a CJK ideograph for one of its codes. */
    static boolean embedsChinese(PDDocument doc) throws java.io.IOException {
        for (PDPage page : doc.getPages()) {
            for (COSName n : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(n);
                if (!f.isEmbedded()) {
                    continue;
                }
                for (int code = 0; code < 20_000; code++) {
                    String u = f.toUnicode(code);
                    if (u != null && !u.isEmpty() && Character.UnicodeScript.of(u.codePointAt(0)) == Character.UnicodeScript.HAN) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void englishVersionAndFirstPageRendering() throws Exception {
        try (PDDocument doc = Loader.loadPDF(write(Language.EN))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Drill evaluation and plan revision report"));
            assertTrue(text.contains("page 1 of " + doc.getNumberOfPages()));
        }
        for (Language lang : Language.values()) {
            try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of("target", "rendered",
                    "sample-" + lang.name().toLowerCase() + ".pdf")))) {
                PDFRenderer r = new PDFRenderer(doc);
                for (int p = 0; p < Math.min(3, doc.getNumberOfPages()); p++) {
                    BufferedImage img = r.renderImageWithDPI(p, 80);
                    ImageIO.write(img, "png", Path.of("target", "rendered",
                            "sample-" + lang.name().toLowerCase() + "-pdf-p" + (p + 1) + ".png").toFile());
                    assertTrue(img.getWidth() > 600);
                }
            }
        }
    }
}
