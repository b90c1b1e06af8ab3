package org.drillsim.exporters.pdf;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.drillsim.exporters.doc.ColumnWidths;

/**
 * Lays text, tables and images out on A4 pages top to bottom, starting a new page when the
 * next piece does not fit. Knows nothing of reports: {@code PdfWriter} drives it.
 */
public final class PdfPages implements Closeable {
    private static final PDRectangle SIZE = PDRectangle.A4;
    private static final float MARGIN = 56f;
    private static final float BOTTOM = 64f;
    private static final float WIDTH = SIZE.getWidth() - 2 * MARGIN;
    private static final Color HEAD = new Color(0x1F3A5F);
    private static final Color INK = new Color(0x1D1D1F);
    private static final Color LINE = new Color(0x9AA0A6);
    private static final float TABLE_FONT = 9f;
    private static final float CELL_PAD = 4f;

    /** One table cell's text and look. */
    public record CellText(String text, boolean bold, boolean right, Color fill) {
    }

    private final PDDocument doc;
    private final PdfFonts fonts;
    private PDPageContentStream cs;
    private float y;

    /** Starts laying out into {@code doc}; loads and embeds the fonts. */
    public PdfPages(PDDocument doc) throws IOException {
        this.doc = doc;
        this.fonts = new PdfFonts(doc);
    }

    /** The document being filled. */
    public PDDocument document() {
        return doc;
    }

    /** The report title, centred, with an optional subtitle. */
    public void title(String title, String subtitle) throws IOException {
        newPage();
        y -= 20;
        for (String line : TextWrap.wrap(title, WIDTH, s -> fonts.width(s, 22))) {
            centred(line, 22, HEAD, true);
            y -= 30;
        }
        if (!subtitle.isEmpty()) {
            for (String line : TextWrap.wrap(subtitle, WIDTH, s -> fonts.width(s, 13))) {
                centred(line, 13, new Color(0x555555), false);
                y -= 19;
            }
        }
        y -= 6;
        cs.setStrokingColor(HEAD);
        cs.setLineWidth(2f);
        cs.moveTo(MARGIN, y);
        cs.lineTo(MARGIN + WIDTH, y);
        cs.stroke();
        y -= 18;
    }

    /** A heading of level 1 to 3, kept on a page with at least a few lines after it. */
    public void heading(int level, String text) throws IOException {
        heading(level, text, 70);
    }

    /**
     * A heading of level 1 to 3, kept on a page with the {@code keepWithNext} points of what follows it
     * (e.g. {@link #imageHeight}: a heading must not stay behind at the foot of a page while its figure
     * moves on to the next).
     */
    public void heading(int level, String text, float keepWithNext) throws IOException {
        float size = level == 1 ? 16f : level == 2 ? 13.5f : 12f;
        List<String> lines = TextWrap.wrap(text, WIDTH, s -> fonts.width(s, size));
        float needed = lines.size() * size * 1.5f + keepWithNext;
        y -= level == 1 ? 12 : 8;
        ensure(needed);
        for (String line : lines) {
            y -= size * 1.2f;
            text(MARGIN, y, line, size, HEAD, true);
            y -= size * 0.3f;
        }
        if (level == 1) {
            cs.setStrokingColor(HEAD);
            cs.setLineWidth(0.8f);
            cs.moveTo(MARGIN, y - 2);
            cs.lineTo(MARGIN + WIDTH, y - 2);
            cs.stroke();
            y -= 6;
        }
        y -= 6;
    }

    /** A paragraph of running text. */
    public void paragraph(String text, float size, Color colour) throws IOException {
        float leading = size * 1.6f;
        for (String line : TextWrap.wrap(text, WIDTH, s -> fonts.width(s, size))) {
            ensure(leading);
            y -= leading;
            text(MARGIN, y + size * 0.35f, line, size, colour, false);
        }
        y -= size * 0.6f;
    }

