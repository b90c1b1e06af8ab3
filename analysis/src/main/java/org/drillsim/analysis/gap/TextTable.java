package org.drillsim.analysis.gap;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for the terminal whose columns line up with Chinese text (CJK characters count two columns).
 */
public final class TextTable {
    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

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
