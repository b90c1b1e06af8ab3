package org.drillsim.exporters;

import java.io.IOException;
import java.nio.file.Path;
import org.drillsim.runformat.OutputFiles;

/**
 * Writes files so that a reader never sees half of one: into a temporary file, then renamed; only ever over a
 * regular file. Kept for the exporters' callers; the one implementation is {@link OutputFiles}.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content. */
    @FunctionalInterface
    public interface Content extends OutputFiles.Content {
    }

    /**
     * Writes {@code target} atomically: a failure leaves any earlier file untouched and no
     * temporary file behind.
     *
     * @throws org.drillsim.runformat.OutputRefusedException when a directory, device or other special file is there
     */
    public static void write(Path target, Content content) throws IOException {
        OutputFiles.write(target, content);
    }
}
