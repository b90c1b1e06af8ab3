package org.drillsim.exporters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;

/** The file formats a report can be exported to, and how each is written. */
public enum ReportFormat {
    /** One self-contained web page. */
    HTML("html"),
    /** A Word document. */
    DOCX("docx"),
    /** An Excel workbook, one sheet per table. */
    XLSX("xlsx"),
    /** A PDF with an embedded Chinese font. */
    PDF("pdf"),
    /** The map layers as one GeoJSON FeatureCollection. */
    GEOJSON("geojson"),
    /** One CSV file per table, in a directory. */
    CSV("csv");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** True when the format writes a directory of files rather than one file. */
    public boolean writesDirectory() {
        return this == CSV;
    }

    /**
     * Parses a format name such as {@code docx} (case-insensitive).
     *
     * @throws IllegalArgumentException naming the value and the accepted names
     */
    public static ReportFormat parse(String name) {
        String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
        for (ReportFormat f : values()) {
            if (f.extension.equals(n) || (f == GEOJSON && n.equals("json"))) {
                return f;
            }
        }
        throw new IllegalArgumentException("格式无效 / unknown format '" + name + "': expected one of "
                + String.join(", ", Arrays.stream(values()).map(ReportFormat::extension).toList()));
    }

    /**
     * Writes the report to {@code target} (a file, or for CSV a directory), atomically per file.
     *
     * @return the files written
     */
    public List<Path> write(ReportDocument report, Language lang, Path target) throws IOException {
        if (this == CSV) {
            if (Files.exists(target) && !Files.isDirectory(target)) {
                throw new IOException("CSV export writes one file per table into a directory, but " + target + " is a file");
            }
            Files.createDirectories(target);
            return new CsvWriter().writeAll(report, lang, target);
        }
        if (Files.isDirectory(target)) {
            throw new org.drillsim.runformat.OutputRefusedException("拒绝覆盖 / refusing to replace " + target
                    + ": 是目录 / is a directory; give a file name such as report." + extension);
        }
        ReportWriter writer = switch (this) {
            case HTML -> new HtmlWriter();
            case DOCX -> new DocxWriter();
            case XLSX -> new XlsxWriter();
            case PDF -> new PdfWriter();
            case GEOJSON -> new GeoJsonWriter();
            case CSV -> throw new IllegalStateException("handled above");
        };
        AtomicFiles.write(target, out -> writer.write(report, lang, out));
        return List.of(target);
    }
}
