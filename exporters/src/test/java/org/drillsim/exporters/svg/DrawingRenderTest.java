package org.drillsim.exporters.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.text.Text;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class DrawingRenderTest {

    @Test
    void svgIsWellFormedXmlWithEscapedText() throws Exception {
        Drawing d = Drawing.builder(100, 50, Text.same("<t>"))
                .add(Shape.Label.of(10, 20, Text.of("甲 <b>&", "A <b>&"), 12, Shape.Anchor.START))
                .build();
        String svg = SvgRenderer.render(d, Language.ZH);
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertEquals("svg", xml.getDocumentElement().getTagName());
        assertEquals("甲 <b>&", xml.getElementsByTagName("text").item(0).getTextContent());
        assertEquals("<t>", xml.getElementsByTagName("title").item(0).getTextContent());
    }

    @Test
    void bothBackendsPaintTheSamePrimitives() {
        // a red square on white: the SVG names it, the raster has red inside and white outside
        java.awt.Color red = new java.awt.Color(0xFF0000);
        Drawing d = Drawing.builder(40, 40, Text.EMPTY).add(new Shape.Rect(10, 10, 20, 20, Style.fill(red))).build();
        assertTrue(SvgRenderer.render(d, Language.EN).contains("<rect x=\"10\" y=\"10\" width=\"20\" height=\"20\" fill=\"#FF0000\""));
        BufferedImage img = Java2DRenderer.render(d, Language.EN, 2);
        assertEquals(80, img.getWidth());
        assertEquals(0xFF0000, img.getRGB(40, 40) & 0xFFFFFF);
        assertEquals(0xFFFFFF, img.getRGB(5, 5) & 0xFFFFFF);
    }

    @Test
    void chineseLabelsPaintInk() {
        Drawing d = Drawing.builder(120, 40, Text.EMPTY)
                .add(Shape.Label.of(10, 28, Text.of("医学救援", "medical"), 20, Shape.Anchor.START)).build();
        BufferedImage img = Java2DRenderer.render(d, Language.ZH, 1);
        int dark = 0;
        for (int x = 0; x < img.getWidth(); x++) {
            for (int y = 0; y < img.getHeight(); y++) {
                if ((img.getRGB(x, y) & 0xFF) < 128) {
                    dark++;
                }
            }
        }
        // four CJK glyphs at 20 px cover a few hundred pixels; missing-glyph boxes or nothing would not
        assertTrue(dark > 150, "Chinese text should be drawn, dark pixels: " + dark);
    }

    @Test
    void lineChartHasThresholdLinesAxisLabelsAndLegend() {
        Drawing d = LineChart.builder(Text.of("标题", "title"))
                .percentAxis(Text.of("比例", "share"))
                .series(Text.of("医学救援", "medical"), new double[] {0, 1, 2, 3}, new double[] {0, 0.5, 0.8, 1})
                .verticalLine(2, Text.of("2小时", "2 h"))
                .verticalLine(12, Text.of("12小时", "12 h"))
                .build();
        String svg = SvgRenderer.render(d, Language.EN);
        assertTrue(svg.contains(">2 h</text>"));
        assertTrue(svg.contains(">12 h</text>"));
        assertTrue(svg.contains(">100%</text>"));
        assertTrue(svg.contains(">medical</text>"));
        assertTrue(svg.contains(">time (h)</text>"));
        // x axis reaches past the 12 h line
        assertTrue(svg.contains(">12</text>") && svg.contains(">14</text>"));
    }

    @Test
    void barValueLabelsAreDrawnOverTheRequirementLine() {
        Drawing d = BarChart.builder(Text.of("标题", "title")).percent()
                .bar(Text.of("医学救援", "medical"), 0.916, org.drillsim.exporters.text.Status.WARN)
                .threshold(0.95, Text.of("要求 95%", "required 95%"))
                .build();
        List<Shape> shapes = d.shapes();
        int line = -1;
        int value = -1;
        for (int i = 0; i < shapes.size(); i++) {
            if (shapes.get(i) instanceof Shape.Polyline) {
                line = i;
            }
            if (shapes.get(i) instanceof Shape.Label l && l.text().en().startsWith("91.6%")) {
                value = i;
            }
        }
        assertTrue(line >= 0 && value > line, "value label " + value + " after the requirement line " + line);
    }

    @Test
    void deadlineLabelsCloseTogetherDoNotOverlap() {
        // 10 h and 12 h on a 72 h axis are ~20 px apart, less than a label is wide
        Drawing d = LineChart.builder(Text.of("标题", "title"))
                .percentAxis(Text.of("比例", "share"))
                .series(Text.of("生活救助", "living"), new double[] {0, 36, 72}, new double[] {0, 0.5, 1})
                .verticalLine(2, Text.of("2小时", "2 h"))
                .verticalLine(10, Text.of("10小时", "10 h"))
                .verticalLine(12, Text.of("12小时", "12 h"))
                .verticalLine(24, Text.of("24小时", "24 h"))
                .build();
        Shape.Label ten = label(d, "10 h");
        Shape.Label twelve = label(d, "12 h");
        assertTrue(Math.abs(ten.at().y() - twelve.at().y()) >= 13, "close labels on different rows");
        assertEquals(label(d, "2 h").at().y(), label(d, "24 h").at().y(), 1e-9, "labels far apart share a row");
        assertEquals(label(d, "2 h").at().y(), ten.at().y(), 1e-9);
    }

    @Test
    void mapPlacesNorthUpAndEastRight() {
        Drawing d = MapRenderer.builder(Text.EMPTY)
                .facility(MapRenderer.FacilityKind.SHELTER, org.drillsim.runformat.geo.LonLat.of(126.60, 45.70), Text.same("SW"))
                .facility(MapRenderer.FacilityKind.SHELTER, org.drillsim.runformat.geo.LonLat.of(126.70, 45.80), Text.same("NE"))
                .build();
        Shape.Label sw = label(d, "SW");
        Shape.Label ne = label(d, "NE");
        assertTrue(ne.at().x() > sw.at().x(), "east is right");
        assertTrue(ne.at().y() < sw.at().y(), "north is up");
        // 0.1° of longitude at 45.75° N is ~0.70 of 0.1° of latitude on the ground
        double ratio = (ne.at().x() - sw.at().x()) / (sw.at().y() - ne.at().y());
        assertEquals(Math.cos(Math.toRadians(45.75)), ratio, 0.01);
        String svg = SvgRenderer.render(d, Language.ZH);
        assertTrue(svg.contains(MapRenderer.OSM_ATTRIBUTION.replace("©", "©")));
        assertTrue(svg.contains(">北</text>"));
        assertTrue(svg.contains(" km</text>") || svg.contains(" m</text>"), "scale bar");
    }

    @Test
    void roadClassesFromOsm() {
        assertEquals(MapRenderer.RoadClass.MAJOR, MapRenderer.RoadClass.fromOsmHighway("motorway_link"));
        assertEquals(MapRenderer.RoadClass.PRIMARY, MapRenderer.RoadClass.fromOsmHighway("primary"));
        assertEquals(MapRenderer.RoadClass.MINOR, MapRenderer.RoadClass.fromOsmHighway("residential"));
        assertEquals(MapRenderer.RoadClass.MINOR, MapRenderer.RoadClass.fromOsmHighway(null));
    }

    @Test
    void writesSampleReportForLooking() throws Exception {
        Path dir = Path.of("target", "rendered");
        Files.createDirectories(dir);
        List<Drawing> drawings = List.of(org.drillsim.exporters.SampleReport.lineChart(),
                org.drillsim.exporters.SampleReport.barChart(), org.drillsim.exporters.SampleReport.map());
        String[] names = {"line", "bar", "map"};
        for (int i = 0; i < drawings.size(); i++) {
            Files.writeString(dir.resolve(names[i] + ".svg"), SvgRenderer.render(drawings.get(i), Language.ZH));
            byte[] png = Java2DRenderer.png(drawings.get(i), Language.ZH, 1.5);
            Files.write(dir.resolve(names[i] + ".png"), png);
            BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
            assertEquals(Math.ceil(drawings.get(i).width() * 1.5), back.getWidth());
            assertFalse(svgOf(drawings.get(i)).isEmpty());
        }
    }

    private static String svgOf(Drawing d) {
        return SvgRenderer.render(d, Language.EN);
    }

    private static Shape.Label label(Drawing d, String text) {
        return d.shapes().stream().filter(s -> s instanceof Shape.Label l && l.text().en().equals(text))
                .map(Shape.Label.class::cast).findFirst().orElseThrow();
    }
}
