package org.drillsim.inventory;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * Writes the inventory template (资源清单模板.xlsx): a 说明 sheet (not read on import), then one sheet per
 * {@link InventorySheet} with the Chinese heads (units in brackets) in row 1 and an example row (编号 starting
 * with 示例, skipped on import) in row 2.
 */
public final class TemplateWriter {
    private TemplateWriter() {
    }

    /** The template workbook (also used by tests to fill in rows). */
    public static XSSFWorkbook workbook() {
        XSSFWorkbook wb = new XSSFWorkbook();
        CellStyle bold = wb.createCellStyle();
        Font f = wb.createFont();
        f.setBold(true);
        bold.setFont(f);
        Sheet help = wb.createSheet("说明");
        List<String> lines = List.of(
                "资源清单模板 / inventory template — drillsim import 清单.xlsx --scenario 基础情景 --crs gcj02 --out 情景.yaml",
                "每个工作表一类资源；第1行为列名（括号内为单位），请勿改名。编号以“示例”开头的行不导入，可保留或删除。",
                "One sheet per kind of resource; row 1 holds the column heads (units in brackets) — keep them. Rows whose 编号 starts with 示例 are examples and are skipped.",
                "编号：小写字母、数字和“-”，全部设施（避难场所、储备库、医院、直升机起降点）之间不得重复。",
                "ids: lower-case letters, digits and '-', unique across all facilities.",
                "坐标：经度、纬度（度）。高德/腾讯地图为 GCJ-02（--crs gcj02），百度地图为 BD-09（--crs bd09），GPS 为 WGS-84（默认）。",
                "Coordinates: longitude, latitude in degrees; Amap / Tencent give GCJ-02 (--crs gcj02), Baidu BD-09 (--crs bd09), GPS WGS-84 (default).",
                "有数据的工作表替换基础情景中的同类资源；没有数据的工作表保留基础情景中的同类资源。",
                "A sheet with data rows replaces that kind of resource in the base scenario; a sheet without data rows keeps the base's.",
                "也可用 CSV：每个工作表一个 UTF-8 CSV 文件，文件名为工作表名（如 避难场所.csv），放在同一目录。",
                "CSV works too: one UTF-8 CSV per sheet named after it (e.g. 避难场所.csv), all in one directory.");
        for (int i = 0; i < lines.size(); i++) {
            help.createRow(i).createCell(0).setCellValue(lines.get(i));
        }
        for (InventorySheet s : InventorySheet.values()) {
            Sheet sh = wb.createSheet(s.title());
            Row head = sh.createRow(0);
            Row example = sh.createRow(1);
            for (int c = 0; c < s.columns().size(); c++) {
                Column col = s.columns().get(c);
                head.createCell(c).setCellValue(col.title());
                head.getCell(c).setCellStyle(bold);
                if (!col.example().isEmpty()) {
                    if (col.numeric()) {
                        example.createCell(c).setCellValue(Double.parseDouble(col.example()));
                    } else {
                        example.createCell(c).setCellValue(col.example());
                    }
                }
                sh.setColumnWidth(c, Math.max(10, col.title().length() * 3 + 4) * 256);
            }
            sh.createFreezePane(0, 1);
        }
        return wb;
    }

    /** Writes the template to {@code file} (atomically: a half-written template is never left behind). */
    public static void write(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + file.getFileName() + ".tmp");
        try (XSSFWorkbook wb = workbook(); OutputStream out = Files.newOutputStream(tmp)) {
            wb.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
