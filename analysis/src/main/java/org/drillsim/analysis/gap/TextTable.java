package org.drillsim.analysis.gap;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal whose columns line up with Chinese text (CJK characters count two columns).
 * Long free text (causes, labels) goes on indented note lines under a row, wrapped, so the columns stay narrow
 * enough for a 120-column terminal.
 */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final java.util.Map<Integer, List<String>> notes = new java.util.HashMap<>();
    private final int columns;

    /** Width note lines are wrapped to. */
    public static final int NOTE_WIDTH = 118;
    private static final String NOTE_INDENT = "    ";

    /** A table with these column headers. */
    public TextTable(String... headers) {
        this.columns = headers.length;
        rows.add(headers.clone());
    }

    /** Adds a row (missing cells are blank, extra cells an error). */
    public TextTable row(String... cells) {
        if (cells.length > columns) {
            throw new IllegalArgumentException(cells.length + " cells for " + columns + " columns");
        }
        String[] r = new String[columns];
        for (int i = 0; i < columns; i++) {
            r[i] = i < cells.length && cells[i] != null ? cells[i] : "";
        }
        rows.add(r);
        return this;
    }

    /**
     * Adds a note under the last row, on its own indented line(s): wrapped at {@code "; "} or a space to
     * {@link #NOTE_WIDTH} columns, not counted in the column widths. Blank notes are skipped.
     */
    public TextTable note(String text) {
        if (text == null || text.isBlank()) {
            return this;
        }
        if (rows.size() < 2) {
            throw new IllegalStateException("a note belongs under a row; add the row first");
        }
        notes.computeIfAbsent(rows.size() - 1, k -> new ArrayList<>()).addAll(wrap(text, NOTE_WIDTH - NOTE_INDENT.length()));
        return this;
    }

    /** {@code text} cut into lines of at most {@code width} terminal columns, at "; " or spaces where it can. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text.strip();
        while (width(rest) > width) {
            int lead = rest.length() - rest.stripLeading().length() + 1; // a break needs text before it
            int cut = -1;
            int w = 0;
            for (int i = 0; i < rest.length(); ) {
                int cp = rest.codePointAt(i);
                w += wide(cp) ? 2 : 1;
                if (w > width) {
                    break;
                }
                i += Character.charCount(cp);
                if (i > lead && (cp == ' ' || cp == ';' || cp == '，' || cp == '；')) { // not ',': 4,090,448 stays whole
                    cut = i;
                }
            }
            if (cut <= 0) { // no break point: cut at the width (at least one character, so the loop ends)
                cut = 0;
                w = 0;
                while (cut < rest.length()) {
                    int cp = rest.codePointAt(cut);
                    if (cut > lead && w + (wide(cp) ? 2 : 1) > width) {
                        break;
                    }
                    w += wide(cp) ? 2 : 1;
                    cut += Character.charCount(cp);
                }
            }
            lines.add(rest.substring(0, cut).stripTrailing());
            rest = "  " + rest.substring(cut).strip(); // continuation lines indented a little more
        }
        lines.add(rest);
        return lines;
    }

    /** Terminal columns taken by {@code s}: two for East Asian wide characters, one otherwise. */
    public static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** The table, columns separated by two spaces, a rule under the header. */
    @Override
    public String toString() {
        int[] w = new int[columns];
        for (String[] r : rows) {
            for (int i = 0; i < columns; i++) {
                w[i] = Math.max(w[i], width(r[i]));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < columns; i++) {
                line.append(r[i]);
                if (i + 1 < columns) {
                    line.append(" ".repeat(w[i] - width(r[i]) + 2));
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
            for (String n : notes.getOrDefault(k, List.of())) {
                sb.append(NOTE_INDENT).append(n).append('\n');
            }
            if (k == 0) {
                int total = 0;
                for (int x : w) {
                    total += x + 2;
                }
                sb.append("-".repeat(Math.max(0, total - 2))).append('\n');
            }
        }
        return sb.toString();
    }
}
