package org.drillsim.exporters.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a Chinese font on this machine. PDF reports must embed a font with TrueType outlines:
 * PDFBox cannot subset the CFF-based OpenType fonts (such as Noto Sans CJK), so those are used
 * only for pictures, never for PDFs. Set {@code $DRILLSIM_CJK_FONT} to a .ttf / .ttc file to choose one;
 * else the well-known files are tried, then any TrueType font in the system's font folders that draws 中.
 */
public final class CjkFonts {
    /** Environment variable naming a TrueType (.ttf / .ttc) Chinese font to use instead of the defaults. */
    public static final String ENV = "DRILLSIM_CJK_FONT";
    /** System property with the same meaning, set by the packaged application to its bundled font. */
    public static final String PROPERTY = "drillsim.cjkFont";

    /** TrueType-outline Chinese fonts in order of preference: Debian packages first, then Windows. */
    static final List<String> TRUETYPE_CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",          // Debian fonts-wqy-zenhei
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",        // Debian fonts-wqy-microhei
            "/usr/share/fonts/truetype/arphic/uming.ttc",            // Debian fonts-arphic-uming
            "/usr/share/fonts/truetype/arphic/ukai.ttc",             // Debian fonts-arphic-ukai
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/simsun.ttc",
            "C:/Windows/Fonts/simhei.ttf",
            "C:/Windows/Fonts/msyh.ttc");

    /** Fonts that draw Chinese on screen and in pictures (CFF outlines are fine there). */
    static final List<String> PICTURE_ONLY_CANDIDATES = List.of(
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc");

    /** The system's font folders (Linux, Windows, macOS), searched when no well-known file is there. */
    static final List<String> FONT_DIRS = List.of("/usr/share/fonts", "/usr/local/share/fonts", "C:/Windows/Fonts",
            "/Library/Fonts", "/System/Library/Fonts");

    private static volatile Font awtFont;
    private static volatile Optional<Path> scanned;

    private CjkFonts() {
    }

    /**
     * The TrueType Chinese font for PDF embedding.
     *
     * @throws IllegalStateException saying which package to install when none is found
     */
    public static Path trueTypeFont() {
        return findTrueType().orElseThrow(() -> new IllegalStateException(
                "未找到可嵌入PDF的中文TrueType字体，请安装一种（Debian/Ubuntu：apt-get install fonts-wqy-zenhei）或设置 $" + ENV
                        + " / no TrueType Chinese font for the PDF: install one (Debian/Ubuntu: apt-get install "
                        + "fonts-wqy-zenhei) or set $" + ENV + " to a .ttf/.ttc file; DOCX, XLSX and HTML need no font"));
    }

    /** The TrueType Chinese font, if any: {@code $DRILLSIM_CJK_FONT}, then {@code -Ddrillsim.cjkFont}, then the known places. */
    public static Optional<Path> findTrueType() {
        String override = System.getenv(ENV);
        if (override == null || override.isBlank()) {
            override = System.getProperty(PROPERTY);
        }
        if (override != null && !override.isBlank()) {
            Path p = Path.of(override.trim());
            if (!Files.isReadable(p)) {
                throw new IllegalStateException("$" + ENV + " names a font that cannot be read: " + p);
            }
            return Optional.of(p);
        }
        for (String c : TRUETYPE_CANDIDATES) {
            Path p = Path.of(c);
            if (Files.isReadable(p)) {
                return Optional.of(p);
            }
        }
        Optional<Path> s = scanned;
        if (s == null) {
            s = scanFontDirs();
            scanned = s;
        }
        return s;
    }

    /** The first TrueType-outline font (file names sorted) in the font folders that has a glyph for 中. */
    static Optional<Path> scanFontDirs() {
        List<Path> files = new ArrayList<>();
        for (String d : FONT_DIRS) {
            Path dir = Path.of(d);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir, 6)) {
                walk.filter(p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return (n.endsWith(".ttf") || n.endsWith(".ttc")) && Files.isReadable(p);
                }).sorted().forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // an unreadable folder: look in the others
            }
        }
        for (Path p : files) {
            if (drawsChineseWithTrueTypeOutlines(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean drawsChineseWithTrueTypeOutlines(Path file) {
        try {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
                try (TrueTypeCollection ttc = new TrueTypeCollection(file.toFile())) {
                    boolean[] ok = {false};
                    ttc.processAllFonts(f -> ok[0] |= isChineseTrueType(f));
                    return ok[0];
                }
            }
            try (TrueTypeFont f = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()))) {
                return isChineseTrueType(f);
            }
        } catch (IOException | RuntimeException e) {
            return false; // not a font fontbox reads: not a candidate
        }
    }

    private static boolean isChineseTrueType(TrueTypeFont f) throws IOException {
        return f.getTableMap().containsKey("glyf") && f.getUnicodeCmapLookup(false) != null
                && f.getUnicodeCmapLookup(false).getGlyphId('中') != 0;
    }

    /**
     * A Java2D font (size 1) that draws Chinese, for rendering charts and maps to PNG: the TrueType
     * font, else Noto Sans CJK, else the JDK's logical sans-serif font (which may lack Chinese glyphs).
     */
    public static Font awtFont() {
        Font f = awtFont;
        if (f == null) {
            synchronized (CjkFonts.class) {
                if (awtFont == null) {
                    awtFont = loadAwtFont();
                }
                f = awtFont;
            }
        }
        return f;
    }

    private static Font loadAwtFont() {
        List<Path> tries = new ArrayList<>();
        findTrueType().ifPresent(tries::add);
        PICTURE_ONLY_CANDIDATES.stream().map(Path::of).filter(Files::isReadable).forEach(tries::add);
        for (Path p : tries) {
            try {
                Font[] fonts = Font.createFonts(p.toFile());
                if (fonts.length > 0 && fonts[0].canDisplay('中')) {
                    return fonts[0];
                }
            } catch (IOException | FontFormatException e) {
                // try the next candidate; the logical font below is the last resort
            }
        }
        return new Font(Font.SANS_SERIF, Font.PLAIN, 1);
    }
}
