package org.drillsim.exporters;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.doc.KeyValue;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;

/**
 * Writes a report as an Excel workbook (XLSX, Apache POI XSSF): a summary sheet with the title
 * and metadata, then one sheet per table with a styled, frozen, filterable header row, numbers as
 * numbers (so they sum and sort), status cells coloured, and column widths fitted to the text.
 */
public final class XlsxWriter implements ReportWriter {
    private static final Text SUMMARY = Text.of("概要", "Summary");
    private static final Text SHEET = Text.of("工作表", "sheet");
    private static final int MAX_COLUMN_CHARS = 60;

    static {
        QuietLogging.quiet();
    }

    @Override
    public void write(ReportDocument report, Language lang, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles styles = new Styles(wb);
            Set<String> usedNames = new HashSet<>();
            List<Table> tables = report.tables();
            String[] names = new String[tables.size()];
            usedNames.add(SUMMARY.in(lang));
            for (int i = 0; i < tables.size(); i++) {
                Table t = tables.get(i);
                names[i] = uniqueSheetName(t.caption().isEmpty() ? t.id() : t.caption().in(lang), usedNames);
            }
            summary(wb, styles, report, lang, names);
            for (int i = 0; i < tables.size(); i++) {
                tableSheet(wb.createSheet(names[i]), styles, tables.get(i), lang);
            }
            wb.getProperties().getCoreProperties().setTitle(report.title().in(lang));
            wb.getProperties().getCoreProperties().setCreator("DrillSim");
            wb.write(out);
        }
    }

    private static void summary(XSSFWorkbook wb, Styles styles, ReportDocument report, Language lang, String[] sheetNames) {
        XSSFSheet sheet = wb.createSheet(SUMMARY.in(lang));
        int r = 0;
        XSSFCell title = sheet.createRow(r++).createCell(0);
        title.setCellValue(report.title().in(lang));
        title.setCellStyle(styles.title);
        if (!report.subtitle().isEmpty()) {
            sheet.createRow(r++).createCell(0).setCellValue(report.subtitle().in(lang));
        }
        r++;
        int keyWidth = 10;
        int valueWidth = 20;
        for (KeyValue kv : report.metadata()) {
            XSSFRow row = sheet.createRow(r++);
            XSSFCell k = row.createCell(0);
            k.setCellValue(kv.key().in(lang));
            k.setCellStyle(styles.key);
            row.createCell(1).setCellValue(kv.value().in(lang));
            keyWidth = Math.max(keyWidth, displayWidth(kv.key().in(lang)));
            valueWidth = Math.max(valueWidth, displayWidth(kv.value().in(lang)));
        }
        r++;
        for (String name : sheetNames) {
            XSSFRow row = sheet.createRow(r++);
            XSSFCell k = row.createCell(0);
            k.setCellValue(SHEET.in(lang));
            k.setCellStyle(styles.key);
            row.createCell(1).setCellValue(name);
        }
        sheet.setColumnWidth(0, width(keyWidth));
        sheet.setColumnWidth(1, width(valueWidth));
    }

    private static void tableSheet(XSSFSheet sheet, Styles styles, Table t, Language lang) {
        int[] widths = new int[t.columnCount()];
        XSSFRow head = sheet.createRow(0);
        for (int c = 0; c < t.columnCount(); c++) {
            XSSFCell cell = head.createCell(c);
            String text = t.header().get(c).in(lang);
            cell.setCellValue(text);
            cell.setCellStyle(styles.header);
            widths[c] = displayWidth(text);
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Cell> cells = t.rows().get(r);
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                XSSFCell xc = row.createCell(c);
                String shown = cell.in(lang);
                if (cell.isNumeric()) {
                    xc.setCellValue(cell.number());
                } else if (!shown.isEmpty()) {
                    xc.setCellValue(shown);
                }
                xc.setCellStyle(styles.body(cell, shown.contains("\n")));
                widths[c] = Math.max(widths[c], displayWidth(shown));
            }
        }
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, width(widths[c]));
        }
        sheet.createFreezePane(0, 1);
        // printed: landscape, one page wide, header row on every page
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        if (!t.rows().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, t.rows().size(), 0, t.columnCount() - 1));
        }
    }

    /** Width of the longest line, counting a Chinese character as two Latin ones (as Excel does). */
    static int displayWidth(String s) {
        int best = 0;
        for (String line : s.split("\n", -1)) {
            int w = 0;
            for (int i = 0; i < line.length(); ) {
                int cp = line.codePointAt(i);
                i += Character.charCount(cp);
                w += cp >= 0x2E80 ? 2 : 1;
            }
            best = Math.max(best, w);
        }
        return best;
    }

    private static int width(int chars) {
        return Math.min(Math.max(chars + 3, 8), MAX_COLUMN_CHARS) * 256;
    }

    /** A sheet name Excel accepts: no []:*?/\, at most 31 characters, not used yet. */
    static String uniqueSheetName(String wanted, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(wanted.isBlank() ? "table" : wanted.replace('\n', ' '));
        String name = base;
        for (int n = 2; containsIgnoreCase(used, name); n++) {
            String suffix = " (" + n + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        used.add(name);
        return name;
    }

    private static boolean containsIgnoreCase(Set<String> used, String name) {
        return used.stream().anyMatch(u -> u.equalsIgnoreCase(name));
    }

    /** Cell styles, created once per kind (a workbook holds a limited number). */
    private static final class Styles {
        private final XSSFWorkbook wb;
        final XSSFCellStyle title;
        final XSSFCellStyle key;
        final XSSFCellStyle header;
        private final Map<String, XSSFCellStyle> body = new HashMap<>();

        Styles(XSSFWorkbook wb) {
            this.wb = wb;
            XSSFFont big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(big);
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            key = wb.createCellStyle();
            key.setFont(bold);
            XSSFFont white = wb.createFont();
            white.setBold(true);
            white.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
            header = bordered();
            header.setFont(white);
            header.setFillForegroundColor(rgb(0x1F3A5F));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setWrapText(true);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
        }

        XSSFCellStyle body(Cell cell, boolean wrap) {
            String k = cell.status() + "|" + cell.format() + "|" + cell.decimals() + "|" + wrap;
            return body.computeIfAbsent(k, x -> {
                XSSFCellStyle s = bordered();
                s.setVerticalAlignment(VerticalAlignment.TOP);
                s.setWrapText(wrap);
                if (cell.isNumeric()) {
                    String zeros = cell.decimals() == 0 ? "0" : "0." + "0".repeat(cell.decimals());
                    String fmt = cell.format() == Cell.NumberFormat.PERCENT ? zeros + "%" : zeros;
                    s.setDataFormat(wb.createDataFormat().getFormat(fmt));
                    s.setAlignment(HorizontalAlignment.RIGHT);
                }
                if (cell.status() != Status.NONE) {
                    s.setFillForegroundColor(rgb(cell.status().background().getRGB() & 0xFFFFFF));
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return s;
            });
        }

        private XSSFCellStyle bordered() {
            XSSFCellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }

        private static XSSFColor rgb(int rgb) {
            return new XSSFColor(new byte[] {(byte) (rgb >> 16), (byte) (rgb >> 8), (byte) rgb}, null);
        }
    }
}