    /**
     * A table filling the text width; the header (if any) repeats on every page it spans.
     *
     * @param caption shown above, or null
     * @param header  the header cells, or null for a table without header
     * @param rows    the rows, each as wide as the header
     * @param weights relative column widths, or empty to fit them to the text
     */
    public void table(String caption, List<CellText> header, List<List<CellText>> rows, List<Double> weights)
            throws IOException {
        int cols = header != null ? header.size() : rows.isEmpty() ? 0 : rows.get(0).size();
        if (cols == 0) {
            return;
        }
        float[] widths = weights.isEmpty() ? columnWidths(header, rows, cols) : toFloat(ColumnWidths.fromWeights(weights, WIDTH));
        List<List<String>> headLines = header == null ? null : cellLines(header, widths);
        float headHeight = header == null ? 0 : rowHeight(headLines);
        if (caption != null) {
            // keep the caption with the header and the first row
            float firstRow = rows.isEmpty() ? 0 : rowHeight(cellLines(rows.get(0), widths));
            ensure(20 + headHeight + firstRow);
            y -= 14;
            text(MARGIN, y, caption, 10.5f, INK, true);
            y -= 6;
        }
        boolean headerDrawn = false;
        for (List<CellText> row : rows) {
            List<List<String>> lines = cellLines(row, widths);
            float h = rowHeight(lines);
            if (row.stream().skip(1).allMatch(c -> c.text().isEmpty())) {
                h = Math.max(h, 28f); // an empty row to fill in by hand: room to write
            }
            if (y - h - (headerDrawn ? 0 : headHeight) < BOTTOM) {
                newPage();
                headerDrawn = false;
            }
            if (header != null && !headerDrawn) {
                drawRow(header, headLines, widths, headHeight, true);
                headerDrawn = true;
            }
            drawRow(row, lines, widths, h, false);
        }
        if (rows.isEmpty() && header != null) {
            ensure(headHeight);
            drawRow(header, headLines, widths, headHeight, true);
        }
        y -= 12;
    }

    /** The height {@link #image} needs on the page for an image of this shape, before its caption's lines. */
    public float imageHeight(float heightToWidth) {
        return Math.min(WIDTH * heightToWidth, maxImageHeight()) + 28;
    }

    private float maxImageHeight() {
        return SIZE.getHeight() - MARGIN - BOTTOM - 40;
    }

    /** An image scaled to the text width (never enlarged past it), with a caption under it. */
    public void image(PDImageXObject image, float heightToWidth, String caption) throws IOException {
        float w = WIDTH;
        float h = w * heightToWidth;
        float maxH = maxImageHeight();
        if (h > maxH) {
            h = maxH;
            w = h / heightToWidth;
        }
        ensure(h + 28);
        y -= h;
        cs.drawImage(image, MARGIN + (WIDTH - w) / 2, y, w, h);
        y -= 14;
        for (String line : TextWrap.wrap(caption, WIDTH, s -> fonts.width(s, 9.5f))) {
            centred(line, 9.5f, new Color(0x444444), false);
            y -= 14;
        }
        y -= 6;
    }

