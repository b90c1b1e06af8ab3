package org.drillsim.inventory;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * One sheet of an inventory as text cells: row 0 holds the column heads. Read from an XLSX workbook (every
 * sheet) or from CSV files (one file per sheet, the file name without {@code .csv} being the sheet name).
 * Numeric XLSX cells keep their full value (no display rounding), so coordinates are not cut to the shown digits.
 *
 * @param name  sheet name
 * @param rows  rows of cells; a missing cell is ""
 */
public record Table(String name, List<List<String>> rows) {

    public Table {
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The cell text at 0-based (row, col), "" when absent. */
    public String cell(int row, int col) {
        if (row >= rows.size()) {
            return "";
        }
        List<String> r = rows.get(row);
        return col < r.size() ? r.get(col) : "";
    }

    /** Every sheet of an XLSX workbook. */
    public static List<Table> readXlsx(Path file) throws IOException {
        List<Table> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            for (Sheet sh : wb) {
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sh.getLastRowNum(); r++) {
                    Row row = sh.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                            cells.add(text(row.getCell(c), fmt));
                        }
                    }
                    rows.add(cells);
                }
                out.add(new Table(sh.getSheetName().strip(), rows));
            }
        }
        return out;
    }

    private static String text(Cell c, DataFormatter fmt) {
        if (c == null) {
            return "";
        }
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t == CellType.NUMERIC) {
            double v = c.getNumericCellValue();
            // shortest text that reads back as the same double: no rounding to the cell's display format
            return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
        }
        if (t == CellType.STRING) {
            return c.getStringCellValue().strip();
        }
        return t == CellType.BLANK || t == CellType.ERROR ? "" : fmt.formatCellValue(c).strip();
    }

    /**
     * CSV input: a single {@code .csv} file is one sheet; a directory gives one sheet per {@code *.csv} in it,
     * in name order. UTF-8 (a leading byte-order mark, as Excel writes, is skipped); RFC 4180 quoting.
     */
    public static List<Table> readCsv(Path fileOrDir) throws IOException {
        List<Path> files;
        if (Files.isDirectory(fileOrDir)) {
            try (Stream<Path> s = Files.list(fileOrDir)) {
                files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")).sorted().toList();
            }
        } else {
            files = List.of(fileOrDir);
        }
        List<Table> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            name = name.substring(0, name.length() - 4);
            String text = Files.readString(f, StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            out.add(new Table(name.strip(), parseCsv(text)));
        }
        return out;
    }

    /** RFC 4180: fields separated by ',', quoted with '"' ('""' inside quotes is one quote), CRLF or LF rows. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                row.add(f.toString().strip());
                f.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(f.toString().strip());
                rows.add(row);
                row = new ArrayList<>();
                f.setLength(0);
                any = false;
            } else {
                f.append(ch);
                any = true;
            }
        }
        if (any || f.length() > 0) {
            row.add(f.toString().strip());
            rows.add(row);
        }
        return rows;
    }
}
