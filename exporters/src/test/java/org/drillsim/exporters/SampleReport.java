package org.drillsim.exporters;

import java.util.ArrayList;
import java.util.List;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.doc.Figure;
import org.drillsim.exporters.doc.KeyValue;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;
import org.drillsim.runformat.geo.GeoFeature;
import org.drillsim.runformat.geo.GeoGeometry;
import org.drillsim.exporters.geo.GeoLayer;
import org.drillsim.runformat.geo.LonLat;
import org.drillsim.exporters.svg.BarChart;
import org.drillsim.exporters.svg.Drawing;
import org.drillsim.exporters.svg.LineChart;
import org.drillsim.exporters.svg.MapRenderer;
import org.drillsim.exporters.svg.MapRenderer.FacilityKind;
import org.drillsim.exporters.svg.MapRenderer.RoadClass;

/** A small report with every kind of block, Chinese text and hostile scenario text, for the writer tests. */
public final class SampleReport {
    static final String HOSTILE = "<script>alert('x')</script> & \"松花江\"";
    static final String SCENARIO_NAME = "哈尔滨松花江洪水 " + HOSTILE;

    private SampleReport() {
    }

    public static ReportDocument build() {
        Table scorecard = Table.builder("scorecard", Text.of("目标评分表", "Scorecard"),
                        Text.of("目标", "target"), Text.of("阈值", "threshold"), Text.of("达标比例", "share met"),
                        Text.of("评定", "result"), Text.of("依据", "source"))
                .row(Cell.of(Text.of("2小时紧急医学救援", "2 h medical rescue")), Cell.number(2, 0), Cell.percent(0.873, 1),
                        Cell.status(Status.FAIL), Cell.of("000 §二(五) 重大灾害事故实现2小时紧急医学救援"))
                .row(Cell.of(Text.of("12小时基本生活救助", "12 h living assistance")), Cell.number(12, 0),
                        Cell.percent(0.991, 1).withStatus(Status.PASS), Cell.status(Status.PASS),
                        Cell.of("000 (2025 #10) 12小时内受灾人员基本生活得到有效救助"))
                .row(Cell.of(Text.of("24小时道路抢通", "24 h road reopening")), Cell.number(24, 0), Cell.percent(0.95, 1),
                        Cell.status(Status.WARN), Cell.of("000 (2022) 阻断道路24小时内应急抢通能力明显增强"))
                .build();
        Table timeline = Table.builder("timeline", Text.of("关键事件时间线", "Timeline"),
                        Text.of("时间", "time"), Text.of("事件", "event"))
                .row(Cell.of("T+00:00"), Cell.of(Text.of("洪水漫堤，松北区低洼地带进水", "levee overtopped")))
                .row(Cell.of("T+00:40"), Cell.of(Text.same(HOSTILE)))
                .row(Cell.of("T+03:20"), Cell.of(Text.of("第一行,含逗号\n第二行 \"引号\"", "line one, comma\nline two \"quoted\"")))
                .build();
        Table actions = Table.builder("actions", Text.of("整改措施表", "Corrective actions"),
                        Text.of("事项", "item"), Text.of("责任部门", "responsible department"), Text.of("完成时限", "deadline"),
                        Text.of("状态", "status"))
                .row(Cell.of(Text.of("松北区增配救护车2辆", "add 2 ambulances in Songbei")), Cell.EMPTY, Cell.EMPTY, Cell.EMPTY)
                .build();

        return ReportDocument.builder(Text.of("演练评估报告与预案修订建议", "Drill evaluation and plan revision report"))
                .subtitle(Text.same(SCENARIO_NAME))
                .meta(Text.of("情景", "scenario"), "harbin-songhua-flood")
                .meta(Text.of("随机种子", "seed"), "42")
                .section(Section.builder(1, Text.of("一、总体评价", "1. Summary"))
                        .paragraph(Text.of("本次推演共评估3项时间目标，其中1项未达标。情景说明：" + HOSTILE,
                                "Three time targets were scored; one was missed. Scenario: " + HOSTILE))
                        .keyValues(List.of(KeyValue.of(Text.of("重复次数", "replications"), "100"),
                                new KeyValue(Text.of("结论", "conclusion"), Text.of("需修订预案", "plan needs revision"))))
                        .build())
                .section(Section.builder(1, Text.of("二、目标评分", "2. Scorecard"))
                        .add(scorecard)
                        .add(new Figure(Text.of("图1 各目标达标比例随时间变化", "Figure 1 Share served over time"), lineChart()))
                        .add(new Figure(Text.of("图2 各目标达标比例", "Figure 2 Share met per target"), barChart()))
                        .build())
                .section(Section.builder(2, Text.of("2.1 关键事件", "2.1 Key events")).add(timeline).build())
                .section(Section.builder(1, Text.of("三、态势图", "3. Situation map"))
                        .add(new Figure(Text.of("图3 洪水淹没范围与设施", "Figure 3 Flood extent and facilities"), map()))
                        .note(Text.same(MapRenderer.OSM_ATTRIBUTION))
                        .build())
                .section(Section.builder(1, Text.of("四、整改措施", "4. Corrective actions")).add(actions).build())
                .geoLayer(new GeoLayer("hazard", Text.of("淹没范围", "flood extent"), List.of(
                        GeoFeature.of(new GeoGeometry.Polygon(List.of(List.of(
                                        LonLat.of(126.60, 45.78), LonLat.of(126.60, 45.80), LonLat.of(126.64, 45.80), LonLat.of(126.64, 45.78)))),
                                "level", 3, "name", "水深 > 1 m"))))
                .geoLayer(new GeoLayer("facilities", Text.of("设施", "facilities"), List.of(
                        GeoFeature.of(new GeoGeometry.Point(LonLat.of(126.6352, 45.7581)), "kind", "hospital",
                                "name", "哈尔滨医科大学附属第一医院", "beds", 120),
                        GeoFeature.of(new GeoGeometry.LineString(List.of(LonLat.of(126.61, 45.77), LonLat.of(126.62, 45.775))),
                                "kind", "closed-road", "name", HOSTILE))))
                .build();
    }

