package org.drillsim.exporters.doc;

import java.util.List;

/**
 * A block of labelled values shown as a two-column list.
 *
 * @param entries the labelled values in order
 */
public record KeyValues(List<KeyValue> entries) implements Block {
    public KeyValues {
        entries = List.copyOf(entries);
    }
}
