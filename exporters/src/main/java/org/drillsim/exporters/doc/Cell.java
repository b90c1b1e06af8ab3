package org.drillsim.exporters.doc;

import org.drillsim.exporters.text.Status;

import org.drillsim.exporters.text.Language;

import org.drillsim.exporters.text.Text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One table cell: its text, its number when it is numeric (so spreadsheets keep it a number), and
 * an optional status.
 *
 * @param text     what is shown; for numbers the formatted value
 * @param number   the numeric value, or null for a text cell
 * @param format   how a number is shown: {@link NumberFormat#NONE} for text cells
 * @param decimals decimal places shown for a number
 * @param status   pass / fail / warn, or {@link Status#NONE}
 */
public record Cell(Text text, Double number, NumberFormat format, int decimals, Status status) {

    /** How a numeric cell is shown. */
    public enum NumberFormat {
        /** Not a number. */
        NONE,
        /** A plain decimal, e.g. {@code 12.5}. */
        DECIMAL,
        /** A fraction shown as a percentage, e.g. 0.925 → {@code 92.5%}. */
        PERCENT
    }

    /** An empty cell. */
    public static final Cell EMPTY = new Cell(Text.EMPTY, null, NumberFormat.NONE, 0, Status.NONE);

    public Cell {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(status, "status");
        if ((number == null) != (format == NumberFormat.NONE)) {
            throw new IllegalArgumentException("a cell has a number exactly when it has a number format");
        }
        if (decimals < 0 || decimals > 10) {
            throw new IllegalArgumentException("decimals must be 0..10, got " + decimals);
        }
        if (number != null && !Double.isFinite(number)) {
            throw new IllegalArgumentException("a numeric cell must be finite, got " + number);
        }
    }

    /** A bilingual text cell. */
    public static Cell of(Text text) {
        return new Cell(text, null, NumberFormat.NONE, 0, Status.NONE);
    }

    /** A text cell that reads the same in both languages. */
    public static Cell of(String text) {
        return of(Text.same(text == null ? "" : text));
    }

    /** A numeric cell with the given decimal places. */
    public static Cell number(double value, int decimals) {
        return new Cell(Text.same(formatDecimal(value, decimals)), value, NumberFormat.DECIMAL, decimals, Status.NONE);
    }

    /** A fraction (0.925) shown as a percentage (92.5%) with the given decimal places. */
    public static Cell percent(double fraction, int decimals) {
        String shown = formatDecimal(fraction * 100.0, decimals) + "%";
        return new Cell(Text.same(shown), fraction, NumberFormat.PERCENT, decimals, Status.NONE);
    }

    /** A cell showing a status in words with its mark, e.g. {@code ✓ 达标}. */
    public static Cell status(Status status) {
        if (status == Status.NONE) {
            return EMPTY;
        }
        Text label = status.label();
        Text shown = Text.of(status.symbol() + " " + label.zh(), status.symbol() + " " + label.en());
        return new Cell(shown, null, NumberFormat.NONE, 0, status);
    }

    /** This cell with the given status. */
    public Cell withStatus(Status newStatus) {
        return new Cell(text, number, format, decimals, newStatus);
    }

    /** True when this cell holds a number. */
    public boolean isNumeric() {
        return number != null;
    }

    /** The shown text in a language. */
    public String in(Language language) {
        return text.in(language);
    }

    private static String formatDecimal(double value, int decimals) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a numeric cell must be finite, got " + value);
        }
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }
}