    /** Closes the last page and numbers every page in its footer. */
    public void finish(String title, String pageFormat) throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String label = String.format(pageFormat, i + 1, n);
                float size = 8.5f;
                footer.setStrokingColor(LINE);
                footer.setLineWidth(0.5f);
                footer.moveTo(MARGIN, 44);
                footer.lineTo(MARGIN + WIDTH, 44);
                footer.stroke();
                String shortTitle = TextWrap.wrap(title, WIDTH * 0.65f, s -> fonts.width(s, size)).get(0);
                write(footer, MARGIN, 32, shortTitle, size, LINE, false);
                write(footer, MARGIN + WIDTH - fonts.width(label, size), 32, label, size, LINE, false);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        } finally {
            fonts.close();
        }
    }

    // ---- layout helpers ----

    private void ensure(float height) throws IOException {
        if (cs == null || y - height < BOTTOM) {
            newPage();
        }
    }

    private void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(SIZE);
        doc.addPage(page);
        cs = new PDPageContentStream(doc, page);
        y = SIZE.getHeight() - MARGIN;
    }

    private float[] columnWidths(List<CellText> header, List<List<CellText>> rows, int cols) throws IOException {
        float[] natural = new float[cols];
        float[] minimum = new float[cols];
        List<List<CellText>> all = new ArrayList<>(rows);
        if (header != null) {
            all.add(header);
        }
        for (List<CellText> row : all) {
            for (int c = 0; c < cols; c++) {
                for (String line : row.get(c).text().split("\n", -1)) {
                    natural[c] = Math.max(natural[c], fonts.width(line, TABLE_FONT) + 2 * CELL_PAD + 1);
                    for (String token : TextWrap.tokens(line)) {
                        minimum[c] = Math.max(minimum[c], fonts.width(token, TABLE_FONT) + 2 * CELL_PAD + 1);
                    }
                }
            }
        }
        return toFloat(ColumnWidths.fit(toDouble(natural), toDouble(minimum), WIDTH));
    }

    private static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            f[i] = (float) a[i];
        }
        return f;
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }

    private List<List<String>> cellLines(List<CellText> row, float[] widths) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            float inner = widths[c] - 2 * CELL_PAD;
            lines.add(TextWrap.wrap(row.get(c).text(), inner, s -> fonts.width(s, TABLE_FONT)));
        }
        return lines;
    }

    private static float rowHeight(List<List<String>> lines) {
        int most = 1;
        for (List<String> l : lines) {
            most = Math.max(most, l.size());
        }
        return most * TABLE_FONT * 1.45f + 2 * CELL_PAD;
    }

    private void drawRow(List<CellText> cells, List<List<String>> lines, float[] widths, float h, boolean header)
            throws IOException {
        float x = MARGIN;
        for (int c = 0; c < widths.length; c++) {
            CellText cell = cells.get(c);
            Color fill = header ? HEAD : cell.fill();
            if (fill != null) {
                cs.setNonStrokingColor(fill);
                cs.addRect(x, y - h, widths[c], h);
                cs.fill();
            }
            cs.setStrokingColor(LINE);
            cs.setLineWidth(0.5f);
            cs.addRect(x, y - h, widths[c], h);
            cs.stroke();
            float ty = y - CELL_PAD - TABLE_FONT;
            for (String line : lines.get(c)) {
                float tx = cell.right() ? x + widths[c] - CELL_PAD - fonts.width(line, TABLE_FONT) : x + CELL_PAD;
                text(tx, ty, line, TABLE_FONT, header ? Color.WHITE : INK, cell.bold() || header);
                ty -= TABLE_FONT * 1.45f;
            }
            x += widths[c];
        }
        y -= h;
    }

    private void centred(String line, float size, Color colour, boolean bold) throws IOException {
        text(MARGIN + (WIDTH - fonts.width(line, size)) / 2, y, line, size, colour, bold);
    }

    private void text(float x, float baseline, String s, float size, Color colour, boolean bold) throws IOException {
        write(cs, x, baseline, s, size, colour, bold);
    }

    /** Draws one line; bold is simulated by stroking the glyph outlines (the Chinese font has no bold face). */
    private void write(PDPageContentStream out, float x, float baseline, String s, float size, Color colour, boolean bold)
            throws IOException {
        if (s.isEmpty()) {
            return;
        }
        out.beginText();
        out.setNonStrokingColor(colour);
        if (bold) {
            out.setStrokingColor(colour);
            out.setLineWidth(size * 0.035f);
            out.setRenderingMode(RenderingMode.FILL_STROKE);
        } else {
            out.setRenderingMode(RenderingMode.FILL);
        }
        out.newLineAtOffset(x, baseline);
        for (PdfFonts.Run run : fonts.runs(s)) {
            out.setFont(run.font(), size);
            out.showText(run.text());
        }
        out.endText();
    }
}
