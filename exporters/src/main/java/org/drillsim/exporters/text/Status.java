package org.drillsim.exporters.text;

import org.drillsim.runformat.Verdict;

import java.awt.Color;

/** The judgement shown in a table cell: a target's {@link Verdict} (met, at risk, not met) or none. */
public enum Status {
    /** No judgement: an ordinary cell. */
    NONE(Text.EMPTY, "", null),
    /** The target is met ({@link Verdict#MET}). */
    PASS(Text.of(Verdict.MET.zh(), Verdict.MET.en()), Verdict.MET.symbol(), new Color(0xD4EDDA)),
    /** The target is not met ({@link Verdict#NOT_MET}). */
    FAIL(Text.of(Verdict.NOT_MET.zh(), Verdict.NOT_MET.en()), Verdict.NOT_MET.symbol(), new Color(0xF8D7DA)),
    /** The target is at risk ({@link Verdict#AT_RISK}); elsewhere: something to look at. */
    WARN(Text.of(Verdict.AT_RISK.zh(), Verdict.AT_RISK.en()), Verdict.AT_RISK.symbol(), new Color(0xFFF3CD));

    /** The cell status showing a verdict. */
    public static Status of(Verdict v) {
        return switch (v) {
            case MET -> PASS;
            case AT_RISK -> WARN;
            case NOT_MET -> FAIL;
            case NOT_SCORED -> NONE;
        };
    }

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
