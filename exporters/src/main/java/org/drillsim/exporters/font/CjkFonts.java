package org.drillsim.exporters.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds a Chinese font on this machine. PDF reports must embed a font with TrueType outlines:
 * PDFBox cannot subset the CFF-based OpenType fonts (such as Noto Sans CJK), so those are used
 * only for pictures, never for PDFs. Set {@code $DRILLSIM_CJK_FONT} to a .ttf / .ttc file to choose one.
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

    private static volatile Font awtFont;

    private CjkFonts() {
    }

    /**
     * The TrueType Chinese font for PDF embedding.
     *
     * @throws IllegalStateException saying which package to install when none is found
     */
    public static Path trueTypeFont() {
        return findTrueType().orElseThrow(() -> new IllegalStateException(
                "未找到可嵌入PDF的中文TrueType字体 / no TrueType Chinese font found for PDF export. Install one "
                        + "(Debian/Ubuntu: apt-get install fonts-wqy-zenhei) or set $" + ENV
                        + " to a .ttf/.ttc file. Looked in: " + String.join(", ", TRUETYPE_CANDIDATES)));
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
        return Optional.empty();
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
