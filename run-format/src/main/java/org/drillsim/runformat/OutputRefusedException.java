package org.drillsim.runformat;

import java.io.IOException;

/**
 * An output or a run directory that DrillSim refuses to write or to read, with a one-line zh/en reason: an
 * existing non-empty {@code --out} without {@code --force}, an output path that is not a regular file, an
 * incomplete or altered run directory. Commands print the message and exit with 2 (bad input), unlike a disk
 * that fails while writing.
 */
public class OutputRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public OutputRefusedException(String message) {
        super(message);
    }
}
