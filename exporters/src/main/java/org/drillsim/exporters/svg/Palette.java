package org.drillsim.exporters.svg;

import java.awt.Color;
import java.util.List;

/** The colours of charts and maps: the Okabe–Ito set, distinguishable by colour-blind readers. */
public final class Palette {
    /** Text and axes. */
    public static final Color INK = new Color(0x222222);
    /** Secondary text, grid labels. */
    public static final Color MUTED = new Color(0x666666);
    /** Grid lines. */
    public static final Color GRID = new Color(0xDDDDDD);
    /** Threshold lines. */
    public static final Color THRESHOLD = new Color(0xC0392B);
    /** Paper. */
    public static final Color WHITE = Color.WHITE;

    /** Series colours in order. */
    public static final List<Color> SERIES = List.of(
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000));

    private Palette() {
    }

    /** The colour of series number {@code i} (0-based), cycling. */
    public static Color series(int i) {
        return SERIES.get(Math.floorMod(i, SERIES.size()));
    }

    /** {@code #rrggbb}. */
    public static String hex(Color c) {
        return String.format("#%06X", c.getRGB() & 0xFFFFFF);
    }
}
