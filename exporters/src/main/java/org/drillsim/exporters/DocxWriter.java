package org.drillsim.exporters;

import org.drillsim.exporters.doc.ColumnWidths;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
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
import org.drillsim.exporters.svg.Java2DRenderer;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a report as a Word document (DOCX, Apache POI XWPF) that opens well in Word and WPS:
 * real Heading 1–3 styles (so the navigation pane and a table of contents work), tables with
 * borders and a repeated header row, figures as PNG, A4 pages, and East-Asian fonts (宋体 body,
 * 黑体 headings) set in the styles so Chinese renders without manual fixing.
 */
public final class DocxWriter implements ReportWriter {
    /** Body font for Chinese text. */
    static final String BODY_EAST_ASIA = "宋体";
    /** Heading font for Chinese text. */
    static final String HEADING_EAST_ASIA = "黑体";
    private static final String BODY_LATIN = "Times New Roman";
    private static final String HEADING_LATIN = "Arial";
    /** A4 in twentieths of a point, with 2.5 cm margins. */
    private static final int PAGE_W = 11906;
    private static final int PAGE_H = 16838;
    private static final int MARGIN = 1418;
    private static final int TEXT_TWIPS = PAGE_W - 2 * MARGIN;
    private static final double TEXT_WIDTH_CM = TEXT_TWIPS / 567.0;
    /** Twentieths of a point per Latin character at 10.5 pt (a Chinese character counts two). */
    private static final double TWIPS_PER_CHAR = 115;
    private static final double CELL_PADDING_TWIPS = 2 * 90 + 60;
    private static final String HEADER_FILL = "1F3A5F";
    private static final String BORDER = "808080";

    static {
        QuietLogging.quiet();
    }

