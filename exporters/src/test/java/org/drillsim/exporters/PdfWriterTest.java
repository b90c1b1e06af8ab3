package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.drillsim.exporters.doc.Language;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

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
            // subset fonts are named XXXXXX+BaseName
            assertTrue(names.stream().anyMatch(n -> n.matches("[A-Z]{6}\\+WenQuanYi.*")), names.toString());
        }
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