    public static Drawing lineChart() {
        double[] xs = new double[25];
        double[] med = new double[25];
        double[] liv = new double[25];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = i * 0.75;
            med[i] = 1 - Math.exp(-i / 4.0);
            liv[i] = Math.min(1, i / 20.0);
        }
        return LineChart.builder(Text.of("各目标达标比例随时间变化", "Share served over time"))
                .percentAxis(Text.of("已服务比例", "share served"))
                .series(Text.of("紧急医学救援", "medical rescue"), xs, med)
                .series(Text.of("基本生活救助", "living assistance"), xs, liv)
                .verticalLine(2, Text.of("2小时", "2 h"))
                .verticalLine(12, Text.of("12小时", "12 h"))
                .horizontalLine(0.95, Text.of("95%", "95%"))
                .build();
    }

    public static Drawing barChart() {
        return BarChart.builder(Text.of("各目标达标比例", "Share met per target")).percent()
                .valueLabel(Text.of("达标比例", "share met"))
                .bar(Text.of("2小时紧急医学救援", "2 h medical rescue"), 0.873, Status.FAIL)
                .bar(Text.of("12小时基本生活救助", "12 h living assistance"), 0.991, Status.PASS)
                .bar(Text.of("24小时道路抢通", "24 h road reopening"), 0.95, Status.WARN)
                .threshold(0.95, Text.of("要求 95%", "required 95%"))
                .build();
    }

    public static Drawing map() {
        MapRenderer.Builder m = MapRenderer.builder(Text.of("洪水态势图", "Flood situation"));
        m.water(List.of(List.of(LonLat.of(126.50, 45.775), LonLat.of(126.70, 45.785), LonLat.of(126.70, 45.795),
                LonLat.of(126.50, 45.785))));
        List<LonLat> grid = new ArrayList<>();
        for (int i = 0; i <= 8; i++) {
            double lon = 126.52 + i * 0.02;
            m.road(i % 4 == 0 ? RoadClass.PRIMARY : RoadClass.MINOR, List.of(LonLat.of(lon, 45.73), LonLat.of(lon, 45.83)));
            double lat = 45.73 + i * 0.0125;
            m.road(i == 4 ? RoadClass.MAJOR : RoadClass.TERTIARY, List.of(LonLat.of(126.52, lat), LonLat.of(126.68, lat)));
            grid.add(LonLat.of(lon, lat));
        }
        m.hazard(1, List.of(List.of(LonLat.of(126.54, 45.79), LonLat.of(126.66, 45.80), LonLat.of(126.66, 45.82),
                LonLat.of(126.54, 45.815))));
        m.hazard(3, List.of(List.of(LonLat.of(126.57, 45.795), LonLat.of(126.63, 45.80), LonLat.of(126.63, 45.81),
                LonLat.of(126.57, 45.806))));
        m.hazardLevelLabel(3, Text.of("水深 > 1 m", "depth > 1 m"));
        m.hazardLevelLabel(1, Text.of("水深 0.3–1 m", "depth 0.3–1 m"));
        m.closedRoad(List.of(LonLat.of(126.58, 45.73), LonLat.of(126.58, 45.83)));
        m.facility(FacilityKind.HOSPITAL, LonLat.of(126.6352, 45.7581), Text.of("医大一院", "Hospital No.1"));
        m.facility(FacilityKind.FIRE_STATION, LonLat.of(126.56, 45.76), Text.EMPTY);
        m.facility(FacilityKind.SHELTER, LonLat.of(126.60, 45.745), Text.same(HOSTILE));
        m.facility(FacilityKind.DEPOT, LonLat.of(126.66, 45.75), Text.of("物资库", "depot"));
        m.facility(FacilityKind.PROPOSED_SITE, LonLat.of(126.62, 45.825), Text.of("建议避难场所", "proposed shelter"));
        m.unmetDemand(LonLat.of(126.60, 45.80), 1200);
        m.unmetDemand(LonLat.of(126.64, 45.815), 300);
        return m.build();
    }
}
