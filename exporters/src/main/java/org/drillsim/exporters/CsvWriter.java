package org.drillsim.exporters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Table;

/**
 * Writes tables as CSV (RFC 4180: comma-separated, CRLF line ends, fields with comma, quote or
 * line break quoted, quotes doubled), in UTF-8 with a byte-order mark so Excel opens Chinese
 * correctly. Text that a spreadsheet would run as a formula (starting with = + - @) is prefixed
 * with an apostrophe, as OWASP advises against CSV injection.
 */
public final class CsvWriter {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Writes one table: the header row, then the data rows. The stream is left open. */
    public void write(Table table, Language lang, OutputStream out) throws IOException {
        out.write(BOM);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = table.header().stream().map(t -> t.in(lang)).toList();
        record(w, header);
        for (List<Cell> row : table.rows()) {
            List<String> fields = new ArrayList<>(row.size());
            for (Cell c : row) {
                fields.add(c.isNumeric() ? c.in(lang) : neutralise(c.in(lang)));
            }
            record(w, fields);
        }
        w.flush();
    }

    /**
     * Writes every table of the report into {@code dir} as {@code <table id>.csv}, each file atomically.
     *
     * @return the files written, in the report's order
     */
    public List<Path> writeAll(ReportDocument report, Language lang, Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Table t : report.tables()) {
            Path f = dir.resolve(t.id() + ".csv");
            AtomicFiles.write(f, out -> write(t, lang, out));
            files.add(f);
        }
        return files;
    }

    private static void record(Writer w, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(fields.get(i)));
        }
        w.write("\r\n");
    }

    /** The field quoted when it holds a comma, quote, line break or edge space. */
    static String quote(String field) {
        boolean needs = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || !field.equals(field.strip());
        return needs ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    /** Text a spreadsheet would take for a formula gets a leading apostrophe. */
    static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
