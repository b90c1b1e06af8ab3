package org.drillsim.exporters;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.junit.jupiter.api.Test;

class HtmlWriterTest {
    private final ReportDocument doc = SampleReport.build();

    @Test
    void scenarioTextIsEscapedEverywhere() {
        String html = new HtmlWriter().render(doc, Language.ZH);
        assertFalse(html.contains("<script"), "no raw <script> may reach the page");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;松花江&quot;"));
    }

    @Test
    void chineseFirstAndEnglishBySwitch() {
        String zh = new HtmlWriter().render(doc, Language.ZH);
        String en = new HtmlWriter().render(doc, Language.EN);
        assertTrue(zh.contains("<html lang=\"zh-CN\">"));
        assertTrue(zh.contains("<h1>演练评估报告与预案修订建议</h1>"));
        assertTrue(zh.contains("✗ 未达标"));
        assertTrue(en.contains("<html lang=\"en\">"));
        assertTrue(en.contains("<h1>Drill evaluation and plan revision report</h1>"));
        assertTrue(en.contains("✗ not met"), "the verdict label of run-format Verdict");
    }

    @Test
    void pageIsSelfContained() {
        String html = new HtmlWriter().render(doc, Language.ZH);
        assertTrue(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\""), "figures are inline SVG");
        assertFalse(html.contains("<link"), "no external style sheet");
        assertFalse(html.contains(" src="), "no external images or scripts");
        assertTrue(html.contains("© OpenStreetMap contributors, ODbL 1.0"));
        assertTrue(html.contains("<td class=\"num\">87.3%</td>") || html.contains("87.3%"));
    }

    @Test
    void writesFileForLooking() throws Exception {
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        for (Language lang : Language.values()) {
            Path f = dir.resolve("sample-" + lang.name().toLowerCase() + ".html");
            AtomicFiles.write(f, out -> new HtmlWriter().write(doc, lang, out));
            assertTrue(Files.size(f) > 10_000);
        }
    }
}
