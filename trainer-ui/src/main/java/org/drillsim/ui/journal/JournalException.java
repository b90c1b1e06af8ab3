package org.drillsim.ui.journal;

import java.nio.file.Path;

/** A journal file that cannot be read back; the message names the file and the line. */
public final class JournalException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param line 1-based line number (0 when the file itself is missing) */
    public JournalException(Path file, int line, String what) {
        super(file + (line > 0 ? ":" + line : "") + ": " + what);
    }
}
