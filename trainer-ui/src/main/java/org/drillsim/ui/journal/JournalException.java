package org.drillsim.ui.journal;

import java.nio.file.Path;

/** A journal file that cannot be read back or resumed; one line naming the file and the line, zh / en. */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    /** @param line 1-based line number (0 when the file itself is missing) */
    public JournalException(Path file, int line, String what) {
        super(file + (line > 0 ? ":" + line : "") + ": " + what, null, false, false);
        this.line = line;
    }

    /** The 1-based line at fault, 0 for the whole file. */
    public int line() {
        return line;
    }
}
