package org.drillsim.exporters.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.drillsim.exporters.font.CjkFonts;

/**
 * The fonts of one PDF: a TrueType Chinese font embedded as a subset (with a ToUnicode map, so
 * the text can be searched and copied), and DejaVu Sans for symbols the Chinese font lacks.
 * Splits text into runs by font and measures it.
 */
final class PdfFonts implements Closeable {
    private static final String FALLBACK = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /** A piece of text drawn with one font. */
    record Run(PDType0Font font, String text) {
    }

    private final List<Closeable> open = new ArrayList<>();
    private final TrueTypeFont mainTtf;
    private final PDType0Font main;
    private final TrueTypeFont fallbackTtf;
    private final PDType0Font fallback;

    PdfFonts(PDDocument doc) throws IOException {
        Path cjk = CjkFonts.trueTypeFont();
        mainTtf = loadTrueType(cjk);
        if (mainTtf.getUnicodeCmapLookup().getGlyphId('中') == 0) {
            close();
            throw new IllegalStateException("font " + cjk + " has no Chinese glyphs; set $" + CjkFonts.ENV + " to a Chinese TrueType font");
        }
        main = PDType0Font.load(doc, mainTtf, true);
        Path fb = Path.of(FALLBACK);
        if (Files.isReadable(fb)) {
            fallbackTtf = loadTrueType(fb);
            fallback = PDType0Font.load(doc, fallbackTtf, true);
        } else {
            fallbackTtf = null;
            fallback = null;
        }
    }

    private TrueTypeFont loadTrueType(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(file.toFile());
            open.add(ttc);
            TrueTypeFont[] first = new TrueTypeFont[1];
            ttc.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            if (first[0] == null) {
                throw new IOException("font collection " + file + " holds no font");
            }
            if (first[0].getTableMap().containsKey("CFF ")) {
                throw new IllegalStateException("font " + file + " has CFF outlines, which PDFBox cannot embed as a subset;"
                        + " use a TrueType-outline font (e.g. fonts-wqy-zenhei)");
            }
            return first[0];
        }
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        open.add(ttf);
        return ttf;
    }

    /**
     * The text as runs, each in a font that has its glyphs; characters neither font has become
     * '?', and control characters become spaces.
     */
    List<Run> runs(String text) throws IOException {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDType0Font currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isISOControl(cp)) {
                cp = ' ';
            }
            PDType0Font f;
            if (has(mainTtf, cp)) {
                f = main;
            } else if (fallbackTtf != null && has(fallbackTtf, cp)) {
                f = fallback;
            } else {
                f = main;
                cp = '?';
            }
            if (f != currentFont && current.length() > 0) {
                runs.add(new Run(currentFont, current.toString()));
                current.setLength(0);
            }
            currentFont = f;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(currentFont, current.toString()));
        }
        return runs;
    }

    private static boolean has(TrueTypeFont ttf, int cp) throws IOException {
        return cp == ' ' || ttf.getUnicodeCmapLookup().getGlyphId(cp) != 0;
    }

    /** The width of the text in points at the given size. */
    float width(String text, float size) throws IOException {
        float w = 0;
        for (Run r : runs(text)) {
            w += r.font().getStringWidth(r.text()) / 1000f * size;
        }
        return w;
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (Closeable c : open) {
            try {
                c.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        open.clear();
        if (first != null) {
            throw first;
        }
    }
}
