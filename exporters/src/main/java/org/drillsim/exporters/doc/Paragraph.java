package org.drillsim.exporters.doc;

import org.drillsim.exporters.text.Text;

import java.util.Objects;

/**
 * A paragraph of running text.
 *
 * @param text the wording in both languages
 * @param note true for a small side note (sources, assumptions, attribution)
 */
public record Paragraph(Text text, boolean note) implements Block {
    public Paragraph {
        Objects.requireNonNull(text, "text");
    }

    /** An ordinary paragraph. */
    public static Paragraph of(Text text) {
        return new Paragraph(text, false);
    }

    /** A small side note. */
    public static Paragraph note(Text text) {
        return new Paragraph(text, true);
    }
}
