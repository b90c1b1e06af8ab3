package org.drillsim.exporters.text;

import org.drillsim.exporters.text.Text;

import java.awt.Color;

/** The judgement shown in a table cell against a target: pass, fail, warning, or none. */
public enum Status {
    /** No judgement: an ordinary cell. */
    NONE(Text.EMPTY, "", null),
    /** The target is met. */
    PASS(Text.of("达标", "pass"), "✓", new Color(0xD4EDDA)),
    /** The target is missed. */
    FAIL(Text.of("未达标", "fail"), "✗", new Color(0xF8D7DA)),
    /** Close to the threshold, or met with uncertainty. */
    WARN(Text.of("警示", "warning"), "!", new Color(0xFFF3CD));

    private final Text label;
    private final String symbol;
    private final Color background;

    Status(Text label, String symbol, Color background) {
        this.label = label;
        this.symbol = symbol;
        this.background = background;
    }

    /** The status in words. */
    public Text label() {
        return label;
    }

    /** A one-character mark, so the status reads without colour (printouts, colour-blind readers). */
    public String symbol() {
        return symbol;
    }

    /** The cell background colour, or null for {@link #NONE}. */
    public Color background() {
        return background;
    }

    /** The background as {@code #rrggbb}, or null for {@link #NONE}. */
    public String hex() {
        return background == null ? null : String.format("#%06X", background.getRGB() & 0xFFFFFF);
    }
}
