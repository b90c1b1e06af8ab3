package org.drillsim.register;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample district workbook of docs/examples (a made-up district shaped like Songbei, seed 002): its rows are
 * here so the tests and the file agree. Regenerate the file with
 * {@code mvn -o -q test -pl register -am -Dtest=RegisterTest -Ddrillsim.updateSample=true}.
 */
final class SampleDistrict {
    static final Path FILE = Path.of("..", "docs", "examples", "register-sample-district.xlsx");

    static final List<List<String>> UNITS = List.of(
            List.of("编号 id", "名称 name", "类型 kind", "高危企业 high-risk", "人员密集场所 crowded", "编制预案 writes plans"),
            List.of("sb-district", "松北区应急管理局（示例）", "区政府", "否", "否", "是"),
            List.of("sb-water", "区水务局（示例）", "部门", "否", "否", "是"),
            List.of("sb-health", "区卫生健康局（示例）", "部门", "否", "否", "是"),
            List.of("jd-songbei", "松北街道（示例）", "街道", "否", "否", "是"),
            List.of("jd-wanbao", "万宝镇（示例）", "街道", "否", "否", "是"),
            List.of("ent-chem", "某化工有限公司（示例）", "企业", "是", "否", "是"),
            List.of("ent-food", "某食品有限公司（示例）", "企业", "否", "否", "是"),
            List.of("venue-mall", "某购物中心（示例）", "人员密集场所", "否", "是", "是"),
            List.of("school-1", "松北区第一中学（示例）", "学校", "否", "否", "是"),
            List.of("school-2", "松北实验小学（示例）", "学校", "否", "否", "是"));

    static final List<List<String>> PLANS = List.of(
            List.of("编号 id", "单位编号 unit", "名称 title", "类型 kind"),
            List.of("p-overall", "sb-district", "松北区突发事件总体应急预案", "总体"),
            List.of("p-flood", "sb-district", "松北区防汛应急预案", "专项"),
            List.of("p-chem", "sb-district", "松北区危险化学品事故应急预案", "专项"),
            List.of("p-water", "sb-water", "区水务局防汛抢险部门预案", "部门"),
            List.of("p-health", "sb-health", "区卫健局突发公共卫生事件部门预案", "部门"),
            List.of("p-ent-chem", "ent-chem", "生产安全事故应急预案", "单位"),
            List.of("p-ent-food", "ent-food", "生产安全事故应急预案", "单位"),
            List.of("p-mall", "venue-mall", "人员密集场所疏散预案", "单位"),
            List.of("p-school-1", "school-1", "校园应急疏散预案", "单位"),
            List.of("p-school-2", "school-2", "校园应急疏散预案", "单位"),
            List.of("p-jd-songbei", "jd-songbei", "街道综合应急预案", "单位"),
            List.of("p-jd-wanbao", "jd-wanbao", "镇综合应急预案", "单位"));

    static final List<List<String>> DRILLS = List.of(
            List.of("单位编号 unit", "预案编号 plan", "日期 date", "形式 form", "范围 scope", "状态 state", "备注 note"),
            List.of("sb-district", "p-flood", "2025-05-20", "实战", "联合", "存档", "防汛多部门联合演练"),
            List.of("sb-district", "p-chem", "2025-09-10", "实战", "综合", "总结评估", "危化品泄漏综合演练"),
            List.of("sb-district", "p-overall", "2025-11-05", "桌面推演", "综合", "实施", "总体预案桌面推演"),
            List.of("sb-water", "p-water", "2024-06-01", "实战", "单项", "存档", "泵站抢险"),
            List.of("ent-chem", "p-ent-chem", "2025-03-12", "实战", "专项", "存档", "泄漏处置"),
            List.of("ent-food", "p-ent-food", "2025-08-08", "桌面推演", "单项", "存档", ""),
            List.of("venue-mall", "p-mall", "2025-04-20", "实战", "单项", "存档", "疏散"),
            List.of("venue-mall", "p-mall", "2025-10-15", "双盲", "单项", "总结评估", "双盲疏散"),
            List.of("school-1", "p-school-1", "2025-03-01", "实战", "单项", "存档", ""),
            List.of("school-1", "p-school-1", "2025-09-15", "实战", "单项", "存档", ""),
            List.of("school-2", "p-school-2", "2025-04-10", "实战", "单项", "存档", ""),
            List.of("school-2", "p-school-2", "2025-12-01", "实战", "单项", "方案", "方案已制定，未实施"),
            List.of("jd-songbei", "p-jd-songbei", "2025-07-07", "实战", "单项", "存档", ""));

    private SampleDistrict() {
    }

    static void write(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            sheet(wb, "单位 units", UNITS);
            sheet(wb, "预案 plans", PLANS);
            sheet(wb, "演练 drills", DRILLS);
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    private static void sheet(XSSFWorkbook wb, String name, List<List<String>> rows) {
        Sheet s = wb.createSheet(name);
        for (int i = 0; i < rows.size(); i++) {
            Row r = s.createRow(i);
            for (int j = 0; j < rows.get(i).size(); j++) {
                r.createCell(j).setCellValue(rows.get(i).get(j));
            }
        }
        for (int j = 0; j < rows.get(0).size(); j++) {
            s.setColumnWidth(j, 24 * 256);
        }
    }
}
