package org.drillsim.exporters.doc;

import org.drillsim.exporters.text.Text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A titled part of a report. Sections are listed in reading order; their level (1 to 3) makes
 * the outline, as headings 1 to 3 do in a word processor.
 *
 * @param level   the heading level, 1 (chapter) to 3
 * @param heading the section title
 * @param blocks  the body in order
 */
public record Section(int level, Text heading, List<Block> blocks) {
    public Section {
        Objects.requireNonNull(heading, "heading");
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("section level must be 1..3, got " + level + " for '" + heading.both() + "'");
        }
        blocks = List.copyOf(blocks);
    }

    /** Starts a section. */
    public static Builder builder(int level, Text heading) {
        return new Builder(level, heading);
    }

    /** Builds a section block by block. */
    public static final class Builder {
        private final int level;
        private final Text heading;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(int level, Text heading) {
            this.level = level;
            this.heading = heading;
        }

        /** Adds any block. */
        public Builder add(Block block) {
            blocks.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        /** Adds a paragraph. */
        public Builder paragraph(Text text) {
            return add(Paragraph.of(text));
        }

        /** Adds a small side note. */
        public Builder note(Text text) {
            return add(Paragraph.note(text));
        }

        /** Adds a key-value list. */
        public Builder keyValues(List<KeyValue> entries) {
            return add(new KeyValues(entries));
        }

        /** The finished section. */
        public Section build() {
            return new Section(level, heading, blocks);
        }
    }
}
