package org.drillsim.format.io;

/**
 * One problem found in a scenario file, printed as one line
 * {@code file:line:col: field: what was expected}.
 *
 * @param file    file name as given by the user
 * @param line    1-based line (0 when unknown)
 * @param column  1-based column (0 when unknown)
 * @param field   dotted path of the offending field, e.g. {@code facilities.hospitals.items[2].beds}
 * @param message what was expected
 */
public record ScenarioError(String file, int line, int column, String field, String message)
        implements Comparable<ScenarioError> {

    /** The one-line form {@code file:line:col: field: message}. */
    @Override
    public String toString() {
        // names and keys from the file are echoed in messages: escape what a terminal would act on
        return TerminalText.escape(file + ":" + line + ":" + column + ": " + (field.isEmpty() ? "(document)" : field)
                + ": " + message);
    }

    @Override
    public int compareTo(ScenarioError o) {
        int c = Integer.compare(line, o.line);
        if (c == 0) {
            c = Integer.compare(column, o.column);
        }
        return c != 0 ? c : toString().compareTo(o.toString());
    }
}