    @Override
    public void write(ReportDocument report, Language lang, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            pageSetup(doc);
            styles(doc, lang);
            footer(doc, report, lang);
            var core = doc.getProperties().getCoreProperties();
            core.setTitle(report.title().in(lang));
            core.setCreator("DrillSim");
            if (!report.subtitle().isEmpty()) {
                core.setSubjectProperty(report.subtitle().in(lang));
            }

            XWPFParagraph title = doc.createParagraph();
            title.setStyle("Title");
            text(title.createRun(), report.title().in(lang));
            if (!report.subtitle().isEmpty()) {
                XWPFParagraph sub = doc.createParagraph();
                sub.setStyle("Subtitle");
                text(sub.createRun(), report.subtitle().in(lang));
            }
            if (!report.metadata().isEmpty()) {
                keyValues(doc, report.metadata(), lang);
            }
            for (Section s : report.sections()) {
                XWPFParagraph h = doc.createParagraph();
                h.setStyle("Heading" + s.level());
                text(h.createRun(), s.heading().in(lang));
                for (Block b : s.blocks()) {
                    block(doc, b, lang);
                }
            }
            doc.write(out);
        }
    }

    private static void block(XWPFDocument doc, Block b, Language lang) throws IOException {
        if (b instanceof Paragraph p) {
            XWPFParagraph para = doc.createParagraph();
            if (p.note()) {
                para.setStyle("Note");
            }
            text(para.createRun(), p.text().in(lang));
        } else if (b instanceof KeyValues kv) {
            keyValues(doc, kv.entries(), lang);
        } else if (b instanceof Table t) {
            table(doc, t, lang);
        } else if (b instanceof Figure f) {
            figure(doc, f, lang);
        } else {
            throw new IllegalStateException("unknown block " + b.getClass());
        }
    }

    private static void keyValues(XWPFDocument doc, List<KeyValue> entries, Language lang) {
        XWPFTable table = doc.createTable(entries.size(), 2);
        borders(table);
        int keyTwips = TEXT_TWIPS * 28 / 100;
        fixWidths(table, new int[] {keyTwips, TEXT_TWIPS - keyTwips});
        for (int r = 0; r < entries.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            cellText(row.getCell(0), entries.get(r).key().in(lang), true, false);
            row.getCell(0).setColor("EEF1F5");
            cellText(row.getCell(1), entries.get(r).value().in(lang), false, false);
        }
        doc.createParagraph();
    }

    private static void table(XWPFDocument doc, Table t, Language lang) {
        if (!t.caption().isEmpty()) {
            XWPFParagraph cap = doc.createParagraph();
            cap.setStyle("Caption");
            cap.setKeepNext(true); // the caption stays on the page of its table
            text(cap.createRun(), t.caption().in(lang));
        }
        XWPFTable table = doc.createTable(t.rows().size() + 1, t.columnCount());
        borders(table);
        int[] twips = columnTwips(t, lang);
        fixWidths(table, twips);
        table.setTableAlignment(TableRowAlign.CENTER);
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < t.columnCount(); c++) {
            XWPFTableCell cell = head.getCell(c);
            cell.setColor(HEADER_FILL);
            XWPFRun run = cellText(cell, t.header().get(c).in(lang), true, t.isNumericColumn(c));
            run.setColor("FFFFFF");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<Cell> cells = t.rows().get(r);
            if (cells.stream().skip(1).allMatch(c -> c.text().isEmpty())) {
                row.setHeight(567); // an empty row to fill in by hand: 1 cm high
            }
            for (int c = 0; c < cells.size(); c++) {
                Cell cell = cells.get(c);
                XWPFTableCell tc = row.getCell(c);
                cellText(tc, cell.in(lang), cell.status() == Status.FAIL, cell.isNumeric());
                if (cell.status() != Status.NONE) {
                    tc.setColor(cell.status().hex().substring(1));
                }
            }
        }
        doc.createParagraph();
    }

    private static void figure(XWPFDocument doc, Figure f, Language lang) throws IOException {
        byte[] png = Java2DRenderer.png(f.drawing(), lang, 2.0);
        double widthCm = TEXT_WIDTH_CM;
        double heightCm = widthCm * f.drawing().height() / f.drawing().width();
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setKeepNext(true);
        try {
            p.createRun().addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, "figure.png",
                    Units.toEMU(widthCm / 2.54 * 72), Units.toEMU(heightCm / 2.54 * 72));
        } catch (InvalidFormatException e) {
            throw new IOException("could not embed figure '" + f.caption().both() + "'", e);
        }
        XWPFParagraph cap = doc.createParagraph();
        cap.setStyle("Caption");
        cap.setAlignment(ParagraphAlignment.CENTER);
        text(cap.createRun(), f.caption().in(lang));
    }

    /** Column widths from the text they hold, filling the text width. */
    private static int[] columnTwips(Table t, Language lang) {
        int cols = t.columnCount();
        double[] natural = new double[cols];
        double[] minimum = new double[cols];
        for (int c = 0; c < cols; c++) {
            measure(t.header().get(c).in(lang), c, natural, minimum);
            for (List<Cell> row : t.rows()) {
                measure(row.get(c).in(lang), c, natural, minimum);
            }
        }
        double[] w = t.weights().isEmpty() ? ColumnWidths.fit(natural, minimum, TEXT_TWIPS)
                : ColumnWidths.fromWeights(t.weights(), TEXT_TWIPS);
        int[] twips = new int[cols];
        for (int c = 0; c < cols; c++) {
            twips[c] = (int) Math.round(w[c]);
        }
        return twips;
    }

    private static void measure(String text, int c, double[] natural, double[] minimum) {
        natural[c] = Math.max(natural[c], XlsxWriter.displayWidth(text) * TWIPS_PER_CHAR + CELL_PADDING_TWIPS);
        for (String word : text.split("[\\s\\p{IsHan}]+")) {
            minimum[c] = Math.max(minimum[c], word.length() * TWIPS_PER_CHAR + CELL_PADDING_TWIPS);
        }
        if (text.codePoints().anyMatch(cp -> cp >= 0x2E80)) {
            minimum[c] = Math.max(minimum[c], 2 * TWIPS_PER_CHAR + CELL_PADDING_TWIPS);
        }
    }

    /** Fixed column widths in the table grid and in every cell, as Word and WPS both honour them. */
    private static void fixWidths(XWPFTable table, int[] twips) {
        var tblPr = table.getCTTbl().getTblPr();
        var layout = tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout();
        layout.setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
        table.setWidth(Integer.toString(TEXT_TWIPS));
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : twips) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int c = 0; c < twips.length; c++) {
                row.getCell(c).setWidth(Integer.toString(twips[c]));
            }
        }
    }

    private static XWPFRun cellText(XWPFTableCell cell, String value, boolean bold, boolean right) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        if (right) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
        XWPFRun run = p.createRun();
        run.setBold(bold);
        run.setFontSize(10.5);
        text(run, value);
        return run;
    }

    /** Sets text, turning line breaks into Word line breaks. */
    private static void text(XWPFRun run, String value) {
        String[] lines = value.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i], i);
        }
    }

    private static void borders(XWPFTable t) {
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, BORDER);
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, BORDER);
        t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, BORDER);
        t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 6, 0, BORDER);
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, BORDER);
        t.setCellMargins(40, 90, 40, 90);
    }

    /** A footer with the title and the page number as a PAGE field, so Word and WPS number the pages. */
    private static void footer(XWPFDocument doc, ReportDocument report, Language lang) {
        XWPFParagraph p = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun title = p.createRun();
        title.setFontSize(9);
        title.setColor("777777");
        title.setText(report.title().in(lang) + (lang == Language.ZH ? "　第 " : "  page "));
        var field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        var number = field.addNewR();
        number.addNewT().setStringValue("1");
        XWPFRun after = p.createRun();
        after.setFontSize(9);
        after.setColor("777777");
        after.setText(lang == Language.ZH ? " 页" : "");
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr() : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(MARGIN));
        mar.setBottom(BigInteger.valueOf(MARGIN));
        mar.setLeft(BigInteger.valueOf(MARGIN));
        mar.setRight(BigInteger.valueOf(MARGIN));
    }

    /** Document defaults and the paragraph styles the writer uses. */
    private static void styles(XWPFDocument doc, Language lang) {
        XWPFStyles styles = doc.createStyles();
        CTStyles ct = CTStyles.Factory.newInstance();
        CTDocDefaults defaults = ct.addNewDocDefaults();
        CTRPr rpr = defaults.addNewRPrDefault().addNewRPr();
        fonts(rpr.addNewRFonts(), BODY_LATIN, BODY_EAST_ASIA);
        rpr.addNewSz().setVal(BigInteger.valueOf(21)); // 10.5 pt, 五号
        rpr.addNewSzCs().setVal(BigInteger.valueOf(21));
        var language = rpr.addNewLang();
        language.setVal(lang == Language.ZH ? "zh-CN" : "en-US");
        language.setEastAsia("zh-CN");
        CTSpacing sp = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
        sp.setAfter(BigInteger.valueOf(120));
        sp.setLine(BigInteger.valueOf(300));
        // "auto" = proportional (1.25 lines); without it some readers fix the line height and clip pictures
        sp.setLineRule(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule.AUTO);
        styles.setStyles(ct);

        styles.addStyle(paragraphStyle("Normal", "Normal", null, 21, false, null, null, null));
        styles.addStyle(paragraphStyle("Title", "Title", "Normal", 36, true, "1F3A5F", 240, ParagraphAlignment.CENTER));
        styles.addStyle(paragraphStyle("Subtitle", "Subtitle", "Normal", 24, false, "555555", 240, ParagraphAlignment.CENTER));
        styles.addStyle(heading(1, 32));
        styles.addStyle(heading(2, 28));
        styles.addStyle(heading(3, 24));
        styles.addStyle(paragraphStyle("Caption", "caption", "Normal", 20, true, "333333", 60, null));
        styles.addStyle(paragraphStyle("Note", "Note", "Normal", 18, false, "666666", null, null));
    }

    private static XWPFStyle heading(int level, int halfPoints) {
        XWPFStyle s = paragraphStyle("Heading" + level, "heading " + level, "Normal", halfPoints, true, "1F3A5F", 200, null);
        CTStyle ct = s.getCTStyle();
        CTPPrGeneral ppr = ct.getPPr();
        ppr.addNewKeepNext();
        ppr.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
        ct.addNewUiPriority().setVal(BigInteger.valueOf(9));
        ct.addNewQFormat();
        fonts(ct.getRPr().getRFontsArray(0), HEADING_LATIN, HEADING_EAST_ASIA);
        return s;
    }

    private static XWPFStyle paragraphStyle(String id, String name, String basedOn, int halfPoints, boolean bold,
                                            String colour, Integer spaceBefore, ParagraphAlignment align) {
        CTStyle ct = CTStyle.Factory.newInstance();
        ct.setStyleId(id);
        ct.setType(STStyleType.PARAGRAPH);
        ct.addNewName().setVal(name);
        if (basedOn != null) {
            ct.addNewBasedOn().setVal(basedOn);
            ct.addNewNext().setVal("Normal");
        } else {
            ct.setDefault(true);
        }
        CTPPrGeneral ppr = ct.addNewPPr();
        if (spaceBefore != null) {
            ppr.addNewSpacing().setBefore(BigInteger.valueOf(spaceBefore));
        }
        if (align != null) {
            ppr.addNewJc().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc.Enum.forInt(align.getValue()));
        }
        CTRPr rpr = ct.addNewRPr();
        rpr.addNewRFonts();
        if (bold) {
            rpr.addNewB();
        }
        if (colour != null) {
            rpr.addNewColor().setVal(colour);
        }
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
        return new XWPFStyle(ct);
    }

    private static void fonts(CTFonts f, String latin, String eastAsia) {
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setCs(latin);
        f.setEastAsia(eastAsia);
    }
}
