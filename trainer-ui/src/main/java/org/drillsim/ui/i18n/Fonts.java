package org.drillsim.ui.i18n;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The font the trainer uses: a CJK family found on this machine (Noto Sans CJK, installed with Debian's
 * {@code fonts-noto-cjk}; WenQuanYi as a second choice) so that Chinese never renders as boxes.
 */
public final class Fonts {
    private static final List<String> PREFERRED = List.of("Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei",
            "WenQuanYi Micro Hei", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC");
    private static volatile String family;

    private Fonts() {
    }

    /** The CJK font family to use, or the platform default family when none is installed. */
    public static String family() {
        String f = family;
        if (f == null) {
            loadBundledFont();
            List<String> installed = Font.getFamilies();
            f = PREFERRED.stream().filter(installed::contains).findFirst().orElse(Font.getDefault().getFamily());
            family = f;
        }
        return f;
    }

    /**
     * Registers the font the packaged application ships ({@code -Ddrillsim.cjkFont}, the property PDF export reads
     * too), so that an office PC without Chinese system fonts still draws Chinese.
     */
    private static void loadBundledFont() {
        String bundled = System.getProperty("drillsim.cjkFont");
        if (bundled == null || bundled.isBlank()) {
            return;
        }
        try (InputStream in = Files.newInputStream(Path.of(bundled))) {
            Font.loadFonts(in, 12);
        } catch (IOException | RuntimeException e) {
            System.err.println("drillsim: 无法加载字体 / cannot load the bundled font " + bundled + ": " + e.getMessage());
        }
    }

    /** The CJK families the trainer looks for, in order of preference. */
    public static List<String> preferred() {
        return PREFERRED;
    }

    /** True when a CJK family was found. */
    public static boolean hasCjk() {
        return PREFERRED.contains(family());
    }

    /** A regular font of {@code size} points. */
    public static Font regular(double size) {
        return Font.font(family(), size);
    }

    /** A bold font of {@code size} points. */
    public static Font bold(double size) {
        return Font.font(family(), FontWeight.BOLD, size);
    }
}
