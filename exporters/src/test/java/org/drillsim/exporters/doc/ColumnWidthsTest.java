package org.drillsim.exporters.doc;

import org.drillsim.exporters.HtmlWriter;

import org.drillsim.exporters.doc.ColumnWidths;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;
import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void widensInProportionWhenEverythingFits() {
        assertArrayEquals(new double[] {100, 300}, ColumnWidths.fit(new double[] {10, 30}, new double[] {5, 5}, 400), 1e-9);
    }

    @Test
    void capsTheWidestColumnsWhenTooWide() {
        // natural 50 + 50 + 400 = 500 > 300: the long column is capped at 200, the short keep 50 each
        double[] w = ColumnWidths.fit(new double[] {50, 50, 400}, new double[] {20, 20, 30}, 300);
        assertArrayEquals(new double[] {50, 50, 200}, w, 1e-6);
        assertEquals(300, w[0] + w[1] + w[2], 1e-9);
    }

    @Test
    void keepsTheLongestWordWhole() {
        // column 0 cannot go below its 120-wide word even though capping would want 100
        double[] w = ColumnWidths.fit(new double[] {300, 300}, new double[] {120, 20}, 200);
        assertEquals(200, w[0] + w[1], 1e-9);
        assertEquals(100, w[0], 1e-6, "a minimum above the fair share (100) is limited to that share");
    }

    @Test
    void weightsShareTheWidthInProportion() {
        assertArrayEquals(new double[] {100, 300}, ColumnWidths.fromWeights(List.of(1.0, 3.0), 400), 1e-9);
    }

    @Test
    void tableWeightsMustMatchTheColumns() {
        var b = Table.builder("t", Text.same("t"), Text.same("a"), Text.same("b"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> b.weights(1, 2, 3).build());
        assertTrue(e.getMessage().contains("3 column weights for 2 columns"));
        String html = new HtmlWriter().render(ReportDocument.builder(Text.same("r"))
                .section(Section.builder(1, Text.same("s"))
                        .add(b.weights(1, 3).build()).build()).build(), Language.ZH);
        assertTrue(html.contains("<colgroup><col style=\"width:25.0%\"><col style=\"width:75.0%\"></colgroup>"));
    }
}
