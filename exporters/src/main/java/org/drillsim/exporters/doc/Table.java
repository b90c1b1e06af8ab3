package org.drillsim.exporters.doc;

import org.drillsim.exporters.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A table with a header row and data rows; each cell may carry a status.
 *
 * @param id      a short ASCII name ({@code scorecard}, {@code timeline}) used for spreadsheet
 *                sheets and CSV file names
 * @param caption the table's title
 * @param header  the column headings
 * @param rows    the data rows, each exactly as wide as the header
 * @param weights relative column widths for page formats (DOCX, PDF, HTML), or empty to fit the
 *                widths to the text
 */
public record Table(String id, Text caption, List<Text> header, List<List<Cell>> rows, List<Double> weights) implements Block {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,30}");

    public Table {
        Objects.requireNonNull(caption, "caption");
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("table id '" + id + "' must be 1-31 characters of a-z, 0-9 and '-'");
        }
        header = List.copyOf(header);
        if (header.isEmpty()) {
            throw new IllegalArgumentException("table '" + id + "' has no columns");
        }
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> row = rows.get(r);
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("table '" + id + "' row " + (r + 1) + " has " + row.size()
                        + " cells, the header has " + header.size());
            }
            copy.add(List.copyOf(row));
        }
        rows = List.copyOf(copy);
        weights = List.copyOf(weights);
        if (!weights.isEmpty() && weights.size() != header.size()) {
            throw new IllegalArgumentException("table '" + id + "' has " + weights.size() + " column weights for "
                    + header.size() + " columns");
        }
        for (double w : weights) {
            if (!(w > 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("table '" + id + "' column weights must be positive, got " + weights);
            }
        }
    }

    /** A table whose column widths are fitted to its text. */
    public Table(String id, Text caption, List<Text> header, List<List<Cell>> rows) {
        this(id, caption, header, rows, List.of());
    }

    /** The number of columns. */
    public int columnCount() {
        return header.size();
    }

    /** True when every non-empty cell of the column is numeric (such columns are right-aligned). */
    public boolean isNumericColumn(int column) {
        boolean any = false;
        for (List<Cell> row : rows) {
            Cell c = row.get(column);
            if (c.isNumeric()) {
                any = true;
            } else if (!c.text().isEmpty()) {
                return false;
            }
        }
        return any;
    }

    /** Starts a table with the given id, caption and column headings. */
    public static Builder builder(String id, Text caption, Text... header) {
        return new Builder(id, caption, List.of(header));
    }

    /** Builds a table row by row. */
    public static final class Builder {
        private final String id;
        private final Text caption;
        private final List<Text> header;
        private final List<List<Cell>> rows = new ArrayList<>();
        private List<Double> weights = List.of();

        private Builder(String id, Text caption, List<Text> header) {
            this.id = id;
            this.caption = caption;
            this.header = header;
        }

        /** Adds a row of cells. */
        public Builder row(Cell... cells) {
            rows.add(List.of(cells));
            return this;
        }

        /** Adds a row of cells. */
        public Builder row(List<Cell> cells) {
            rows.add(List.copyOf(cells));
            return this;
        }

        /** Relative column widths for page formats, e.g. {@code weights(1, 6, 2, 1, 1)}. */
        public Builder weights(double... relative) {
            List<Double> w = new ArrayList<>();
            for (double d : relative) {
                w.add(d);
            }
            this.weights = w;
            return this;
        }

        /** The finished table. */
        public Table build() {
            return new Table(id, caption, header, rows, weights);
        }
    }
}
