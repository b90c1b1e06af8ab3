package org.drillsim.exporters;

import java.io.IOException;
import java.io.OutputStream;
import org.drillsim.exporters.text.Language;
import org.drillsim.exporters.doc.ReportDocument;

/** Writes a whole report as one file of some format. */
public interface ReportWriter {
    /**
     * Writes the report in the given language. The stream is left open.
     *
     * @throws IOException when the stream fails
     */
    void write(ReportDocument document, Language language, OutputStream out) throws IOException;
}
