package org.drillsim.exporters;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.drillsim.exporters.doc.Block;
import org.drillsim.exporters.doc.Cell;
import org.drillsim.exporters.doc.Figure;
import org.drillsim.exporters.doc.KeyValue;
import org.drillsim.exporters.doc.KeyValues;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.Paragraph;
import org.drillsim.exporters.doc.ReportDocument;
import org.drillsim.exporters.doc.Section;
import org.drillsim.exporters.text.Status;
import org.drillsim.exporters.doc.Table;
import org.drillsim.exporters.text.Text;
import org.drillsim.exporters.pdf.PdfPages;
import org.drillsim.exporters.svg.Java2DRenderer;

/**
 * Writes a report as PDF (PDFBox 3) on A4 pages with a TrueType Chinese font embedded as a
 * subset, so Chinese prints, and can be searched and copied, on any machine. Tables wrap their
 * text, repeat their header row on each page and colour status cells; figures are embedded as
 * images; pages are numbered.
 */
public final class PdfWriter implements ReportWriter {
    private static final Text PAGE = Text.of("第 %d 页 / 共 %d 页", "page %d of %d");

    static {
        QuietLogging.quiet();
    }

    @Override
    public void write(ReportDocument report, Language lang, OutputStream out) throws IOException {
        try (PDDocument doc = new PDDocument(); PdfPages pages = new PdfPages(doc)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(report.title().in(lang));
            info.setCreator("DrillSim");
            info.setProducer("DrillSim (Apache PDFBox)");
            info.setCreationDate(Calendar.getInstance());
            doc.getDocumentCatalog().setLanguage(lang.tag());

            pages.title(report.title().in(lang), report.subtitle().in(lang));
            if (!report.metadata().isEmpty()) {
                keyValues(pages, report.metadata(), lang);
            }
            for (Section s : report.sections()) {
                if (!s.blocks().isEmpty() && s.blocks().get(0) instanceof Figure f) {
                    pages.heading(s.level(), s.heading().in(lang), pages.imageHeight((float) (f.drawing().height() / f.drawing().width())));
                } else {
                    pages.heading(s.level(), s.heading().in(lang));
                }
                for (Block b : s.blocks()) {
                    block(pages, b, lang);
                }
            }
            pages.finish(report.title().in(lang), PAGE.in(lang));
            doc.save(out);
        }
    }

    private static void block(PdfPages pages, Block b, Language lang) throws IOException {
        if (b instanceof Paragraph p) {
            if (p.note()) {
                pages.paragraph(p.text().in(lang), 8.5f, new Color(0x666666));
            } else {
                pages.paragraph(p.text().in(lang), 10.5f, new Color(0x1D1D1F));
            }
        } else if (b instanceof KeyValues kv) {
            keyValues(pages, kv.entries(), lang);
        } else if (b instanceof Table t) {
            table(pages, t, lang);
        } else if (b instanceof Figure f) {
            BufferedImage img = Java2DRenderer.render(f.drawing(), lang, 2.0);
            PDImageXObject image = LosslessFactory.createFromImage(pages.document(), img);
            pages.image(image, (float) (f.drawing().height() / f.drawing().width()), f.caption().in(lang));
        } else {
            throw new IllegalStateException("unknown block " + b.getClass());
        }
    }

    private static void keyValues(PdfPages pages, List<KeyValue> entries, Language lang) throws IOException {
        List<List<PdfPages.CellText>> rows = new ArrayList<>();
        for (KeyValue kv : entries) {
            rows.add(List.of(new PdfPages.CellText(kv.key().in(lang), true, false, new Color(0xEEF1F5)),
                    new PdfPages.CellText(kv.value().in(lang), false, false, null)));
        }
        pages.table(null, null, rows, List.of());
    }

    private static void table(PdfPages pages, Table t, Language lang) throws IOException {
        List<PdfPages.CellText> header = new ArrayList<>();
        for (int c = 0; c < t.columnCount(); c++) {
            header.add(new PdfPages.CellText(t.header().get(c).in(lang), true, t.isNumericColumn(c), null));
        }
        List<List<PdfPages.CellText>> rows = new ArrayList<>();
        for (List<Cell> row : t.rows()) {
            List<PdfPages.CellText> cells = new ArrayList<>();
            for (Cell cell : row) {
                cells.add(new PdfPages.CellText(cell.in(lang), cell.status() == Status.FAIL, cell.isNumeric(),
                        cell.status().background()));
            }
            rows.add(cells);
        }
        pages.table(t.caption().isEmpty() ? null : t.caption().in(lang), header, rows, t.weights());
    }
}
